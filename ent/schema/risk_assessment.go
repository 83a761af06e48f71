package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/suitability"
	"github.com/brokercrm/crm/viewer"
)

// RiskAssessment is the result of one risk-tolerance questionnaire. It is
// a regulatory record: immutable once written.
type RiskAssessment struct{ ent.Schema }

// Mixin gives RiskAssessment the policy of client data.
// An advisor or branch manager records one with the client at a branch;
// a client takes it in their own space.
func (RiskAssessment) Mixin() []ent.Mixin {
	return []ent.Mixin{clientData{
		write:   viewer.ClientsWrite,
		writers: []viewer.Role{viewer.Advisor, viewer.BranchManager, viewer.Client},
	}}
}

func (RiskAssessment) Fields() []ent.Field {
	return []ent.Field{
		field.String("external_id").Optional().Nillable().Unique().MaxLen(64).Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput)).
			Comment("the id the record has in the system it was imported from; empty for records made here"),
		field.Int("client_id").Immutable(),
		field.String("questionnaire_version").Immutable(),
		field.Int("score").Immutable().NonNegative(),
		field.Enum("level").GoType(suitability.Category("")).Immutable().Annotations(entgql.Type("RiskCategory"), entgql.OrderField("LEVEL")),
		field.Bool("lowest_category").Default(false).Immutable().Comment("风险承受能力最低类别"),
		field.Enum("horizon").GoType(suitability.Horizon("")).Immutable().Annotations(entgql.Type("Horizon")).Comment("the horizon the investor accepts"),
		field.JSON("varieties", []suitability.Variety{}).Immutable().
			Annotations(entgql.Type("[Variety!]")).Comment("the varieties the investor wants"),
		field.JSON("answers", map[string][]string{}).Optional().Immutable().Annotations(entgql.Skip()).
			Comment("the options chosen, by question key"),
		field.Time("assessed_at").Immutable().Annotations(entgql.OrderField("ASSESSED_AT")),
		field.Time("expires_at").Immutable().Annotations(entgql.OrderField("EXPIRES_AT")),
		field.Int("assessed_by_id").Optional().Nillable().Immutable(),
		field.Enum("channel").Values("BRANCH", "APP", "ONLINE", "PHONE").Immutable(),
	}
}

func (RiskAssessment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("risk_assessments").Field("client_id").Unique().Required().Immutable(),
		edge.To("assessed_by", User.Type).Field("assessed_by_id").Unique().Immutable(),
	}
}

func (RiskAssessment) Indexes() []ent.Index {
	return []ent.Index{index.Fields("client_id", "assessed_at")}
}

func (RiskAssessment) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Hooks keep the client's risk profile in step (see riskProfile).
func (RiskAssessment) Hooks() []ent.Hook { return []ent.Hook{riskProfile()} }
