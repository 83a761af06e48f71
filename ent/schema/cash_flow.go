package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// CashFlow is a movement of cash in an account (资金流水). The amount is
// signed: money in is positive, money out negative.
type CashFlow struct{ ent.Schema }

// Mixin gives CashFlow the policy of client data.
func (CashFlow) Mixin() []ent.Mixin { return []ent.Mixin{clientData{}} }

func (CashFlow) Fields() []ent.Field {
	return []ent.Field{
		field.String("flow_no").Unique().NotEmpty().MaxLen(40).Immutable().
			Comment("the core system's id of the movement (流水号): the natural key of imports"),
		field.Int("account_id").Immutable(),
		field.Int("client_id").Immutable(),
		field.Enum("type").
			Values("DEPOSIT", "WITHDRAWAL", "BANK_TRANSFER_IN", "BANK_TRANSFER_OUT", "DIVIDEND", "INTEREST", "FEE",
				"MARGIN_INTEREST").
			Immutable().Annotations(entgql.OrderField("TYPE")),
		decimal(field.Int64("amount")).Immutable().Annotations(entgql.OrderField("AMOUNT")),
		field.Time("occurred_at").Immutable().Annotations(entgql.OrderField("OCCURRED_AT")),
	}
}

func (CashFlow) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("cash_flows").Field("account_id").Unique().Required().Immutable(),
		edge.From("client", Customer.Type).Ref("cash_flows").Field("client_id").Unique().Required().Immutable(),
	}
}

func (CashFlow) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("client_id", "occurred_at"),
		index.Fields("account_id", "occurred_at"),
	}
}

func (CashFlow) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
