package graph_test

import (
	"context"
	_ "embed"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/clientops"
	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/account"
	"github.com/brokercrm/crm/ent/cashflow"
	"github.com/brokercrm/crm/ent/clientstatuschange"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/viewer"
)

//go:embed testdata/client360.graphql
var client360Query string

type client360 struct {
	Node struct {
		ClientNo string
		Summary  struct {
			TotalAssets, Cash, MarketValue, MarginDebt, UnrealisedPnl money.Decimal
			NetInflow365d                                             money.Decimal
			LastTradeAt                                               *time.Time
			Assets12MonthsAgo                                         *money.Decimal
		}
		AssetAllocation []struct {
			AssetClass  string
			MarketValue money.Decimal
			Weight      money.Decimal
			Holdings    int
		}
		CreditSummary *struct {
			MarginDebt, Collateral money.Decimal
			MaintenanceRatio       *money.Decimal
		}
		Holdings struct {
			TotalCount int
			Edges      []struct {
				Node struct {
					MarketValue, UnrealisedPnl, Weight money.Decimal
					AssetClass                         string
				}
			}
		}
		Timeline struct {
			Edges []struct {
				Node struct {
					Kind  string
					At    time.Time
					Title string
				}
			}
		}
	}
}

// richClient is the client of the seed with the most trades among those
// with a credit account: the page with the most to show.
func richClient(t *testing.T, db *ent.Client) *ent.Customer {
	t.Helper()
	cs, err := db.Customer.Query().
		Where(customer.HasAccountsWith(account.TypeEQ(account.TypeCREDIT))).
		WithAccounts(func(q *ent.AccountQuery) { q.WithHoldings() }).
		WithHoldings().WithCashFlows().WithTrades().WithAssetSnapshots().
		All(system())
	must(t, err)
	if len(cs) == 0 {
		t.Fatal("the seed has no client with a credit account")
	}
	return mostTrades(cs)
}

// mostTrades is the client with the most trades of cs, whose trades are
// loaded; the first of them on a tie.
func mostTrades(cs []*ent.Customer) *ent.Customer {
	best := cs[0]
	for _, c := range cs {
		if len(c.Edges.Trades) > len(best.Edges.Trades) {
			best = c
		}
	}
	return best
}

func TestClient360Figures(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		c := richClient(t, env.DB.Client)
		var got client360
		env.Do(t, env.Login(t, "compliance1"), client360Query, map[string]any{"id": strconv.Itoa(c.ID)}).Decode(t, &got)
		s := got.Node.Summary

		// The same figures, computed here from the rows.
		var cash, debt, value, cost, inflow, collateral money.Decimal
		for _, a := range c.Edges.Accounts {
			cash, debt = cash.Add(a.CashBalance), debt.Add(a.MarginDebt)
			if a.Type == account.TypeCREDIT {
				collateral = collateral.Add(a.CashBalance)
				for _, h := range a.Edges.Holdings {
					collateral = collateral.Add(h.MarketValue)
				}
			}
		}
		for _, h := range c.Edges.Holdings {
			value, cost = value.Add(h.MarketValue), cost.Add(h.Cost)
		}
		yearAgo := time.Now().AddDate(-1, 0, 0)
		for _, f := range c.Edges.CashFlows {
			switch f.Type {
			case cashflow.TypeDEPOSIT, cashflow.TypeWITHDRAWAL, cashflow.TypeBANK_TRANSFER_IN, cashflow.TypeBANK_TRANSFER_OUT:
				if !f.OccurredAt.Before(yearAgo) {
					inflow = inflow.Add(f.Amount)
				}
			}
		}
		var lastTrade time.Time
		for _, tr := range c.Edges.Trades {
			if tr.TradedAt.After(lastTrade) {
				lastTrade = tr.TradedAt
			}
		}
		if s.Cash != cash || s.MarginDebt != debt || s.MarketValue != value || s.UnrealisedPnl != value.Sub(cost) ||
			s.TotalAssets != cash.Add(value).Sub(debt) || s.NetInflow365d != inflow {
			t.Errorf("summary %+v; want cash %s debt %s value %s pnl %s inflow %s", s, cash, debt, value, value.Sub(cost), inflow)
		}
		if s.LastTradeAt == nil || !s.LastTradeAt.Equal(lastTrade) {
			t.Errorf("last trade %v, want %v", s.LastTradeAt, lastTrade)
		}
		if s.Assets12MonthsAgo == nil {
			t.Error("no assets a year ago, though the seed has thirteen months of snapshots")
		}

		cr := got.Node.CreditSummary
		if cr == nil || cr.MarginDebt != debt || cr.Collateral != collateral || cr.MaintenanceRatio == nil ||
			*cr.MaintenanceRatio != collateral.MulFrac(1_000_000, int64(debt)) {
			t.Errorf("credit %+v; want debt %s collateral %s", cr, debt, collateral)
		}

		var allocated money.Decimal
		holdings := 0
		for _, g := range got.Node.AssetAllocation {
			allocated, holdings = allocated.Add(g.MarketValue), holdings+g.Holdings
		}
		// A client without a credit account has no credit summary, though
		// the summary and the credit figures are read by one statement.
		plain, err := env.DB.Client.Customer.Query().
			Where(customer.Not(customer.HasAccountsWith(account.TypeEQ(account.TypeCREDIT))), customer.HasHoldings()).
			First(system())
		must(t, err)
		var other client360
		env.Do(t, env.Login(t, "compliance1"), client360Query, map[string]any{"id": strconv.Itoa(plain.ID)}).Decode(t, &other)
		if other.Node.CreditSummary != nil || other.Node.Summary.MarketValue.Sign() <= 0 {
			t.Errorf("client %d without a credit account: credit %+v, market value %s",
				plain.ID, other.Node.CreditSummary, other.Node.Summary.MarketValue)
		}

		if allocated != value || holdings != len(c.Edges.Holdings) {
			t.Errorf("allocation covers %s in %d holdings; want %s in %d", allocated, holdings, value, len(c.Edges.Holdings))
		}
		var weights money.Decimal
		for _, e := range got.Node.Holdings.Edges {
			weights = weights.Add(e.Node.Weight)
			if e.Node.AssetClass == "" {
				t.Error("a holding without an asset class")
			}
		}
		if got.Node.Holdings.TotalCount <= 20 && (weights < money.MustParse("99.9") || weights > money.MustParse("100.1")) {
			t.Errorf("the weights of all holdings add up to %s%%", weights)
		}

		items := got.Node.Timeline.Edges
		if len(items) != 20 {
			t.Fatalf("first page of the timeline has %d items", len(items))
		}
		for i := 1; i < len(items); i++ {
			if items[i].Node.At.After(items[i-1].Node.At) {
				t.Errorf("timeline out of order at %d: %v after %v", i, items[i].Node.At, items[i-1].Node.At)
			}
		}
	})
}

// TestTimelinePages walks a client's whole timeline a page at a time and
// checks that every record appears exactly once, newest first.
func TestTimelinePages(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		c := richClient(t, env.DB.Client)
		ctx := system()
		want := len(c.Edges.Trades) + len(c.Edges.CashFlows)
		for _, count := range []func(context.Context) (int, error){
			c.QueryInteractions().Count, c.QueryOrders().Count, c.QueryStatusChanges().Count,
			c.QueryPushes().Count, c.QueryRiskAssessments().Count, c.QueryAdvisorAssignments().Count,
		} {
			k, err := count(ctx)
			must(t, err)
			want += k
		}
		token := env.Login(t, "compliance1")
		seen := map[string]bool{}
		var after any
		var last time.Time
		for page := 0; ; page++ {
			var data struct {
				Node struct {
					Timeline struct {
						Edges []struct {
							Node struct {
								At   time.Time
								Node struct{ ID string }
							}
						}
						PageInfo struct {
							HasNextPage bool
							EndCursor   string
						}
					}
				}
			}
			env.Do(t, token, `query($id: ID!, $after: Cursor) { node(id: $id) { ... on Customer {
			  timeline(first: 7, after: $after) { edges { node { at node { id } } } pageInfo { hasNextPage endCursor } } } } }`,
				map[string]any{"id": strconv.Itoa(c.ID), "after": after}).Decode(t, &data)
			for _, e := range data.Node.Timeline.Edges {
				if seen[e.Node.Node.ID] {
					t.Fatalf("record %s on two pages", e.Node.Node.ID)
				}
				seen[e.Node.Node.ID] = true
				if !last.IsZero() && e.Node.At.After(last) {
					t.Fatalf("page %d goes back in time", page)
				}
				last = e.Node.At
			}
			if !data.Node.Timeline.PageInfo.HasNextPage {
				break
			}
			after = data.Node.Timeline.PageInfo.EndCursor
		}
		if len(seen) != want {
			t.Errorf("the timeline has %d items; the client has %d records", len(seen), want)
		}
		// A filter by kind shows only that kind.
		var data struct {
			Node struct {
				Timeline struct {
					Edges []struct{ Node struct{ Kind string } }
				}
			}
		}
		env.Do(t, token, `query($id: ID!) { node(id: $id) { ... on Customer { timeline(first: 50, kinds: [TRADE]) {
		  edges { node { kind } } } } } }`, map[string]any{"id": strconv.Itoa(c.ID)}).Decode(t, &data)
		if len(data.Node.Timeline.Edges) == 0 {
			t.Error("no trades in the timeline")
		}
		for _, e := range data.Node.Timeline.Edges {
			if e.Node.Kind != "TRADE" {
				t.Errorf("kind %s in a TRADE-only timeline", e.Node.Kind)
			}
		}
	})
}

// TestClient360Statements checks that the page's main query costs the same
// number of SQL statements for a client with little history as for the
// client with the most.
func TestClient360Statements(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		rich := richClient(t, env.DB.Client)
		poor, err := env.DB.Client.Customer.Query().Where(customer.Not(customer.HasTrades())).First(system())
		must(t, err)
		token := env.Login(t, "compliance1")
		count := func(id int) int64 {
			ctx, counter := store.WithStatementCounter(context.Background())
			ctx, log := store.WithStatementLog(ctx)
			var data json.RawMessage
			env.DoContext(t, ctx, token, client360Query, map[string]any{"id": strconv.Itoa(id)}).Decode(t, &data)
			notDistinct(t, log.Statements())
			return counter.Load()
		}
		// Eager loads are skipped where there is nothing to load, so a
		// client with no history may cost a few statements less; none
		// costs more than the bound, however long their history.
		const bound = 17
		r, p := count(rich.ID), count(poor.ID)
		if r > bound || p > r {
			t.Errorf("statements: %d for a client with %d trades, %d for one with none; the bound is %d",
				r, len(rich.Edges.Trades), p, bound)
		}
		t.Logf("the main 360 query costs %d SQL statements (%d for a client without trades)", r, p)
	})
}

func TestClient360Contribution(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		c := richClient(t, env.DB.Client)
		var got struct {
			Node struct {
				Contribution struct {
					ThisMonth, YearToDate, Last12Months struct {
						Commission, Fees, ProductFees, MarginInterest, Total money.Decimal
					}
				}
			}
		}
		env.Do(t, env.Login(t, "hq1"), `query($id: ID!) { node(id: $id) { ... on Customer { contribution {
		  thisMonth { commission fees productFees marginInterest total }
		  yearToDate { commission fees productFees marginInterest total }
		  last12Months { commission fees productFees marginInterest total } } } } }`,
			map[string]any{"id": strconv.Itoa(c.ID)}).Decode(t, &got)
		now := time.Now()
		since := map[string]time.Time{
			"thisMonth":    time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, now.Location()),
			"yearToDate":   time.Date(now.Year(), 1, 1, 0, 0, 0, 0, now.Location()),
			"last12Months": now.AddDate(-1, 0, 0),
		}
		for name, f := range map[string]struct {
			Commission, Fees, ProductFees, MarginInterest, Total money.Decimal
		}{"thisMonth": got.Node.Contribution.ThisMonth, "yearToDate": got.Node.Contribution.YearToDate,
			"last12Months": got.Node.Contribution.Last12Months} {
			var commission, fees, interest money.Decimal
			for _, tr := range c.Edges.Trades {
				if !tr.TradedAt.Before(since[name]) {
					commission, fees = commission.Add(tr.Commission), fees.Add(tr.Fees)
				}
			}
			for _, fl := range c.Edges.CashFlows {
				if fl.Type == cashflow.TypeMARGIN_INTEREST && !fl.OccurredAt.Before(since[name]) {
					interest = interest.Sub(fl.Amount)
				}
			}
			if f.Commission != commission || f.Fees != fees || f.MarginInterest != interest ||
				f.Total != commission.Add(fees).Add(interest).Add(f.ProductFees) || f.ProductFees.Sign() < 0 {
				t.Errorf("%s: %+v; want commission %s fees %s margin interest %s", name, f, commission, fees, interest)
			}
		}
		if got.Node.Contribution.Last12Months.MarginInterest.Sign() <= 0 {
			t.Error("a client with margin debt paid no margin interest in a year")
		}
	})
}

// TestLoggedContactShowsInSummary logs a call without a time (the server's
// now) and reads it back as the client's last contact and newest event.
func TestLoggedContactShowsInSummary(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		users := usersByName(t, env.DB.Client)
		c, err := env.DB.Client.Customer.Query().Where(customer.AdvisorID(users["advisor1"].ID)).First(system())
		must(t, err)
		token := env.Login(t, "advisor1")
		id := strconv.Itoa(c.ID)
		env.Do(t, token, `mutation($c: ID!) { logInteraction(input: {clientId: $c, channel: PHONE, kind: SERVICE,
		  summary: "电话回访：确认风险测评到期"}) { id } }`, map[string]any{"c": id}).Decode(t, &struct{}{})
		var got struct {
			Node struct {
				Summary  struct{ LastContactAt *time.Time }
				Timeline struct {
					Edges []struct{ Node struct{ Kind, Title string } }
				}
			}
		}
		env.Do(t, token, `query($id: ID!) { node(id: $id) { ... on Customer { summary { lastContactAt }
		  timeline(first: 1) { edges { node { kind title } } } } } }`, map[string]any{"id": id}).Decode(t, &got)
		if at := got.Node.Summary.LastContactAt; at == nil || time.Since(*at) > time.Minute {
			t.Errorf("last contact %v, want just now", at)
		}
		if e := got.Node.Timeline.Edges; len(e) != 1 || e[0].Node.Kind != "INTERACTION" || e[0].Node.Title != "电话回访：确认风险测评到期" {
			t.Errorf("newest event %+v", e)
		}
	})
}

// TestConcurrentStatusChanges starts two status changes of one client at
// once on PostgreSQL: the second waits for the first and is refused with
// CONFLICT, so the history never records a stale "from".
func TestConcurrentStatusChanges(t *testing.T) {
	env := crmtest.New(t, dialect.Postgres)
	ctx, db := system(), env.DB.Client
	users := usersByName(t, db)
	c, err := db.Customer.Query().
		Where(customer.AdvisorID(users["advisor1"].ID), customer.StatusEQ(customer.StatusNORMAL)).First(ctx)
	must(t, err)
	v, err := env.Auth.Authenticate(ctx, env.Login(t, "bm1"))
	must(t, err)
	asBM := viewer.NewContext(context.Background(), v)
	first, err := db.Tx(asBM)
	must(t, err)
	_, err = clientops.ChangeStatus(asBM, first.Client(), c.ID, customer.StatusFROZEN, "司法冻结", auth.Today(time.Now()))
	must(t, err)
	second := make(chan error, 1)
	go func() {
		tx, err := db.Tx(asBM)
		if err != nil {
			second <- err
			return
		}
		_, err = clientops.ChangeStatus(asBM, tx.Client(), c.ID, customer.StatusREPORTED_LOST, "客户挂失", auth.Today(time.Now()))
		_ = tx.Rollback()
		second <- err
	}()
	time.Sleep(time.Second) // let the second read the client and block on its row
	must(t, first.Commit())
	if err := <-second; apperr.CodeOf(err) != apperr.Conflict {
		t.Errorf("the second change: %v, want CONFLICT", err)
	}
	steps, err := db.ClientStatusChange.Query().Where(clientstatuschange.ClientID(c.ID), clientstatuschange.ToStatus("FROZEN")).All(ctx)
	must(t, err)
	if len(steps) != 1 || steps[0].FromStatus != "NORMAL" {
		t.Errorf("history: %+v", steps)
	}
}

// TestNodeReadsTheWholeClient checks that whether personal data is shown
// does not depend on the fields a query happens to select: the client's
// advisor decides, even when the query does not ask who that is.
func TestNodeReadsTheWholeClient(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		own, err := env.DB.Client.Customer.Query().
			Where(customer.HasAdvisorWith(user.Username("advisor1")), customer.IDNumberNEQ("")).First(system())
		must(t, err)
		token := env.Login(t, "advisor1")
		idNumber := func(query string) string {
			var got struct{ Node struct{ IDNumber string } }
			env.Do(t, token, query, map[string]any{"id": strconv.Itoa(own.ID)}).Decode(t, &got)
			return got.Node.IDNumber
		}
		alone := idNumber(`query($id: ID!) { node(id: $id) { ... on Customer { idNumber } } }`)
		withAdvisor := idNumber(`query($id: ID!) { node(id: $id) { ... on Customer { idNumber advisorID } } }`)
		if alone != own.IDNumber || withAdvisor != own.IDNumber {
			t.Errorf("advisor1's own client's ID number: %q alone, %q with the advisor, stored %q", alone, withAdvisor, own.IDNumber)
		}
	})
}

// notDistinct fails when a page of a client's trades, holdings, accounts
// or tags is read with DISTINCT. Such a page reads only its rows from the
// (client_id, …) index; DISTINCT would make the database read and sort
// the client's whole history first, so the page would slow down as the
// history grows.
func notDistinct(t *testing.T, statements []string) {
	t.Helper()
	for _, q := range statements {
		for _, table := range []string{"trades", "holdings", "accounts", "tags"} {
			if strings.HasPrefix(q, `SELECT DISTINCT "`+table+`".`) {
				t.Errorf("the page reads %s with DISTINCT: %.150s…", table, q)
			}
		}
	}
}
