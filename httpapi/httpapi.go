// Package httpapi is the CRM's HTTP surface: the GraphQL endpoint with
// authentication, GraphiQL, health checks, metrics and the built SPA.
package httpapi

import (
	"context"
	"database/sql"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/rs/cors"

	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/graph"
	"github.com/brokercrm/crm/ingest"
	"github.com/brokercrm/crm/metrics"
	"github.com/brokercrm/crm/ordering"
)

// Config is what the HTTP layer needs from the server's configuration.
type Config struct {
	CORSOrigins    []string      // origins allowed to call the API from a browser
	StaticDir      string        // the built SPA; "" serves none
	GraphiQL       bool          // serve GraphiQL at /graphiql and allow introspection
	RequestTimeout time.Duration // per-request deadline
	MaxBodyBytes   int64         // largest request body accepted
	MaxUploadBytes int64         // largest multipart request (a file upload) accepted; MaxBodyBytes when 0
	Limits         graph.Limits  // depth and complexity of operations; graph.DefaultLimits when zero
}

// Deps are the services the handlers use.
type Deps struct {
	Client  *ent.Client
	SQL     *sql.DB // for /readyz
	Auth    *auth.Service
	Metrics *metrics.Metrics
	Logger  *slog.Logger
	Orders  *ordering.Service
	Imports *ingest.Runner
}

// New returns the server's root handler.
func New(cfg Config, d Deps) http.Handler {
	gql := graph.NewHandler(d.Client, d.Auth, graph.HandlerOptions{
		Logger:        d.Logger,
		Introspection: cfg.GraphiQL,
		Observer:      d.Metrics,
		Limits:        cfg.Limits,
		Orders:        d.Orders,
		Imports:       d.Imports,
		MaxUpload:     max(cfg.MaxUploadBytes, cfg.MaxBodyBytes),
	})
	mux := http.NewServeMux()
	limiter := newKeyLimiter() // one budget per API key, whichever route it calls
	mux.Handle("/graphql", limitBody(cfg.MaxBodyBytes, max(cfg.MaxUploadBytes, cfg.MaxBodyBytes), authenticate(d.Auth, limiter, gql)))
	if cfg.GraphiQL {
		mux.Handle("GET /graphiql", playground.Handler("券商CRM GraphQL", "/graphql"))
	}
	mux.Handle("GET /api/segments/{id}/export", authenticate(d.Auth, limiter, exportSegment(d.Client, d.Logger)))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", ready(d.SQL))
	mux.Handle("GET /metrics", d.Metrics.Handler())
	if cfg.StaticDir != "" {
		mux.Handle("/", spa(cfg.StaticDir))
	}
	c := cors.New(cors.Options{
		AllowedOrigins: cfg.CORSOrigins,
		AllowedMethods: []string{http.MethodGet, http.MethodPost, http.MethodOptions},
		AllowedHeaders: []string{"Authorization", "Content-Type", "X-API-Key"},
		MaxAge:         600,
	})
	return logRequests(d.Logger, withTimeout(cfg.RequestTimeout, c.Handler(mux)))
}

func ready(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := db.PingContext(ctx); err != nil {
			http.Error(w, "database unavailable", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ready\n"))
	}
}
