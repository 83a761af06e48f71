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

// ClientShare lets an advisor other than the primary one see a client until
// an end date, for a stated reason (cover during leave, a joint pitch). A
// branch manager grants it; the shared advisor sees the client's personal
// data masked.
type ClientShare struct{ ent.Schema }

func (ClientShare) Fields() []ent.Field {
	return []ent.Field{
		field.Int("client_id").Immutable(),
		field.Int("grantee_id").Immutable(),
		field.Int("granted_by_id").Optional().Nillable().Immutable(),
		field.String("reason").NotEmpty().MaxLen(500).Immutable(),
		date(field.Time("ends_on")).Immutable().Comment("the last day the share is in force").
			Annotations(entgql.OrderField("ENDS_ON")),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("revoked_at").Optional().Nillable(),
	}
}

func (ClientShare) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("shares").Field("client_id").Unique().Required().Immutable(),
		edge.To("grantee", User.Type).Field("grantee_id").Unique().Required().Immutable(),
		edge.To("granted_by", User.Type).Field("granted_by_id").Unique().Immutable(),
	}
}

func (ClientShare) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("grantee_id", "ends_on"),
		index.Fields("client_id"),
	}
}

func (ClientShare) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: visible with the client; granted and revoked by the manager of
// the client's branch.
func (ClientShare) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.FilterClientOwned(viewer.ClientsRead)},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), rule.AllowClientWrite(viewer.ClientsWrite, viewer.BranchManager), privacy.AlwaysDenyRule()},
	}
}
