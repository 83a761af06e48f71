package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/suitability"
	"github.com/brokercrm/crm/viewer"
)

// SuitabilityRecord is one step of a sale's suitability check, kept
// unchangeable (suitability.md "Records"): the matching opinion
// (适当性匹配意见) the engine gave, with its reasons and the special
// warning shown, or the investor's written confirmation that they insist.
// It names the product version and the assessment in force, who acted and
// through which channel.
type SuitabilityRecord struct{ ent.Schema }

// Mixin: visible with the client under the order scopes, written by those
// who place orders, alongside the order.
func (SuitabilityRecord) Mixin() []ent.Mixin {
	return []ent.Mixin{clientData{
		read: viewer.OrdersRead, write: viewer.OrdersWrite,
		writers: []viewer.Role{viewer.Advisor, viewer.BranchManager, viewer.Client},
	}}
}

func (SuitabilityRecord) Fields() []ent.Field {
	return []ent.Field{
		field.Int("client_id").Immutable(),
		field.Int("product_id").Immutable(),
		field.Int("product_version").Immutable(),
		field.Int("order_id").Optional().Nillable().Immutable(),
		field.Int("assessment_id").Optional().Nillable().Immutable(),
		field.String("questionnaire_version").Optional().Immutable(),
		// OPINION: the engine's matching opinion; CONFIRMATION: the
		// investor confirmed the warning in writing and insists.
		field.Enum("kind").Values("OPINION", "CONFIRMATION").Immutable(),
		field.Enum("outcome").GoType(suitability.Outcome("")).Immutable().Annotations(entgql.Type("SuitabilityOutcome")),
		field.JSON("reasons", []suitability.Reason{}).Optional().Immutable().Annotations(entgql.Type("[SuitabilityReason!]")),
		field.Text("warning_zh").Optional().Immutable(),
		field.Text("warning_en").Optional().Immutable(),
		decimal(field.Int64("amount")).Immutable(),
		field.String("idempotency_key").Optional().Immutable(),
		field.Enum("channel").Values("BRANCH", "APP", "ONLINE", "PHONE", "PARTNER").Immutable(),
		field.Int("actor_id").Optional().Nillable().Immutable(),
		field.String("actor_name").Immutable(),
		field.Time("at").Default(time.Now).Immutable().Annotations(entgql.OrderField("AT")),
	}
}

func (SuitabilityRecord) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("suitability_records").Field("client_id").Unique().Required().Immutable(),
		edge.From("product", Product.Type).Ref("suitability_records").Field("product_id").Unique().Required().Immutable(),
		edge.From("order", SalesOrder.Type).Ref("suitability_records").Field("order_id").Unique().Immutable(),
		edge.To("assessment", RiskAssessment.Type).Field("assessment_id").Unique().Immutable(),
		edge.To("actor", User.Type).Field("actor_id").Unique().Immutable(),
	}
}

func (SuitabilityRecord) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("client_id", "at"),
		index.Fields("product_id", "at"),
		index.Fields("at"),
	}
}

func (SuitabilityRecord) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// Hooks: the records are kept as written, for 20 years.
func (SuitabilityRecord) Hooks() []ent.Hook { return []ent.Hook{rule.AppendOnly()} }
