package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/brokercrm/crm/clientmetrics/refresh"
	"github.com/brokercrm/crm/graph"
	"github.com/brokercrm/crm/money"
)

// Config is the whole configuration of the crm binary. Each field is read
// once, from its flag or else its environment variable, with the default
// shown; nothing else in the code reads the environment.
type Config struct {
	DatabaseURL    string        // CRM_DATABASE_URL: postgres://… or sqlite:path (default sqlite:./data/crm.db)
	Addr           string        // CRM_ADDR: listen address (default :8080)
	CORSOrigins    []string      // CRM_CORS_ORIGINS: comma-separated browser origins allowed to call the API
	Secret         string        // CRM_SECRET: keys the stored token hashes; required in production
	StaticDir      string        // CRM_STATIC_DIR: the built SPA (default ./frontend/dist)
	Production     bool          // CRM_ENV=production: JSON logs, no GraphiQL, secret required
	AutoMigrate    bool          // CRM_AUTO_MIGRATE: serve applies pending migrations at start (default true)
	GraphiQL       bool          // CRM_GRAPHIQL: GraphiQL and introspection (default: on unless production)
	TokenTTL       time.Duration // CRM_TOKEN_TTL: lifetime of a login (default 12h)
	RequestTimeout time.Duration // CRM_REQUEST_TIMEOUT: per request (default 30s)
	MaxBodyBytes   int64         // CRM_MAX_BODY_BYTES: largest request body (default 1 MiB)
	MaxUploadBytes int64         // CRM_MAX_UPLOAD_BYTES: largest file uploaded for import (default 1 GiB)
	ImportDir      string        // CRM_IMPORT_DIR: where uploaded import files wait (default ./data/imports)
	MaxDBConns     int           // CRM_DB_MAX_CONNS: PostgreSQL pool size (default 20)
	DemoPassword   string        // CRM_DEMO_PASSWORD: password of the demo users (default crm-demo-2024)
	MaxDepth       int           // CRM_MAX_QUERY_DEPTH: deepest field nesting of an operation (default 12)
	MaxComplexity  int           // CRM_MAX_QUERY_COMPLEXITY: largest cost of an operation (default 50000)
	WebhookPrivate bool          // CRM_WEBHOOK_ALLOW_PRIVATE: deliver webhooks to private addresses too (default off)
	// CRM_METRICS_INTERVAL: how often serve refreshes the metrics of changed clients (default 10m; 0 turns the schedule off)
	MetricsInterval time.Duration
	// CRM_METRICS_FULL_AT: the time of day (China time, HH:MM) serve recomputes every client (default 02:00)
	MetricsFullAt string
	// CRM_BENCHMARK_RETURN_1Y: the CSI 300's return over the last year in percent, e.g. 12.5, for the
	// dimensions that compare with it (default none: they stay empty)
	BenchmarkReturn string
}

// devSecret is used outside production when CRM_SECRET is unset, so that
// `make run` works with no setup. Production refuses to start without one.
const devSecret = "crm-development-secret-do-not-use-in-production"

// bindFlags declares every flag with its environment default.
func (c *Config) bindFlags(fs *pflag.FlagSet) {
	c.Production = env("CRM_ENV", "") == "production"
	fs.StringVar(&c.DatabaseURL, "database-url", env("CRM_DATABASE_URL", "sqlite:./data/crm.db"), "database: postgres://… or sqlite:path")
	fs.StringVar(&c.Addr, "addr", env("CRM_ADDR", ":8080"), "listen address")
	fs.StringSliceVar(&c.CORSOrigins, "cors-origins", splitList(env("CRM_CORS_ORIGINS", "")), "browser origins allowed to call the API")
	fs.StringVar(&c.Secret, "secret", env("CRM_SECRET", ""), "secret that keys stored token hashes")
	fs.StringVar(&c.StaticDir, "static-dir", env("CRM_STATIC_DIR", "./frontend/dist"), "the built SPA")
	fs.BoolVar(&c.AutoMigrate, "auto-migrate", envBool("CRM_AUTO_MIGRATE", true), "apply pending migrations at start")
	fs.BoolVar(&c.GraphiQL, "graphiql", envBool("CRM_GRAPHIQL", !c.Production), "serve GraphiQL and allow introspection")
	fs.DurationVar(&c.TokenTTL, "token-ttl", envDuration("CRM_TOKEN_TTL", 12*time.Hour), "lifetime of a login")
	fs.DurationVar(&c.RequestTimeout, "request-timeout", envDuration("CRM_REQUEST_TIMEOUT", 30*time.Second), "per-request deadline")
	fs.Int64Var(&c.MaxBodyBytes, "max-body-bytes", envInt("CRM_MAX_BODY_BYTES", 1<<20), "largest request body")
	fs.Int64Var(&c.MaxUploadBytes, "max-upload-bytes", envInt("CRM_MAX_UPLOAD_BYTES", 1<<30), "largest file uploaded for import")
	fs.StringVar(&c.ImportDir, "import-dir", env("CRM_IMPORT_DIR", "./data/imports"), "where uploaded import files wait until imported")
	fs.IntVar(&c.MaxDBConns, "db-max-conns", int(envInt("CRM_DB_MAX_CONNS", 20)), "PostgreSQL pool size")
	fs.IntVar(&c.MaxDepth, "max-query-depth", int(envInt("CRM_MAX_QUERY_DEPTH", int64(graph.DefaultLimits.MaxDepth))),
		"deepest field nesting of an operation")
	fs.IntVar(&c.MaxComplexity, "max-query-complexity", int(envInt("CRM_MAX_QUERY_COMPLEXITY", int64(graph.DefaultLimits.MaxComplexity))),
		"largest cost of an operation: one per field, times the page size of connections")
	fs.BoolVar(&c.WebhookPrivate, "webhook-allow-private", envBool("CRM_WEBHOOK_ALLOW_PRIVATE", false),
		"deliver webhooks to private and loopback addresses (for a partner mock on this machine)")
	fs.DurationVar(&c.MetricsInterval, "metrics-interval", envDuration("CRM_METRICS_INTERVAL", 10*time.Minute),
		"how often serve refreshes the metrics of changed clients; 0 turns the schedule off")
	fs.StringVar(&c.MetricsFullAt, "metrics-full-at", env("CRM_METRICS_FULL_AT", "02:00"),
		"time of day (China time, HH:MM) serve recomputes every client's metrics")
	fs.StringVar(&c.BenchmarkReturn, "benchmark-return", env("CRM_BENCHMARK_RETURN_1Y", ""),
		"the CSI 300's one-year return in percent, for the dimensions that compare with it")
	fs.StringVar(&c.DemoPassword, "password", env("CRM_DEMO_PASSWORD", "crm-demo-2024"), "password of the demo users")
}

// secret returns the token secret, refusing the development default in
// production.
func (c *Config) secret() ([]byte, error) {
	if c.Secret != "" {
		return []byte(c.Secret), nil
	}
	if c.Production {
		return nil, fmt.Errorf("CRM_SECRET must be set in production")
	}
	return []byte(devSecret), nil
}

func env(name, def string) string {
	if v, ok := os.LookupEnv(name); ok && v != "" {
		return v
	}
	return def
}

func envBool(name string, def bool) bool {
	b, err := strconv.ParseBool(env(name, strconv.FormatBool(def)))
	if err != nil {
		return def
	}
	return b
}

func envInt(name string, def int64) int64 {
	n, err := strconv.ParseInt(env(name, ""), 10, 64)
	if err != nil {
		return def
	}
	return n
}

func envDuration(name string, def time.Duration) time.Duration {
	d, err := time.ParseDuration(env(name, ""))
	if err != nil {
		return def
	}
	return d
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// metricsOptions are the refresh options the configuration sets. A
// benchmark return that is not a decimal was refused by validate.
func (c *Config) metricsOptions() refresh.Options {
	var opts refresh.Options
	if r, err := money.Parse(c.BenchmarkReturn); err == nil && c.BenchmarkReturn != "" {
		opts.BenchmarkReturn = &r
	}
	return opts
}

// metricsSchedule is when serve refreshes metrics.
func (c *Config) metricsSchedule() (refresh.Schedule, error) {
	if c.BenchmarkReturn != "" {
		if _, err := money.Parse(c.BenchmarkReturn); err != nil {
			return refresh.Schedule{}, fmt.Errorf("CRM_BENCHMARK_RETURN_1Y: %w", err)
		}
	}
	at, err := time.Parse("15:04", c.MetricsFullAt)
	if err != nil {
		return refresh.Schedule{}, fmt.Errorf("CRM_METRICS_FULL_AT: want HH:MM, got %q", c.MetricsFullAt)
	}
	return refresh.Schedule{
		Every:   c.MetricsInterval,
		FullAt:  time.Duration(at.Hour())*time.Hour + time.Duration(at.Minute())*time.Minute,
		Options: c.metricsOptions(),
	}, nil
}
