package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// NameGram is one bigram of a client's name (searchkey.Bigrams): the index
// client search finds a name by a substring through, on both databases
// (pg_trgm ignores Chinese under the C collation; pg_bigm is no core
// extension). The Customer hook rewrites a client's grams whenever its name
// is written, and the seed writes them beside the clients; nothing else
// does, so the policy of client data lets nobody write them.
type NameGram struct{ ent.Schema }

// Mixin gives NameGram the policy of client data: grams are read with
// their client, and written only under the system decision.
func (NameGram) Mixin() []ent.Mixin { return []ent.Mixin{clientData{}} }

func (NameGram) Fields() []ent.Field {
	return []ent.Field{
		// Two characters: at most 8 bytes in UTF-8.
		field.String("gram").NotEmpty().MaxLen(8).Immutable(),
		field.Int("client_id").Immutable(),
	}
}

func (NameGram) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("name_grams").Field("client_id").Unique().Required().Immutable(),
	}
}

func (NameGram) Indexes() []ent.Index {
	return []ent.Index{
		// A search reads the clients of each gram it looks for from this
		// index alone. A client's grams are distinct, and unique here so
		// that the search may count a client's matching grams with
		// COUNT(*).
		index.Fields("gram", "client_id").Unique(),
		// The hook deletes a renamed client's grams by client.
		index.Fields("client_id"),
	}
}

// Annotations keep grams out of GraphQL: they are an index, not data.
func (NameGram) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
