// Package crmtest runs tests against the real GraphQL handler on a real
// database — SQLite and PostgreSQL — filled by the demo seed. Each test
// gets its own copy of a database seeded once per test binary.
package crmtest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/clientmetrics/refresh"
	"github.com/brokercrm/crm/httpapi"
	"github.com/brokercrm/crm/ingest"
	"github.com/brokercrm/crm/metrics"
	"github.com/brokercrm/crm/ordering"
	"github.com/brokercrm/crm/payment"
	"github.com/brokercrm/crm/pgtest"
	"github.com/brokercrm/crm/schemeops"
	"github.com/brokercrm/crm/seed"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/suitability"
	"github.com/brokercrm/crm/webhook"
)

// Password is the demo users' password in tests.
const Password = "test-pass-2024"

// SeedOptions is the demo data every test starts from.
// MetricsAsOf is when the template's metrics were computed: the
// afternoon of the seed's day.
var MetricsAsOf = SeedOptions.Today.Add(15 * time.Hour)

var SeedOptions = seed.Options{Seed: 7, Clients: 300, Password: Password, Today: time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)}

// Env is one test's database and server.
type Env struct {
	DB      *store.DB
	URL     string // the database's URL, for another process to open
	Handler http.Handler
	Metrics *metrics.Metrics
	Auth    *auth.Service
	// Gateway is the simulated payment gateway orders are paid through;
	// tests make it decline or time out.
	Gateway *payment.Simulated
	Orders  *ordering.Service
	// Imports runs the uploads of startImport.
	Imports *ingest.Runner
}

// Dialects runs f once on SQLite and once on PostgreSQL, each with a fresh
// seeded database.
func Dialects(t *testing.T, f func(t *testing.T, env *Env)) {
	for _, d := range []string{dialect.SQLite, dialect.Postgres} {
		t.Run(d, func(t *testing.T) { f(t, New(t, d)) })
	}
}

// DefaultConfig is the HTTP configuration of New.
var DefaultConfig = httpapi.Config{GraphiQL: true, RequestTimeout: 30 * time.Second, MaxBodyBytes: 1 << 20}

// New returns an Env on a fresh copy of the seeded database of dialect d.
func New(t testing.TB, d string) *Env { return NewWithConfig(t, d, DefaultConfig) }

// NewWithConfig is New with another HTTP configuration.
func NewWithConfig(t testing.TB, d string, cfg httpapi.Config) *Env {
	t.Helper()
	ctx := context.Background()
	url := freshDatabase(t, d)
	m := metrics.New()
	db, err := store.Open(ctx, url, store.Options{OnStatement: m.ObserveStatement})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	logger := slog.New(slog.NewTextHandler(testLog(), nil))
	authService := auth.NewService(db.Client, []byte("test secret"), time.Hour)
	db.Client.Use(webhook.Hooks(authService.ViewerOfKey)...)
	db.Client.Use(refresh.MarkChanges())
	gateway := payment.NewSimulated()
	orders := ordering.New(suitability.DefaultRules(), gateway, []byte("test secret"))
	runCtx, stop := context.WithCancel(ctx)
	imports, err := ingest.NewRunner(runCtx, db, t.TempDir(), logger)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { stop(); imports.Wait() })
	h := httpapi.New(cfg, httpapi.Deps{
		Client:  db.Client,
		SQL:     db.SQL,
		Auth:    authService,
		Metrics: m,
		Logger:  logger,
		Orders:  orders,
		Imports: imports,
	})
	return &Env{DB: db, URL: url, Handler: h, Metrics: m, Auth: authService, Gateway: gateway, Orders: orders, Imports: imports}
}

var (
	templatesMu sync.Mutex
	templates   = map[string]*template{} // by dialect
)

type template struct {
	url string // sqlite file path or postgres template database name
	err error
}

// freshDatabase returns the URL of a new database holding the seed.
func freshDatabase(t testing.TB, d string) string {
	tpl := seededTemplate(t, d)
	if d == dialect.SQLite {
		dst := filepath.Join(t.TempDir(), "crm.db")
		data, err := os.ReadFile(tpl.url)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return "sqlite:" + dst
	}
	pgtest.SetTemplate(tpl.url)
	return pgtest.NewDatabase(t)
}

// seededTemplate migrates and seeds a database once per test binary.
func seededTemplate(t testing.TB, d string) *template {
	templatesMu.Lock()
	defer templatesMu.Unlock()
	if tpl, ok := templates[d]; ok {
		if tpl.err != nil {
			t.Fatal(tpl.err)
		}
		return tpl
	}
	tpl := &template{}
	tpl.url, tpl.err = buildTemplate(t, d)
	templates[d] = tpl
	if tpl.err != nil {
		t.Fatal(tpl.err)
	}
	return tpl
}

func buildTemplate(t testing.TB, d string) (string, error) {
	ctx := context.Background()
	var url, ref string
	if d == dialect.SQLite {
		dir, err := os.MkdirTemp("", "crmtest-*")
		if err != nil {
			return "", err
		}
		ref = filepath.Join(dir, "template.db")
		url = "sqlite:" + ref
	} else {
		pg := pgtest.Require(t)
		ref = "crm_template"
		if err := pg.CreateDatabase(ref, ""); err != nil {
			return "", err
		}
		url = pg.URL(ref)
	}
	db, err := store.Open(ctx, url, store.Options{})
	if err != nil {
		return "", err
	}
	defer db.Close()
	if _, err := db.Migrate(ctx); err != nil {
		return "", err
	}
	if _, err := seed.Run(ctx, db, SeedOptions); err != nil {
		return "", fmt.Errorf("seed %s template: %w", d, err)
	}
	// What `crm seed` does next: the shipped configuration and the
	// demo's dimensions, computed on its day.
	if err := schemeops.Install(ctx, db.Client); err != nil {
		return "", err
	}
	if err := refresh.SyncDimensions(ctx, db.Client); err != nil {
		return "", err
	}
	if _, err := refresh.Full(ctx, db, refresh.Options{Now: MetricsAsOf}); err != nil {
		return "", fmt.Errorf("compute the %s template's metrics: %w", d, err)
	}
	if d == dialect.SQLite {
		// Fold the WAL into the file so that copying the file copies it all.
		if _, err := db.SQL.ExecContext(ctx, "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
			return "", err
		}
	}
	return ref, nil
}

// Response is a GraphQL response.
type Response struct {
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Path       []any          `json:"path"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
	Status int `json:"-"`
}

// Code returns the extensions.code of the first error, or "".
func (r Response) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	code, _ := r.Errors[0].Extensions["code"].(string)
	return code
}

// Decode unmarshals the data into v, failing the test on GraphQL errors.
func (r Response) Decode(t testing.TB, v any) {
	t.Helper()
	if len(r.Errors) > 0 {
		t.Fatalf("unexpected GraphQL errors: %+v", r.Errors)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		t.Fatalf("decode %s: %v", r.Data, err)
	}
}

// Do posts a GraphQL request with token (may be empty) and returns the
// response.
func (e *Env) Do(t testing.TB, token, query string, vars map[string]any) Response {
	t.Helper()
	return e.DoContext(t, context.Background(), token, query, vars)
}

// DoContext is Do with the request's context, for instance one that
// counts or logs the statements the request sends (store).
func (e *Env) DoContext(t testing.TB, ctx context.Context, token, query string, vars map[string]any) Response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body)).WithContext(ctx)
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	e.Handler.ServeHTTP(rec, req)
	var resp Response
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatalf("response is not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	resp.Status = rec.Code
	return resp
}

// Login logs username in with the demo password and returns the token.
func (e *Env) Login(t testing.TB, username string) string {
	t.Helper()
	var data struct {
		Login struct{ Token string }
	}
	e.Do(t, "", `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
		map[string]any{"u": username, "p": Password}).Decode(t, &data)
	return data.Login.Token
}

// Main runs a test binary that uses crmtest: cheap password hashing (the
// tests log in often), then the tests, then it removes the seeded
// templates and stops the shared PostgreSQL.
func Main(m *testing.M) {
	auth.Params.Memory, auth.Params.Iterations = 1024, 1
	code := m.Run()
	templatesMu.Lock()
	if tpl := templates[dialect.SQLite]; tpl != nil && tpl.url != "" {
		_ = os.RemoveAll(filepath.Dir(tpl.url))
	}
	templatesMu.Unlock()
	pgtest.StopShared()
	os.Exit(code)
}

// testLog is where the server logs in tests: nowhere, unless CRM_TEST_LOG
// is set (then stderr), to see why a request failed.
func testLog() io.Writer {
	if os.Getenv("CRM_TEST_LOG") != "" {
		return os.Stderr
	}
	return io.Discard
}
