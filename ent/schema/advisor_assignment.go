package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// AdvisorAssignment is one change of a client's primary advisor: the
// client's history of who served them, and why it changed.
type AdvisorAssignment struct{ ent.Schema }

func (AdvisorAssignment) Fields() []ent.Field {
	return []ent.Field{
		field.Int("client_id").Immutable(),
		field.Int("from_advisor_id").Optional().Nillable().Immutable(),
		field.Int("to_advisor_id").Immutable(),
		field.String("reason").NotEmpty().MaxLen(500).Immutable(),
		field.Int("changed_by_id").Optional().Nillable().Immutable(),
		field.Time("changed_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CHANGED_AT")),
	}
}

func (AdvisorAssignment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("advisor_assignments").Field("client_id").Unique().Required().Immutable(),
		edge.To("from_advisor", User.Type).Field("from_advisor_id").Unique().Immutable(),
		edge.To("to_advisor", User.Type).Field("to_advisor_id").Unique().Required().Immutable(),
		edge.To("changed_by", User.Type).Field("changed_by_id").Unique().Immutable(),
	}
}

func (AdvisorAssignment) Indexes() []ent.Index {
	return []ent.Index{index.Fields("client_id", "changed_at")}
}

func (AdvisorAssignment) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: visible with the client; written only by the manager of the
// client's branch, together with the reassignment it records.
func (AdvisorAssignment) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.FilterClientOwned(viewer.ClientsRead)},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), rule.AllowClientWrite(viewer.ClientsWrite, viewer.BranchManager), privacy.AlwaysDenyRule()},
	}
}
