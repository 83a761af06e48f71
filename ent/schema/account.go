package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/market"
)

// Account is one of a client's accounts: securities, credit (margin), fund
// (TA), OTC, futures or options.
type Account struct{ ent.Schema }

// Mixin gives Account the policy of client data.
func (Account) Mixin() []ent.Mixin { return []ent.Mixin{clientData{}} }

func (Account) Fields() []ent.Field {
	return []ent.Field{
		field.String("account_no").Unique().NotEmpty().MaxLen(32).Annotations(entgql.OrderField("ACCOUNT_NO")),
		field.Int("client_id"),
		field.Enum("type").Values("SECURITIES", "CREDIT", "FUND", "OTC", "FUTURES", "OPTIONS").Annotations(entgql.OrderField("TYPE")),
		field.Enum("market").GoType(market.Market("")),
		field.Enum("currency").GoType(market.Currency("")).Default(string(market.CNY)),
		field.Enum("status").Values("NORMAL", "FROZEN", "REPORTED_LOST", "DORMANT", "CLOSED").Default("NORMAL"),
		date(field.Time("opened_on")).Annotations(entgql.OrderField("OPENED_ON")),
		date(field.Time("closed_on")).Optional().Nillable(),
		decimal(field.Int64("cash_balance")).Default(0).Annotations(entgql.OrderField("CASH_BALANCE")),
		decimal(field.Int64("margin_debt")).Default(0).Comment("what a CREDIT account owes: margin loans and short sales (融资融券负债)"),
	}
}

func (Account) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("accounts").Field("client_id").Unique().Required(),
		edge.To("holdings", Holding.Type).Annotations(entgql.RelayConnection()),
		edge.To("trades", Trade.Type).Annotations(entgql.RelayConnection()),
		edge.To("cash_flows", CashFlow.Type).Annotations(entgql.RelayConnection()),
	}
}

func (Account) Indexes() []ent.Index {
	return []ent.Index{index.Fields("client_id", "type")}
}

func (Account) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
