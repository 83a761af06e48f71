package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Tag labels clients, by hand (MANUAL) or by a rule (AUTOMATIC).
type Tag struct{ ent.Schema }

// Mixin gives Tag the policy of reference data.
func (Tag) Mixin() []ent.Mixin { return []ent.Mixin{referenceData{}} }

func (Tag) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").Unique().NotEmpty().MaxLen(64).Annotations(entgql.OrderField("NAME")),
		field.String("color").Default("blue").MaxLen(32),
		field.Enum("kind").Values("MANUAL", "AUTOMATIC").Default("MANUAL"),
	}
}

func (Tag) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("clients", Customer.Type).Ref("tags").Annotations(entgql.RelayConnection()),
	}
}

func (Tag) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}
