// Package metrics holds the Prometheus collectors the server exports at
// /metrics.
package metrics

import (
	"context"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics is one registry with the CRM's collectors.
type Metrics struct {
	registry   *prometheus.Registry
	operations *prometheus.CounterVec
	durations  *prometheus.HistogramVec
	errors     *prometheus.CounterVec
	statements prometheus.Counter
}

// New returns a fresh registry, so tests can make as many as they like.
func New() *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		operations: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "crm_graphql_requests_total",
			Help: "GraphQL operations served, by operation name.",
		}, []string{"operation"}),
		durations: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "crm_graphql_request_duration_seconds",
			Help:    "Time to execute a GraphQL operation, by operation name.",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"operation"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "crm_graphql_errors_total",
			Help: "GraphQL errors returned, by extensions.code.",
		}, []string{"code"}),
		statements: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "crm_sql_statements_total",
			Help: "SQL statements executed through ent.",
		}),
	}
	m.registry.MustRegister(m.operations, m.durations, m.errors, m.statements,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// ObserveOperation records one GraphQL operation.
func (m *Metrics) ObserveOperation(name string, took time.Duration, errorCodes []string) {
	m.operations.WithLabelValues(name).Inc()
	m.durations.WithLabelValues(name).Observe(took.Seconds())
	for _, code := range errorCodes {
		m.errors.WithLabelValues(code).Inc()
	}
}

// ObserveStatement counts one SQL statement; it is the store's OnStatement.
func (m *Metrics) ObserveStatement(context.Context) { m.statements.Inc() }

// Handler serves the registry in the Prometheus text format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}
