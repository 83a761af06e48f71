package graph_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/crmtest/measure"
	"github.com/brokercrm/crm/store"
)

// BenchmarkClient360 measures the client page's main query (header,
// summary, accounts, top 20 holdings, last 20 trades, last 20 timeline
// items; graph/testdata/client360.graphql) for advisor1's client with the
// most trades:
//
//   - graphql: one request at a time; p50, p95 and SQL statements per request.
//   - handwritten: the same data read by the smallest hand-written SQL,
//     straight from database/sql, for the ratio to graphql.
//   - concurrent-32: 32 requests at a time; requests per second.
//   - handwritten-concurrent-32: the hand-written reads 32 at a time, the
//     ceiling this machine allows.
//   - paired: one request and one hand-written read in turn, so that both
//     run in the same seconds of a machine whose speed drifts; p50 of each
//     and their ratio.
//
// Besides time, the concurrent runs report the CPU time this process spent
// per request (cpu-ms/op: Go's share; PostgreSQL's is not in it), which
// bounds the requests per second two cores can serve.
//
// Run it on a big database with CRM_BENCH_DATABASE_URL (see README).
func BenchmarkClient360(b *testing.B) {
	env, password := benchEnv(b)
	token := login(b, env, "advisor1", password)
	clientID := busiestClientOf(b, env, "advisor1")
	body, _ := json.Marshal(map[string]any{"query": client360Query, "variables": map[string]any{"id": strconv.Itoa(clientID)}})
	// do returns an error rather than failing the benchmark itself: the
	// concurrent runs call it from their workers, where b.Fatal would end
	// only the worker and leave the benchmark waiting for it.
	do := func(ctx context.Context) error {
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body)).WithContext(ctx)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		rec := httptest.NewRecorder()
		env.Handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
			return fmt.Errorf("%d %s", rec.Code, rec.Body.String())
		}
		return nil
	}

	b.Run("graphql", func(b *testing.B) {
		var took []time.Duration
		var statements int64
		for b.Loop() {
			ctx, counter := store.WithStatementCounter(context.Background())
			start := time.Now()
			if err := do(ctx); err != nil {
				b.Fatal(err)
			}
			took = append(took, time.Since(start))
			statements = counter.Load()
		}
		measure.Latency(b, took)
		b.ReportMetric(float64(statements), "sql/op")
	})
	handwritten := handwritten360(b, env.DB.SQL, env.DB.Dialect)
	b.Run("handwritten", func(b *testing.B) {
		var took []time.Duration
		for b.Loop() {
			start := time.Now()
			if err := handwritten(clientID, nil); err != nil {
				b.Fatal(err)
			}
			took = append(took, time.Since(start))
		}
		measure.Latency(b, took)
	})
	b.Run("concurrent-32", func(b *testing.B) {
		measure.Throughput(b, 32, func() {
			if err := do(context.Background()); err != nil {
				b.Error(err)
			}
		})
	})
	b.Run("handwritten-concurrent-32", func(b *testing.B) {
		measure.Throughput(b, 32, func() {
			if err := handwritten(clientID, nil); err != nil {
				b.Error(err)
			}
		})
	})
	b.Run("paired", func(b *testing.B) {
		var api, hand []time.Duration
		for b.Loop() {
			start := time.Now()
			if err := do(context.Background()); err != nil {
				b.Fatal(err)
			}
			middle := time.Now()
			if err := handwritten(clientID, nil); err != nil {
				b.Fatal(err)
			}
			api, hand = append(api, middle.Sub(start)), append(hand, time.Since(middle))
		}
		p50, handP50 := measure.Percentile(api, 50), measure.Percentile(hand, 50)
		b.ReportMetric(measure.MS(p50), "p50-ms")
		b.ReportMetric(measure.MS(handP50), "handwritten-p50-ms")
		b.ReportMetric(float64(p50)/float64(handP50), "ratio")
	})
}

// busiestClientOf is the advisor's client with the most trades: the page
// with the most to show.
func busiestClientOf(tb testing.TB, env *crmtest.Env, advisor string) int {
	q := `SELECT t.client_id FROM trades t JOIN customers c ON c.id = t.client_id
	      JOIN users u ON u.id = c.advisor_id WHERE u.username = $1
	      GROUP BY t.client_id ORDER BY count(*) DESC, t.client_id LIMIT 1`
	if env.DB.Dialect == dialect.SQLite {
		q = `SELECT t.client_id FROM trades t JOIN customers c ON c.id = t.client_id
		     JOIN users u ON u.id = c.advisor_id WHERE u.username = ?
		     GROUP BY t.client_id ORDER BY count(*) DESC, t.client_id LIMIT 1`
	}
	var id int
	if err := env.DB.SQL.QueryRow(q, advisor).Scan(&id); err != nil {
		tb.Fatal(err)
	}
	return id
}

// handwritten360 reads what the page's main query shows with the fewest
// statements we could write by hand: the client with advisor, branch,
// current assessment and the summary figures in one; then tags, accounts,
// holdings (all, for the allocation and weights) and trades; and the
// timeline as one UNION ALL, with what its titles are made of. It skips what the API adds on top: sessions,
// access rules, masking and the audit of personal data reads. The
// statements are prepared once, as the API's are (store's statement
// cache), so the comparison is of the work, not of planning.
//
// The returned function reads the page of clientID. Given a row function,
// it also scans each row and passes it on, by column name, with its
// statement's index (see the handwritten* constants); TestHandwritten360
// uses that to check that these statements read what the page shows.
func handwritten360(tb testing.TB, db *sql.DB, dia string) func(clientID int, row func(statement int, columns map[string]any)) error {
	p := func(q string) string {
		if dia == dialect.SQLite {
			return q
		}
		out := []byte{}
		n := 0
		for i := 0; i < len(q); i++ {
			if q[i] == '?' {
				n++
				out = append(out, '$')
				out = strconv.AppendInt(out, int64(n), 10)
				continue
			}
			out = append(out, q[i])
		}
		return string(out)
	}
	type statement struct {
		query string
		args  func(clientID int, now time.Time) []any
	}
	byClient := func(clientID int, _ time.Time) []any { return []any{clientID} }
	statements := []statement{
		{`SELECT c.id, c.client_no, c.name, c.kind, c.status, c.investor_class, c.opened_on, c.id_number, c.phone, c.email,
		    u.id AS advisor_id, u.display_name AS advisor_name, b.id AS branch_id, b.name AS branch_name,
		    r.level AS risk_level, r.lowest_category, r.expires_at, r.horizon,
		    (SELECT COALESCE(SUM(cash_balance), 0) FROM accounts WHERE client_id = c.id) AS cash,
		    (SELECT COALESCE(SUM(margin_debt), 0) FROM accounts WHERE client_id = c.id) AS margin_debt,
		    (SELECT COALESCE(SUM(market_value), 0) FROM holdings WHERE client_id = c.id) AS market_value,
		    (SELECT COALESCE(SUM(cost), 0) FROM holdings WHERE client_id = c.id) AS cost,
		    (SELECT COALESCE(SUM(amount), 0) FROM cash_flows WHERE client_id = c.id AND type IN ('DEPOSIT', 'WITHDRAWAL', 'BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT') AND occurred_at >= ?) AS inflow_30d,
		    (SELECT COALESCE(SUM(amount), 0) FROM cash_flows WHERE client_id = c.id AND type IN ('DEPOSIT', 'WITHDRAWAL', 'BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT') AND occurred_at >= ?) AS inflow_90d,
		    (SELECT COALESCE(SUM(amount), 0) FROM cash_flows WHERE client_id = c.id AND type IN ('DEPOSIT', 'WITHDRAWAL', 'BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT') AND occurred_at >= ?) AS inflow_365d,
		    (SELECT MAX(traded_at) FROM trades WHERE client_id = c.id) AS last_trade_at,
		    (SELECT MAX(occurred_at) FROM interactions WHERE client_id = c.id) AS last_contact_at,
		    (SELECT total_assets FROM asset_snapshots WHERE client_id = c.id AND as_of <= ? ORDER BY as_of DESC LIMIT 1) AS assets_12_months_ago
		  FROM customers c LEFT JOIN users u ON u.id = c.advisor_id JOIN branches b ON b.id = c.branch_id
		  LEFT JOIN risk_assessments r ON r.id = (SELECT id FROM risk_assessments WHERE client_id = c.id ORDER BY assessed_at DESC LIMIT 1)
		  WHERE c.id = ?`,
			func(clientID int, now time.Time) []any {
				return []any{now.AddDate(0, 0, -30), now.AddDate(0, 0, -90), now.AddDate(-1, 0, 0), now.AddDate(-1, 0, 0), clientID}
			}},
		{`SELECT t.id, t.name, t.color FROM tags t JOIN customer_tags ct ON ct.tag_id = t.id WHERE ct.customer_id = ? ORDER BY t.id LIMIT 20`,
			byClient},
		{`SELECT id, account_no, type, market, status, cash_balance, margin_debt FROM accounts WHERE client_id = ? ORDER BY id LIMIT 10`,
			byClient},
		{`SELECT h.id, h.quantity, h.cost, h.market_value, i.code AS instrument_code, i.name AS instrument_name,
		    i.type AS instrument_type, p.code AS product_code, p.name AS product_name, p.type AS product_type
		  FROM holdings h LEFT JOIN instruments i ON i.id = h.instrument_id LEFT JOIN products p ON p.id = h.product_id
		  WHERE h.client_id = ? ORDER BY h.market_value DESC`, byClient},
		{`SELECT t.id, t.side, t.quantity, t.price, t.amount, t.commission, t.traded_at, i.code AS instrument_code, i.name AS instrument_name
		  FROM trades t JOIN instruments i ON i.id = t.instrument_id WHERE t.client_id = ? ORDER BY t.traded_at DESC, t.id DESC LIMIT 20`,
			byClient},
		// Each kind's newest rows with what its title is made of (side,
		// quantity and security for a trade, the product of an order…).
		{`SELECT * FROM (
		    SELECT 'TRADE' AS kind, id, at, amount, quantity, a, b, c, CAST(NULL AS BIGINT) AS score FROM (
		      SELECT t.id, t.traded_at AS at, t.amount, t.quantity, t.side AS a, i.code AS b, i.name AS c
		      FROM trades t LEFT JOIN instruments i ON i.id = t.instrument_id WHERE t.client_id = ? ORDER BY t.traded_at DESC, t.id DESC LIMIT 21) a
		    UNION ALL SELECT 'CASH_FLOW', id, occurred_at, amount, NULL, type, NULL, NULL, NULL FROM (
		      SELECT id, occurred_at, amount, type FROM cash_flows WHERE client_id = ? ORDER BY occurred_at DESC, id DESC LIMIT 21) b
		    UNION ALL SELECT 'INTERACTION', id, occurred_at, NULL, NULL, summary, NULL, NULL, NULL FROM (
		      SELECT id, occurred_at, summary FROM interactions WHERE client_id = ? ORDER BY occurred_at DESC, id DESC LIMIT 21) c
		    UNION ALL SELECT 'ORDER', id, created_at, amount, NULL, NULL, name, NULL, NULL FROM (
		      SELECT o.id, o.created_at, o.amount, p.name FROM sales_orders o LEFT JOIN products p ON p.id = o.product_id
		      WHERE o.client_id = ? ORDER BY o.created_at DESC, o.id DESC LIMIT 21) d
		    UNION ALL SELECT 'STATUS_CHANGE', id, changed_at, NULL, NULL, from_status, to_status, reason, NULL FROM (
		      SELECT id, changed_at, from_status, to_status, reason FROM client_status_changes WHERE client_id = ? ORDER BY changed_at DESC, id DESC LIMIT 21) e
		    UNION ALL SELECT 'PUSH', id, created_at, NULL, NULL, NULL, name, NULL, NULL FROM (
		      SELECT u.id, u.created_at, p.name FROM pushes u LEFT JOIN products p ON p.id = u.product_id
		      WHERE u.client_id = ? ORDER BY u.created_at DESC, u.id DESC LIMIT 21) f
		    UNION ALL SELECT 'ASSESSMENT', id, assessed_at, NULL, NULL, level, NULL, NULL, score FROM (
		      SELECT id, assessed_at, level, score FROM risk_assessments WHERE client_id = ? ORDER BY assessed_at DESC, id DESC LIMIT 21) g
		    UNION ALL SELECT 'ADVISOR_CHANGE', id, changed_at, NULL, NULL, NULL, NULL, reason, NULL FROM (
		      SELECT id, changed_at, reason FROM advisor_assignments WHERE client_id = ? ORDER BY changed_at DESC, id DESC LIMIT 21) h
		  ) timeline ORDER BY at DESC, id DESC LIMIT 21`,
			func(clientID int, _ time.Time) []any { return slices.Repeat([]any{clientID}, 8) }},
	}
	prepared := make([]*sql.Stmt, len(statements))
	for i, s := range statements {
		stmt, err := db.Prepare(p(s.query))
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { stmt.Close() })
		prepared[i] = stmt
	}
	return func(clientID int, row func(statement int, columns map[string]any)) error {
		now := time.Now()
		for i, s := range statements {
			rows, err := prepared[i].Query(s.args(clientID, now)...)
			if err != nil {
				return err
			}
			if err := readRows(rows, i, row); err != nil {
				return err
			}
		}
		return nil
	}
}

// The statements of handwritten360, in order.
const (
	handwrittenHeader = iota
	handwrittenTags
	handwrittenAccounts
	handwrittenHoldings
	handwrittenTrades
	handwrittenTimeline
)

// readRows reads every row, as a server must before it can answer, and
// passes each to row if there is one.
func readRows(rows *sql.Rows, statement int, row func(statement int, columns map[string]any)) error {
	defer rows.Close()
	var names []string
	var values, pointers []any
	if row != nil {
		var err error
		if names, err = rows.Columns(); err != nil {
			return err
		}
		values, pointers = make([]any, len(names)), make([]any, len(names))
		for i := range values {
			pointers[i] = &values[i]
		}
	}
	for rows.Next() {
		if row == nil {
			continue
		}
		if err := rows.Scan(pointers...); err != nil {
			return err
		}
		columns := make(map[string]any, len(names))
		for i, name := range names {
			columns[name] = values[i]
		}
		row(statement, columns)
	}
	return rows.Err()
}
