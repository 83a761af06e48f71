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

	"github.com/brokercrm/crm/viewer"
)

// User is a login: a staff member with a business role, or a client
// (role CLIENT) linked to their Client record.
type User struct{ ent.Schema }

func (User) Mixin() []ent.Mixin { return []ent.Mixin{timestamps{}} }

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("username").Unique().NotEmpty().MaxLen(64).Annotations(entgql.OrderField("USERNAME")),
		field.String("display_name").NotEmpty().Annotations(entgql.OrderField("DISPLAY_NAME")),
		field.String("password_hash").Sensitive().Annotations(entgql.Skip()),
		field.Enum("role").GoType(viewer.Role("")).Annotations(entgql.OrderField("ROLE")),
		field.Bool("active").Default(true),
		field.Int("branch_id").Optional().Nillable(),
		field.Int("client_id").Optional().Nillable().Unique(),
		field.Time("password_changed_at").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("branch", Branch.Type).Ref("staff").Field("branch_id").Unique(),
		edge.From("client", Customer.Type).Ref("login").Field("client_id").Unique(),
		edge.To("clients", Customer.Type).Annotations(entgql.RelayConnection()),
		edge.To("sessions", Session.Type).Annotations(entgql.Skip()),
	}
}

func (User) Indexes() []ent.Index {
	return []ent.Index{index.Fields("branch_id", "role")}
}

func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

func (User) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.FilterUsers()},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), rule.AllowRoles(viewer.Admin), privacy.AlwaysDenyRule()},
	}
}
