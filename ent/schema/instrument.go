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

// Instrument is a listed security that clients hold and trade.
type Instrument struct{ ent.Schema }

// Mixin gives Instrument the policy of reference data.
func (Instrument) Mixin() []ent.Mixin { return []ent.Mixin{referenceData{}} }

func (Instrument) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").NotEmpty().MaxLen(16).Annotations(entgql.OrderField("CODE")),
		field.Enum("market").GoType(market.Market("")),
		field.String("name").NotEmpty().Annotations(entgql.OrderField("NAME")),
		field.Enum("type").Values("STOCK", "BOND", "CONVERTIBLE_BOND", "FUND", "ETF", "REPO", "OPTION", "FUTURE", "OTHER").
			Annotations(entgql.OrderField("TYPE")),
		field.String("industry").Optional(),
		decimal(field.Int64("last_price")).Default(0),
		date(field.Time("price_date")).Optional().Nillable(),
	}
}

func (Instrument) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("holdings", Holding.Type).Annotations(entgql.RelayConnection()),
		edge.To("trades", Trade.Type).Annotations(entgql.RelayConnection()),
	}
}

func (Instrument) Indexes() []ent.Index {
	return []ent.Index{index.Fields("code", "market").Unique(), index.Fields("name")}
}

func (Instrument) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}
