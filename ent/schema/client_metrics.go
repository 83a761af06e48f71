package schema

import (
	"context"
	"time"

	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/dialect/sql"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/brokercrm/crm/clientmetrics"
	gen "github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/segment"
	"github.com/brokercrm/crm/viewer"
)

// ClientMetrics is the metrics store's hot table: one row per client with
// the computed dimensions segments name most (clientmetrics.Hot), one
// column each, written by `crm metrics refresh` and read by segments,
// classification schemes and the 360 page. ClientMetricsMore holds the
// rest. Their columns are generated from the catalogue, so adding a
// dimension there adds its column here (and a migration).
type ClientMetrics struct{ ent.Schema }

func (ClientMetrics) Fields() []ent.Field {
	// The row's id is its client's id. There is no edge to the client:
	// ent would put its column after the 200 others, and every scan of
	// the table would then decode whole rows to join them to clients.
	fields := []ent.Field{
		field.Int("id").Immutable().Comment("the client's id"),
		field.Time("refreshed_at").Default(time.Now),
	}
	for _, m := range clientmetrics.Hot() {
		fields = append(fields, metricField(m))
	}
	return fields
}

// metricField is the column of one dimension, typed as the dimension is.
// Every one may be NULL: a ratio of nothing, an age of an institution, or
// the zero of a sparse metric (clientmetrics.Metric.Sparse).
func metricField(m *clientmetrics.Metric) ent.Field {
	comment := m.NameZH + " " + m.NameEN
	switch m.Type {
	case segment.TypeMoney, segment.TypeNumber:
		return decimal(field.Int64(m.Key)).Optional().Nillable().Comment(comment)
	case segment.TypeInteger:
		return field.Int32(m.Key).Optional().Nillable().Comment(comment)
	case segment.TypeEnum:
		return field.String(m.Key).Optional().Nillable().MaxLen(32).Comment(comment)
	case segment.TypeBoolean:
		return field.Bool(m.Key).Optional().Nillable().Comment(comment)
	case segment.TypeDate:
		return date(field.Time(m.Key)).Optional().Nillable().Comment(comment)
	}
	panic("schema: no column type for dimension " + m.Key + " of type " + string(m.Type))
}

func (ClientMetrics) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy: see metricsPolicy.
func (ClientMetrics) Policy() ent.Policy {
	return metricsPolicy(privacy.ClientMetricsQueryRuleFunc(func(ctx context.Context, q *gen.ClientMetricsQuery) error {
		return visibleMetrics(ctx, func(p func(*sql.Selector)) { q.Where(p) })
	}))
}

// ClientMetricsMore is the metrics store's other table: the computed
// dimensions not in ClientMetrics (clientmetrics.Cold), one row per client.
type ClientMetricsMore struct{ ent.Schema }

func (ClientMetricsMore) Fields() []ent.Field {
	fields := []ent.Field{field.Int("id").Immutable().Comment("the client's id")}
	for _, m := range clientmetrics.Cold() {
		fields = append(fields, metricField(m))
	}
	return fields
}

func (ClientMetricsMore) Annotations() []schema.Annotation {
	return []schema.Annotation{entsql.Table("client_metrics_more"), entgql.Skip(entgql.SkipAll)}
}

// Policy: see metricsPolicy.

// metricsPolicy: a client's metrics are visible exactly when the client is
// (rule.ClientOwnedRows, the condition of every client-owned table); only
// the refresh writes them, in bulk, below ent.
func metricsPolicy(filter privacy.QueryRule) ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), filter},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

// visibleMetrics narrows a metrics query, through where, to the rows of
// clients the viewer may see.
func visibleMetrics(ctx context.Context, where func(func(*sql.Selector))) error {
	p, err := rule.ClientOwnedRows(ctx, viewer.ClientsRead, "id")
	if err != nil {
		return err
	}
	if p != nil {
		where(p)
	}
	return privacy.Skip
}
func (ClientMetricsMore) Policy() ent.Policy {
	return metricsPolicy(privacy.ClientMetricsMoreQueryRuleFunc(func(ctx context.Context, q *gen.ClientMetricsMoreQuery) error {
		return visibleMetrics(ctx, func(p func(*sql.Selector)) { q.Where(p) })
	}))
}
