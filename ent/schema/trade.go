package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Trade is an executed trade (成交). Trades are facts from the core system:
// nothing in the CRM changes them, and only a corrected import file from
// that system can (package ingest).
type Trade struct{ ent.Schema }

// Mixin gives Trade the policy of client data.
func (Trade) Mixin() []ent.Mixin { return []ent.Mixin{clientData{}} }

func (Trade) Fields() []ent.Field {
	return []ent.Field{
		field.String("trade_no").Unique().NotEmpty().MaxLen(40).Immutable().
			Comment("the core system's id of the trade (成交编号): the natural key of imports"),
		field.Int("account_id").Immutable(),
		field.Int("client_id").Immutable(),
		field.Int("instrument_id").Immutable(),
		field.Enum("side").Values("BUY", "SELL").Immutable(),
		decimal(field.Int64("quantity")).Immutable(),
		decimal(field.Int64("price")).Immutable(),
		decimal(field.Int64("amount")).Immutable().Annotations(entgql.OrderField("AMOUNT")),
		decimal(field.Int64("commission")).Immutable(),
		decimal(field.Int64("fees")).Immutable(),
		field.Time("traded_at").Immutable().Annotations(entgql.OrderField("TRADED_AT")),
		field.Enum("channel").Values("APP", "PC", "PHONE", "BRANCH", "API").Immutable(),
	}
}

func (Trade) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("trades").Field("account_id").Unique().Required().Immutable(),
		edge.From("client", Customer.Type).Ref("trades").Field("client_id").Unique().Required().Immutable(),
		edge.From("instrument", Instrument.Type).Ref("trades").Field("instrument_id").Unique().Required().Immutable(),
	}
}

func (Trade) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("client_id", "traded_at"),
		index.Fields("account_id", "traded_at"),
		index.Fields("instrument_id", "traded_at"),
	}
}

func (Trade) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
