package refresh_test

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	catalogue "github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/clientmetrics/refresh"
	"github.com/brokercrm/crm/clientview"
	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/store/bulk"
)

func TestMain(m *testing.M) { crmtest.Main(m) }

// now is when the tests' refreshes run: the afternoon of the seed's day.
var now = crmtest.MetricsAsOf

// stored reads the given columns of every client's metrics, as text, by
// client id.
func stored(t *testing.T, db *store.DB, columns ...string) map[int][]string {
	t.Helper()
	exprs := make([]string, len(columns))
	for i, c := range columns {
		empty := "'-'"
		if m, ok := catalogue.Lookup(c); ok && m.Sparse {
			empty = "'0'" // a sparse metric's NULL is its zero
		}
		exprs[i] = "COALESCE(CAST(" + c + " AS TEXT), " + empty + ")"
		if strings.HasSuffix(c, "_on") {
			exprs[i] = "COALESCE(SUBSTR(CAST(" + c + " AS TEXT), 1, 10), '-')"
		}
	}
	rows, err := db.SQL.Query("SELECT id, " + strings.Join(exprs, ", ") +
		" FROM client_metrics JOIN client_metrics_more USING (id) ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[int][]string{}
	for rows.Next() {
		var id int
		vals := make([]string, len(columns))
		dests := []any{&id}
		for i := range vals {
			dests = append(dests, &vals[i])
		}
		if err := rows.Scan(dests...); err != nil {
			t.Fatal(err)
		}
		out[id] = vals
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

func count(t *testing.T, db *store.DB, q string, args ...any) int {
	t.Helper()
	if db.Dialect == dialect.Postgres {
		q = bulk.Numbered(q)
	}
	var n int
	if err := db.SQL.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func units(d money.Decimal) string { return fmt.Sprint(d.Units()) }

func day(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.In(time.FixedZone("CST", 8*3600)).Format("2006-01-02")
}

// TestFullAgreesWithThe360View refreshes every client and compares the
// stored figures with those the 360 view computes its own way, one client
// at a time, on both databases.
func TestFullAgreesWithThe360View(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := context.Background()
		res, err := refresh.Full(ctx, env.DB, refresh.Options{Now: now, BatchSize: 70})
		if err != nil {
			t.Fatal(err)
		}
		clients := count(t, env.DB, "SELECT count(*) FROM customers")
		if res.Clients != clients || count(t, env.DB, "SELECT count(*) FROM client_metrics") != clients {
			t.Fatalf("refreshed %d clients, want all %d", res.Clients, clients)
		}
		got := stored(t, env.DB, "total_assets", "cash", "market_value", "margin_debt", "unrealised_pnl",
			"net_inflow_30d", "net_inflow_90d", "net_inflow_365d", "last_trade_on", "last_contact_on",
			"commission_365d", "fees_365d", "margin_interest_365d", "assets_year_ago")
		allow := privacy.DecisionContext(ctx, privacy.Allow)
		checked := 0
		for id, row := range got {
			s, err := clientview.SummaryOf(allow, env.DB.Client, id, now)
			if err != nil {
				t.Fatal(err)
			}
			c, err := clientview.ContributionOf(allow, env.DB.Client, id, now)
			if err != nil {
				t.Fatal(err)
			}
			want := []string{units(s.TotalAssets), units(s.Cash), units(s.MarketValue), units(s.MarginDebt),
				units(s.UnrealisedPnl), units(s.NetInflow30d), units(s.NetInflow90d), units(s.NetInflow365d),
				day(s.LastTradeAt), day(s.LastContactAt), units(c.Last12Months.Commission), units(c.Last12Months.Fees),
				units(c.Last12Months.MarginInterest)}
			for i, w := range want {
				if row[i] != w {
					t.Errorf("client %d: stored %s = %s, the 360 view says %s", id, []string{"total_assets", "cash",
						"market_value", "margin_debt", "unrealised_pnl", "net_inflow_30d", "net_inflow_90d",
						"net_inflow_365d", "last_trade_on", "last_contact_on", "commission_365d", "fees_365d",
						"margin_interest_365d"}[i], row[i], w)
				}
			}
			if s.Assets12MonthsAgo != nil && row[13] == "-" {
				t.Errorf("client %d has assets a year ago in the 360 view but none stored", id)
			}
			checked++
		}
		if checked != clients {
			t.Fatalf("checked %d clients of %d", checked, clients)
		}
	})
}

// TestChanged refreshes only the clients marked since the last refresh
// (and clients without metrics), and keeps marks made after it began.
func TestChanged(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := context.Background()
		db := env.DB
		if _, err := refresh.Full(ctx, db, refresh.Options{Now: now}); err != nil {
			t.Fatal(err)
		}
		if n := count(t, db, "SELECT count(*) FROM metrics_marks"); n != 0 {
			t.Fatalf("%d marks left after a full refresh", n)
		}
		var traded, later, fresh int
		rebind := func(q string) string {
			if db.Dialect == dialect.Postgres {
				return bulk.Numbered(q)
			}
			return q
		}
		exec := func(q string, args ...any) {
			t.Helper()
			if _, err := db.SQL.Exec(rebind(q), args...); err != nil {
				t.Fatal(err)
			}
		}
		// A client trades, and is marked.
		var accountID, instrumentID int
		if err := db.SQL.QueryRow("SELECT a.client_id, a.id FROM accounts a WHERE a.type = 'SECURITIES' ORDER BY a.id LIMIT 1").
			Scan(&traded, &accountID); err != nil {
			t.Fatal(err)
		}
		if err := db.SQL.QueryRow("SELECT id FROM instruments ORDER BY id LIMIT 1").Scan(&instrumentID); err != nil {
			t.Fatal(err)
		}
		before := stored(t, db, "trades_30d", "trade_amount_30d")[traded]
		exec("INSERT INTO trades (trade_no, account_id, client_id, instrument_id, side, quantity, price, amount, commission, fees, traded_at, channel) "+
			"VALUES ('T-metrics', ?, ?, ?, 'BUY', 1000000, 100000, 10000000000, 25000, 100, ?, 'APP')",
			accountID, traded, instrumentID, now.Add(-time.Hour))
		exec("INSERT INTO metrics_marks (client_id, marked_at) VALUES (?, ?)", traded, now.Add(-time.Minute))
		// Another is marked after the refresh begins: the mark stays.
		if err := db.SQL.QueryRow(rebind("SELECT id FROM customers WHERE id <> ? ORDER BY id DESC LIMIT 1"), traded).Scan(&later); err != nil {
			t.Fatal(err)
		}
		exec("INSERT INTO metrics_marks (client_id, marked_at) VALUES (?, ?)", later, time.Now().Add(time.Hour))
		// A client without metrics (added behind the CRM's back) is found.
		if err := db.SQL.QueryRow(rebind("SELECT id FROM customers WHERE id NOT IN (?, ?) ORDER BY id LIMIT 1"), traded, later).Scan(&fresh); err != nil {
			t.Fatal(err)
		}
		exec("DELETE FROM client_metrics WHERE id = ?", fresh)

		res, err := refresh.Changed(ctx, db, refresh.Options{Now: now})
		if err != nil {
			t.Fatal(err)
		}
		if res.Clients != 3 {
			t.Errorf("refreshed %d clients, want 3 (traded, marked later, missing)", res.Clients)
		}
		after := stored(t, db, "trades_30d", "trade_amount_30d")
		if want := fmt.Sprint(atoi(t, before[0]) + 1); after[traded][0] != want {
			t.Errorf("trades_30d of the client who traded = %s, want %s", after[traded][0], want)
		}
		if want := fmt.Sprint(atoi(t, before[1]) + 10_000_000_000); after[traded][1] != want {
			t.Errorf("trade_amount_30d of the client who traded = %s, want %s", after[traded][1], want)
		}
		if after[fresh] == nil {
			t.Error("the client without metrics was not refreshed")
		}
		if n := count(t, db, "SELECT count(*) FROM metrics_marks WHERE client_id = ?", traded); n != 0 {
			t.Error("the refreshed client's mark was not removed")
		}
		if n := count(t, db, "SELECT count(*) FROM metrics_marks WHERE client_id = ?", later); n != 1 {
			t.Error("a mark made after the refresh began was removed")
		}
	})
}

func atoi(t *testing.T, s string) int64 {
	t.Helper()
	var n int64
	if _, err := fmt.Sscan(s, &n); err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return n
}

// TestSchedule runs the server's schedule: a client marked while it runs
// is refreshed at its next turn.
func TestSchedule(t *testing.T) {
	env := crmtest.New(t, dialect.SQLite)
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		refresh.Schedule{Every: 20 * time.Millisecond, FullAt: 2 * time.Hour}.Run(ctx, env.DB, slog.New(slog.DiscardHandler))
	}()
	defer func() { stop(); <-done }()
	var id int
	if err := env.DB.SQL.QueryRow("SELECT id FROM customers ORDER BY id LIMIT 1").Scan(&id); err != nil {
		t.Fatal(err)
	}
	before := count(t, env.DB, "SELECT count(*) FROM client_metrics WHERE id = ? AND refreshed_at > ?", id, crmtest.MetricsAsOf)
	if _, err := env.DB.SQL.Exec("INSERT INTO metrics_marks (client_id, marked_at) VALUES (?, ?)", id, time.Now()); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if count(t, env.DB, "SELECT count(*) FROM metrics_marks WHERE client_id = ?", id) == 0 {
			if n := count(t, env.DB, "SELECT count(*) FROM client_metrics WHERE id = ? AND refreshed_at > ?", id, crmtest.MetricsAsOf); n != 1 || before != 0 {
				t.Errorf("the mark is gone but the client was not refreshed (%d, before %d)", n, before)
			}
			return
		}
	}
	t.Fatal("the schedule did not refresh the marked client")
}

// TestLogins counts a client's own logins: client1 logs in through the
// API, and the refresh sees the day and the count.
func TestLogins(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := context.Background()
		env.Login(t, "client1")
		env.Login(t, "client1")
		var clientID int
		if err := env.DB.SQL.QueryRow("SELECT client_id FROM users WHERE username = 'client1'").Scan(&clientID); err != nil {
			t.Fatal(err)
		}
		now := time.Now()
		if _, err := refresh.Full(ctx, env.DB, refresh.Options{Now: now}); err != nil {
			t.Fatal(err)
		}
		got := stored(t, env.DB, "last_login_on", "logins_30d", "days_since_last_login")[clientID]
		today := now.In(time.FixedZone("CST", 8*3600)).Format(time.DateOnly)
		if got[0] != today || got[1] != "2" || got[2] != "0" {
			t.Errorf("last login %s, %s logins in 30 days, %s days since; want %s, 2, 0", got[0], got[1], got[2], today)
		}
	})
}
