package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest/measure"
	"github.com/brokercrm/crm/tune"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/httpapi"
	"github.com/brokercrm/crm/metrics"
	"github.com/brokercrm/crm/ordering"
	"github.com/brokercrm/crm/payment"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/suitability"
)

const benchClients = `query BenchClients($first: Int!) {
  customers(first: $first, orderBy: [{field: CLIENT_NO}]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id clientNo name status phone openedOn investorClass
      branch { name } advisor { displayName }
      accounts(first: 10) { totalCount edges { node { id accountNo type market status cashBalance } } }
    } }
  }
}`

// benchEnv is the database the benchmark reads: CRM_BENCH_DATABASE_URL
// (e.g. PostgreSQL seeded with `crm seed --clients 1000000`, whose demo
// password is CRM_DEMO_PASSWORD), else the small SQLite test seed.
func benchEnv(b *testing.B) (*crmtest.Env, string) {
	tune.GC() // as the server runs
	url := os.Getenv("CRM_BENCH_DATABASE_URL")
	if url == "" {
		return crmtest.New(b, dialect.SQLite), crmtest.Password
	}
	db, err := store.Open(context.Background(), url, store.Options{MaxOpenConns: 8})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = db.Close() })
	m := metrics.New()
	h := httpapi.New(crmtest.DefaultConfig, httpapi.Deps{
		Client: db.Client, SQL: db.SQL, Metrics: m,
		Auth:   auth.NewService(db.Client, []byte("bench"), time.Hour),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Orders: ordering.New(suitability.DefaultRules(), payment.NewSimulated(), []byte("bench")),
	})
	pw := os.Getenv("CRM_DEMO_PASSWORD")
	if pw == "" {
		pw = "crm-demo-2024"
	}
	return &crmtest.Env{DB: db, Handler: h, Metrics: m}, pw
}

func login(b *testing.B, env *crmtest.Env, username, password string) string {
	var data struct{ Login struct{ Token string } }
	env.Do(b, "", `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
		map[string]any{"u": username, "p": password}).Decode(b, &data)
	return data.Login.Token
}

// BenchmarkClientsConnection measures clients(first: N) with each client's
// accounts nested, as the client list shows them. Besides ns/op it reports
// the p50 and p95 latency and the SQL statements per request, which must
// not grow with N.
func BenchmarkClientsConnection(b *testing.B) {
	env, password := benchEnv(b)
	for _, user := range []string{"advisor1", "hq1"} {
		token := login(b, env, user, password)
		for _, first := range []int{10, 50, 200} {
			b.Run(user+"/first="+itoa(first), func(b *testing.B) {
				body, _ := json.Marshal(map[string]any{"query": benchClients, "variables": map[string]any{"first": first}})
				var took []time.Duration
				var statements int64
				for b.Loop() {
					ctx, counter := store.WithStatementCounter(context.Background())
					req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body)).WithContext(ctx)
					req.Header.Set("Content-Type", "application/json")
					req.Header.Set("Authorization", "Bearer "+token)
					rec := httptest.NewRecorder()
					start := time.Now()
					env.Handler.ServeHTTP(rec, req)
					took = append(took, time.Since(start))
					if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
						b.Fatalf("%d %s", rec.Code, rec.Body.String())
					}
					statements = counter.Load() // the same for every request
				}
				measure.Latency(b, took)
				b.ReportMetric(float64(statements), "sql/op")
			})
		}
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
