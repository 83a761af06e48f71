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

// SalesOrder is a client's order for a product (named so because
// ProductOrder is the ordering input of Product in GraphQL), credited to an
// advisor.
type SalesOrder struct{ ent.Schema }

// Mixin gives SalesOrder the policy of client data, under the order scopes:
// an advisor or branch manager orders for their clients, a client for
// themselves.
func (SalesOrder) Mixin() []ent.Mixin {
	return []ent.Mixin{clientData{
		read: viewer.OrdersRead, write: viewer.OrdersWrite,
		writers: []viewer.Role{viewer.Advisor, viewer.BranchManager, viewer.Client},
	}}
}

func (SalesOrder) Fields() []ent.Field {
	return []ent.Field{
		field.Int("client_id").Immutable(),
		field.Int("product_id").Immutable(),
		field.Int("advisor_id").Optional().Nillable(),
		decimal(field.Int64("amount")).Immutable().Annotations(entgql.OrderField("AMOUNT")),
		field.Enum("status").Values("PENDING", "CONFIRMED", "CANCELLED", "REJECTED").Default("PENDING").
			Annotations(entgql.OrderField("STATUS")),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (SalesOrder) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("orders").Field("client_id").Unique().Required().Immutable(),
		edge.From("product", Product.Type).Ref("orders").Field("product_id").Unique().Required().Immutable(),
		edge.To("advisor", User.Type).Field("advisor_id").Unique(),
	}
}

func (SalesOrder) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("client_id", "created_at"),
		index.Fields("product_id", "created_at"),
		index.Fields("advisor_id", "created_at"),
	}
}

func (SalesOrder) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}
