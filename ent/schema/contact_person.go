package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// ContactPerson is one of an institutional client's contact persons.
type ContactPerson struct{ ent.Schema }

// Mixin gives ContactPerson the policy of client data.
func (ContactPerson) Mixin() []ent.Mixin { return []ent.Mixin{clientData{}} }

func (ContactPerson) Fields() []ent.Field {
	return []ent.Field{
		field.Int("client_id"),
		field.String("name").NotEmpty().Annotations(entgql.OrderField("NAME")),
		field.String("title").Optional(),
		field.String("phone").Optional().Annotations(personalData),
		field.String("email").Optional().Annotations(personalData),
		field.Bool("primary").Default(false),
	}
}

func (ContactPerson) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("contacts").Field("client_id").Unique().Required(),
	}
}

func (ContactPerson) Indexes() []ent.Index {
	return []ent.Index{index.Fields("client_id")}
}

func (ContactPerson) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
