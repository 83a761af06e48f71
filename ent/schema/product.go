package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"

	"github.com/brokercrm/crm/catalog"
	"github.com/brokercrm/crm/segment"
	"github.com/brokercrm/crm/suitability"
	"github.com/brokercrm/crm/viewer"
)

// Product is a financial product in the library (金融产品库) that the
// firm sells or recommends. Rates are percentages (1.5 means 1.5%).
type Product struct{ ent.Schema }

func (Product) Mixin() []ent.Mixin { return []ent.Mixin{timestamps{}} }

func (Product) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().NotEmpty().MaxLen(32).Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().MaxLen(200).Annotations(entgql.OrderField("NAME")),
		field.String("name_initials").Optional().MaxLen(200).Annotations(entgql.Skip(entgql.SkipType, entgql.SkipOrderField)).
			Comment("pinyin initials of the name, for search (set by a hook)"),
		field.Enum("type").
			Values("STOCK_FUND", "MIXED_FUND", "BOND_FUND", "MONEY_MARKET_FUND", "QDII_FUND", "FOF", "ETF",
				"BOND", "ASSET_MANAGEMENT_PLAN", "PRIVATE_FUND", "STRUCTURED_NOTE", "TRUST", "OTHER").
			Annotations(entgql.OrderField("TYPE")),
		field.String("issuer").NotEmpty().MaxLen(200).Annotations(entgql.OrderField("ISSUER")).Comment("the issuer (发行人)"),
		field.String("manager").Optional().MaxLen(200).Comment("the manager (管理人), when not the issuer"),
		field.Enum("risk_level").GoType(suitability.RiskLevel("")).Annotations(entgql.Type("RiskLevel"), entgql.OrderField("RISK_LEVEL")),
		field.Enum("horizon").GoType(suitability.Horizon("")).Annotations(entgql.Type("Horizon")),
		field.Enum("variety").GoType(suitability.Variety("")).Annotations(entgql.Type("Variety")),
		decimal(field.Int64("min_amount")).Default(0).Annotations(entgql.OrderField("MIN_AMOUNT")).
			Comment("the smallest first purchase, CNY"),
		decimal(field.Int64("step_amount")).Default(0).Comment("purchases above the minimum go up in steps of this; 0: any amount"),
		decimal(field.Int64("subscription_fee_rate")).Default(0),
		decimal(field.Int64("redemption_fee_rate")).Default(0),
		decimal(field.Int64("management_fee_rate")).Default(0).Annotations(entgql.OrderField("MANAGEMENT_FEE_RATE")),
		decimal(field.Int64("custody_fee_rate")).Default(0),
		decimal(field.Int64("expected_return_min")).Optional().Nillable().Comment("expected annual return range, percent, where the product has one"),
		decimal(field.Int64("expected_return_max")).Optional().Nillable(),
		decimal(field.Int64("nav")).Optional().Nillable().Comment("the latest net asset value per unit"),
		date(field.Time("nav_date")).Optional().Nillable(),
		decimal(field.Int64("return_1y")).Optional().Nillable().Annotations(entgql.OrderField("RETURN_1Y")).
			Comment("NAV change over the last year, percent; from the NAV history"),
		decimal(field.Int64("sales_amount")).Default(0).Annotations(entgql.OrderField("SALES_AMOUNT")).
			Comment("paid orders to date, CNY"),
		field.JSON("documents", []catalog.Document{}).Optional().Annotations(entgql.Type("[ProductDocument!]")),
		field.Enum("status").Values("DRAFT", "IN_REVIEW", "PUBLISHED", "SUSPENDED", "RETIRED").
			Default("DRAFT").Annotations(entgql.OrderField("STATUS")),
		field.Int("version").Default(1).Comment("goes up with every change; the history keeps each"),
		field.Bool("professional_only").Default(false),
		field.Bool("qualified_only").Default(false),
		field.Bool("refuse_mismatch").Default(false).Comment("no written confirmation can make up for a mismatch"),
		field.Int("assessment_validity_months").Optional().Nillable().Positive().
			Comment("how long a risk assessment stays valid for this product; null: the firm's default"),
		field.Int("refuse_from_age").Optional().Nillable().Positive().Comment("refuse investors this age or older"),
		field.Int("cooling_off_hours").Default(0).NonNegative().Comment("the product's own cooling-off period"),
		field.JSON("target_rule", &segment.Rule{}).Optional().Annotations(entgql.Skip(entgql.SkipType)).
			Comment("the target clients' attributes, a rule over client dimensions (package targeting)"),
		date(field.Time("sale_start")).Optional().Nillable(),
		date(field.Time("sale_end")).Optional().Nillable(),
		field.Int("submitted_by_id").Optional().Nillable().Comment("who submitted the version in review; approval needs someone else"),
		field.Time("submitted_at").Optional().Nillable(),
	}
}

func (Product) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("orders", SalesOrder.Type).Annotations(entgql.RelayConnection()),
		edge.To("holdings", Holding.Type).Annotations(entgql.RelayConnection()),
		edge.To("pushes", Push.Type).Annotations(entgql.RelayConnection()),
		edge.To("navs", ProductNav.Type).Annotations(entgql.RelayConnection()),
		edge.To("versions", ProductVersion.Type).Annotations(entgql.RelayConnection()),
		edge.To("suitability_records", SuitabilityRecord.Type).Annotations(entgql.RelayConnection()),
		edge.To("submitted_by", User.Type).Field("submitted_by_id").Unique(),
	}
}

func (Product) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "type", "risk_level"),
		index.Fields("name"),
		index.Fields("name_initials"),
	}
}

func (Product) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField(), entgql.MultiOrder()}
}

func (Product) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.FilterProducts()},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(),
			rule.AllowRolesWith(viewer.ProductsWrite, viewer.ProductManager, viewer.Compliance),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Hooks keep the search key in step with the name.
func (Product) Hooks() []ent.Hook { return []ent.Hook{productSearchKey()} }
