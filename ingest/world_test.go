package ingest_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/crmtest"
)

// world is what a seeded database has for import files to refer to.
type world struct {
	env         *crmtest.Env
	accounts    []string // securities account numbers
	clients     []string // client numbers
	instruments []instrument
	branches    []string // branch codes
	products    []string // product codes
}

type instrument struct{ code, market string }

func newWorld(t *testing.T, env *crmtest.Env) *world {
	t.Helper()
	w := &world{env: env}
	ctx := context.Background()
	w.accounts = w.strings(t, ctx, "SELECT account_no FROM accounts WHERE type = 'SECURITIES' ORDER BY id LIMIT 50")
	w.clients = w.strings(t, ctx, "SELECT client_no FROM customers ORDER BY id LIMIT 50")
	w.branches = w.strings(t, ctx, "SELECT code FROM branches ORDER BY id")
	w.products = w.strings(t, ctx, "SELECT code FROM products ORDER BY id LIMIT 10")
	rows, err := env.DB.SQL.QueryContext(ctx, "SELECT code, market FROM instruments WHERE type = 'STOCK' ORDER BY id LIMIT 20")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var i instrument
		if err := rows.Scan(&i.code, &i.market); err != nil {
			t.Fatal(err)
		}
		w.instruments = append(w.instruments, i)
	}
	return w
}

func (w *world) strings(t *testing.T, ctx context.Context, q string, args ...any) []string {
	t.Helper()
	rows, err := w.env.DB.SQL.QueryContext(ctx, w.q(q), args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// count runs a COUNT query.
func (w *world) count(t *testing.T, q string, args ...any) int {
	t.Helper()
	var n int
	if err := w.env.DB.SQL.QueryRowContext(context.Background(), w.q(q), args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// q rewrites ? placeholders for PostgreSQL.
func (w *world) q(query string) string {
	if w.env.DB.Dialect != dialect.Postgres {
		return query
	}
	var b strings.Builder
	n := 0
	for _, c := range query {
		if c == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
