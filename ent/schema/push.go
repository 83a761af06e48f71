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

// Push is a product an advisor recommended to a client (产品推送).
type Push struct{ ent.Schema }

func (Push) Mixin() []ent.Mixin {
	return []ent.Mixin{clientData{
		write: viewer.ClientsWrite, writers: []viewer.Role{viewer.Advisor, viewer.BranchManager},
	}}
}

func (Push) Fields() []ent.Field {
	return []ent.Field{
		field.Int("client_id").Immutable(),
		field.Int("product_id").Immutable(),
		field.Int("advisor_id").Optional().Nillable().Immutable(),
		field.Enum("channel").Values("APP", "SMS", "WECHAT", "EMAIL", "PHONE").Default("APP"),
		field.String("message").Optional().MaxLen(1000),
		field.Enum("status").Values("SENT", "READ", "DISMISSED", "BOUGHT").Default("SENT").
			Annotations(entgql.OrderField("STATUS")),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (Push) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("pushes").Field("client_id").Unique().Required().Immutable(),
		edge.From("product", Product.Type).Ref("pushes").Field("product_id").Unique().Required().Immutable(),
		edge.To("advisor", User.Type).Field("advisor_id").Unique().Immutable(),
	}
}

func (Push) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("client_id", "created_at"),
		index.Fields("product_id", "created_at"),
	}
}

func (Push) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Hooks: only products on sale, and only to clients they fully match.
func (Push) Hooks() []ent.Hook { return []ent.Hook{pushOnlySuitable()} }
