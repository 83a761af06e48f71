package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Holding is a position in an account as of a date: a listed instrument or
// one of the firm's products. client_id repeats the account's client so
// access checks and the 360° view need no join.
type Holding struct{ ent.Schema }

// Mixin gives Holding the policy of client data.
func (Holding) Mixin() []ent.Mixin { return []ent.Mixin{clientData{}} }

func (Holding) Fields() []ent.Field {
	return []ent.Field{
		field.Int("account_id"),
		field.Int("client_id"),
		field.Int("instrument_id").Optional().Nillable(),
		field.Int("product_id").Optional().Nillable(),
		decimal(field.Int64("quantity")).Annotations(entgql.OrderField("QUANTITY")),
		decimal(field.Int64("cost")).Comment("total cost of the position"),
		decimal(field.Int64("market_value")).Annotations(entgql.OrderField("MARKET_VALUE")),
		date(field.Time("as_of")).Annotations(entgql.OrderField("AS_OF")),
	}
}

func (Holding) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("account", Account.Type).Ref("holdings").Field("account_id").Unique().Required(),
		edge.From("client", Customer.Type).Ref("holdings").Field("client_id").Unique().Required(),
		edge.From("instrument", Instrument.Type).Ref("holdings").Field("instrument_id").Unique(),
		edge.From("product", Product.Type).Ref("holdings").Field("product_id").Unique(),
	}
}

func (Holding) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("client_id", "market_value"),
		index.Fields("account_id", "as_of"),
		// An account holds an instrument or a product at most once: the
		// natural key that holdings imports replace positions by.
		index.Fields("account_id", "instrument_id").Unique().Annotations(entsql.IndexWhere("instrument_id IS NOT NULL")),
		index.Fields("account_id", "product_id").Unique().Annotations(entsql.IndexWhere("product_id IS NOT NULL")),
		index.Fields("instrument_id"),
		index.Fields("product_id"),
	}
}

func (Holding) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
