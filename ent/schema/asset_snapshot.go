package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// AssetSnapshot is a client's assets at the end of a month: the history
// behind the assets-over-time chart and "assets a year ago". The core
// systems supply it (and the seed invents it); today's figures come from
// the accounts and holdings themselves.
type AssetSnapshot struct{ ent.Schema }

// Mixin gives AssetSnapshot the policy of client data.
func (AssetSnapshot) Mixin() []ent.Mixin { return []ent.Mixin{clientData{}} }

func (AssetSnapshot) Fields() []ent.Field {
	return []ent.Field{
		field.Int("client_id").Immutable(),
		date(field.Time("as_of")).Immutable().Annotations(entgql.OrderField("AS_OF")),
		decimal(field.Int64("total_assets")).Immutable(),
		decimal(field.Int64("cash")).Immutable(),
		decimal(field.Int64("market_value")).Immutable(),
	}
}

func (AssetSnapshot) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("asset_snapshots").Field("client_id").Unique().Required().Immutable(),
	}
}

func (AssetSnapshot) Indexes() []ent.Index {
	return []ent.Index{index.Fields("client_id", "as_of").Unique()}
}

func (AssetSnapshot) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
