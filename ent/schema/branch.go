package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Branch is a sales office (营业部) of the firm.
type Branch struct{ ent.Schema }

// Mixin gives Branch the policy of reference data.
func (Branch) Mixin() []ent.Mixin { return []ent.Mixin{referenceData{}} }

func (Branch) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").Unique().NotEmpty().Annotations(entgql.OrderField("CODE")),
		field.String("name").NotEmpty().Annotations(entgql.OrderField("NAME")),
		field.String("city").NotEmpty().Annotations(entgql.OrderField("CITY")),
		field.String("region").NotEmpty().Annotations(entgql.OrderField("REGION")),
	}
}

func (Branch) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("staff", User.Type).Annotations(entgql.RelayConnection()),
		edge.To("clients", Customer.Type).Annotations(entgql.RelayConnection()),
	}
}

func (Branch) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}
