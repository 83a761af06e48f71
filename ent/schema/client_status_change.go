package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/viewer"
)

// ClientStatusChange is one step of a client's status history.
type ClientStatusChange struct{ ent.Schema }

// Mixin gives ClientStatusChange the policy of client data.
// Its steps are written with the status change, by whoever may change it.
func (ClientStatusChange) Mixin() []ent.Mixin {
	return []ent.Mixin{clientData{
		write: viewer.ClientsWrite, writers: []viewer.Role{viewer.Advisor, viewer.BranchManager},
	}}
}

func (ClientStatusChange) Fields() []ent.Field {
	return []ent.Field{
		field.Int("client_id").Immutable(),
		field.String("from_status").Optional().Immutable().Comment("empty for the first status"),
		field.String("to_status").Immutable(),
		field.String("reason").Immutable(),
		field.Int("changed_by_id").Optional().Nillable().Immutable(),
		field.Time("changed_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CHANGED_AT")),
	}
}

func (ClientStatusChange) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("status_changes").Field("client_id").Unique().Required().Immutable(),
		edge.To("changed_by", User.Type).Field("changed_by_id").Unique().Immutable(),
	}
}

func (ClientStatusChange) Indexes() []ent.Index {
	return []ent.Index{index.Fields("client_id", "changed_at")}
}

func (ClientStatusChange) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
