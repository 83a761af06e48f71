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
		field.Enum("type").
			Values("STOCK_FUND", "MIXED_FUND", "BOND_FUND", "MONEY_MARKET_FUND", "QDII_FUND", "FOF", "ETF",
				"BOND", "ASSET_MANAGEMENT_PLAN", "PRIVATE_FUND", "STRUCTURED_NOTE", "TRUST", "OTHER").
			Annotations(entgql.OrderField("TYPE")),
		field.String("issuer").NotEmpty().Annotations(entgql.OrderField("ISSUER")),
		field.Enum("risk_level").GoType(suitability.RiskLevel("")).Annotations(entgql.Type("RiskLevel"), entgql.OrderField("RISK_LEVEL")),
		field.Enum("horizon").GoType(suitability.Horizon("")).Annotations(entgql.Type("Horizon")),
		field.Enum("variety").GoType(suitability.Variety("")).Annotations(entgql.Type("Variety")),
		decimal(field.Int64("min_amount")).Default(0).Annotations(entgql.OrderField("MIN_AMOUNT")),
		decimal(field.Int64("subscription_fee_rate")).Default(0),
		decimal(field.Int64("management_fee_rate")).Default(0).Annotations(entgql.OrderField("MANAGEMENT_FEE_RATE")),
		decimal(field.Int64("custody_fee_rate")).Default(0),
		decimal(field.Int64("nav")).Optional().Nillable(),
		date(field.Time("nav_date")).Optional().Nillable(),
		field.Enum("status").Values("DRAFT", "IN_REVIEW", "PUBLISHED", "SUSPENDED", "RETIRED").
			Default("DRAFT").Annotations(entgql.OrderField("STATUS")),
		field.Bool("professional_only").Default(false),
		date(field.Time("sale_start")).Optional().Nillable(),
		date(field.Time("sale_end")).Optional().Nillable(),
	}
}

func (Product) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("orders", SalesOrder.Type).Annotations(entgql.RelayConnection()),
		edge.To("holdings", Holding.Type).Annotations(entgql.RelayConnection()),
		edge.To("pushes", Push.Type).Annotations(entgql.RelayConnection()),
	}
}

func (Product) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "type", "risk_level"),
		index.Fields("name"),
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
