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
		// PENDING: placed, payment not yet confirmed; PAID: the gateway
		// confirmed it; PAYMENT_FAILED: the gateway declined it;
		// CANCELLED: withdrawn (in the cooling-off period, refunded);
		// REJECTED: refused by the core system after the fact.
		field.Enum("status").Values("PENDING", "PAID", "PAYMENT_FAILED", "CANCELLED", "REJECTED").Default("PENDING").
			Annotations(entgql.OrderField("STATUS")),
		field.String("idempotency_key").Optional().Immutable().MaxLen(64).
			Comment("the caller's key: the same key never makes two orders of a client"),
		field.String("payment_ref").Optional().Immutable().MaxLen(64).Comment("the reference the payment gateway knows it by"),
		field.Time("paid_at").Optional().Nillable(),
		field.String("failure_reason").Optional().MaxLen(500),
		field.Time("cooling_off_until").Optional().Nillable().Immutable().
			Comment("until then the client may cancel the order (冷静期)"),
		field.Bool("follow_up_call").Default(false).Immutable().Comment("a follow-up call (回访) is due"),
		field.Time("cancelled_at").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (SalesOrder) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("orders").Field("client_id").Unique().Required().Immutable(),
		edge.From("product", Product.Type).Ref("orders").Field("product_id").Unique().Required().Immutable(),
		edge.To("advisor", User.Type).Field("advisor_id").Unique(),
		edge.To("suitability_records", SuitabilityRecord.Type).Annotations(entgql.RelayConnection()),
	}
}

func (SalesOrder) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("client_id", "created_at"),
		index.Fields("client_id", "idempotency_key").Unique(),
		index.Fields("product_id", "created_at"),
		index.Fields("advisor_id", "created_at"),
	}
}

func (SalesOrder) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}
