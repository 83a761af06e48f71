package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/suitability"
	"github.com/brokercrm/crm/viewer"
)

// Customer is a client (客户; ent reserves the name Client): every person
// or organisation the firm serves or hopes to, in
// any status (PRODUCT.md §2): the centre of the 360° view.
type Customer struct{ ent.Schema }

func (Customer) Mixin() []ent.Mixin { return []ent.Mixin{timestamps{}} }

func (Customer) Fields() []ent.Field {
	return []ent.Field{
		field.String("client_no").Unique().NotEmpty().MaxLen(32).Annotations(entgql.OrderField("CLIENT_NO")),
		field.Enum("kind").Values("INDIVIDUAL", "INSTITUTION").Default("INDIVIDUAL").Annotations(entgql.OrderField("KIND")),
		field.String("name").NotEmpty().MaxLen(200).Annotations(entgql.OrderField("NAME")),
		field.Enum("id_type").
			Values("RESIDENT_ID", "PASSPORT", "HK_MACAO_PERMIT", "TAIWAN_PERMIT", "FOREIGN_PERMANENT_RESIDENT", "CREDIT_CODE", "OTHER").
			Default("RESIDENT_ID"),
		field.String("id_number").NotEmpty().MaxLen(32).Annotations(personalData),
		date(field.Time("id_expires_on")).Optional().Nillable(),
		field.Enum("gender").Values("MALE", "FEMALE").Optional().Nillable(),
		date(field.Time("birth_date")).Optional().Nillable().Annotations(entgql.OrderField("BIRTH_DATE")),
		field.String("phone").Optional().MaxLen(32).Annotations(personalData),
		field.String("email").Optional().MaxLen(254).Annotations(personalData),
		field.String("address").Optional().MaxLen(500).Annotations(personalData),
		field.Enum("status").Values("NORMAL", "FROZEN", "REPORTED_LOST", "CLOSED", "POTENTIAL").
			Default("NORMAL").Annotations(entgql.OrderField("STATUS")),
		date(field.Time("opened_on")).Optional().Nillable().Annotations(entgql.OrderField("OPENED_ON")),
		date(field.Time("closed_on")).Optional().Nillable(),
		field.Int("branch_id"),
		field.Int("advisor_id").Optional().Nillable(),
		field.Enum("channel").Values("BRANCH", "ONLINE", "APP", "BANK", "REFERRAL", "PARTNER").
			Default("BRANCH").Comment("how the client was acquired"),
		field.Enum("investor_class").Values("ORDINARY", "PROFESSIONAL").Default("ORDINARY"),
		field.Bool("qualified_investor").Default(false).Comment("recognised as a qualified investor (合格投资者)"),
		// The current risk assessment's result, kept on the client by
		// package assessment (and the seed and importer) so that matching
		// a product against a million clients is one indexed scan.
		field.Enum("risk_category").GoType(suitability.Category("")).Optional().Nillable().
			Annotations(entgql.Type("RiskCategory"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Bool("risk_lowest").Default(false).Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("risk_horizon").GoType(suitability.Horizon("")).Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("risk_varieties").Default(0).Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("the wanted varieties as bits, in the order of suitability.Variety.Values"),
		field.Time("risk_assessed_at").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipAll)),
		field.Time("risk_expires_at").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		// Search keys, derived from the name and phone by the hook below
		// (and by the seed and importer through the same package).
		field.String("name_initials").Optional().MaxLen(200).Annotations(entgql.Skip(entgql.SkipAll)),
		field.String("phone_last4").Optional().MaxLen(4).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (Customer) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("branch", Branch.Type).Ref("clients").Field("branch_id").Unique().Required(),
		edge.From("advisor", User.Type).Ref("clients").Field("advisor_id").Unique(),
		edge.To("login", User.Type).Unique(),
		edge.To("status_changes", ClientStatusChange.Type).Annotations(entgql.RelayConnection()),
		edge.To("organization", Organization.Type).Unique(),
		edge.To("contacts", ContactPerson.Type).Annotations(entgql.RelayConnection()),
		edge.To("accounts", Account.Type).Annotations(entgql.RelayConnection()),
		edge.To("holdings", Holding.Type).Annotations(entgql.RelayConnection()),
		edge.To("trades", Trade.Type).Annotations(entgql.RelayConnection()),
		edge.To("cash_flows", CashFlow.Type).Annotations(entgql.RelayConnection()),
		edge.To("interactions", Interaction.Type).Annotations(entgql.RelayConnection()),
		edge.To("risk_assessments", RiskAssessment.Type).Annotations(entgql.RelayConnection()),
		edge.To("orders", SalesOrder.Type).Annotations(entgql.RelayConnection()),
		edge.To("suitability_records", SuitabilityRecord.Type).Annotations(entgql.RelayConnection()),
		edge.To("investor_class_decisions", InvestorClassDecision.Type).Annotations(entgql.RelayConnection()),
		edge.To("tags", Tag.Type).Annotations(entgql.RelayConnection()),
		edge.To("shares", ClientShare.Type).Annotations(entgql.RelayConnection()),
		edge.To("advisor_assignments", AdvisorAssignment.Type).Annotations(entgql.RelayConnection()),
		edge.To("pushes", Push.Type).Annotations(entgql.RelayConnection()),
		edge.To("asset_snapshots", AssetSnapshot.Type).Annotations(entgql.RelayConnection()),
		edge.To("dimension_values", DimensionValue.Type).Annotations(entgql.RelayConnection()),
		// The bigrams of the name, for search; not part of the API.
		edge.To("name_grams", NameGram.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (Customer) Indexes() []ent.Index {
	return []ent.Index{
		// INCLUDE id (PostgreSQL) lets counts and the access filter's
		// "client_id IN (SELECT id …)" run as index-only scans.
		index.Fields("advisor_id", "status").Annotations(entsql.IncludeColumns("id")),
		index.Fields("branch_id", "status").Annotations(entsql.IncludeColumns("id")),
		index.Fields("name"),
		index.Fields("id_number"),
		index.Fields("phone"),
		index.Fields("name_initials"),
		index.Fields("phone_last4"),
		// Product targeting counts clients by status, class and risk
		// profile: an index-only scan of this narrow index rather than of
		// the whole table (package matching).
		index.Fields("status", "investor_class", "risk_category").Annotations(entsql.IncludeColumns(
			"id", "risk_lowest", "risk_horizon", "risk_varieties", "risk_assessed_at", "risk_expires_at",
			"id_expires_on", "birth_date", "qualified_investor")),
	}
}

func (Customer) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField(), entgql.MultiOrder()}
}

// Policy: a client is seen by the viewers of rule.CustomerScope. Its
// record is written by the manager of its branch and by its own advisor
// (contact details, status, tags; not a client only shared with them);
// only the manager moves it to another advisor or branch.
func (Customer) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.FilterCustomers()},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(),
			rule.OnlyManagersMove(),
			rule.NoEdgeMoves(),
			rule.AllowClientWrite(viewer.ClientsWrite, viewer.BranchManager, viewer.Advisor),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Hooks keep the search keys in step with the name and phone.
func (Customer) Hooks() []ent.Hook {
	return []ent.Hook{searchKeys(), nameGrams()}
}
