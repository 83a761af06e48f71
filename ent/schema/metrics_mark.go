package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
)

// MetricsMark marks a client whose data changed since the client's
// metrics were last computed: imports mark the clients they touch, and
// the next incremental metrics refresh recomputes exactly those.
type MetricsMark struct{ ent.Schema }

func (MetricsMark) Fields() []ent.Field {
	return []ent.Field{
		field.Int("client_id").Unique().Immutable(),
		field.Time("marked_at").Default(time.Now),
	}
}

func (MetricsMark) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy: system bookkeeping, written and read with explicit decisions.
func (MetricsMark) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.VisibleTo()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
