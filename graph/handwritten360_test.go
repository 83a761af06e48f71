package graph_test

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/money"
)

// TestHandwritten360 checks the baseline BenchmarkClient360 compares the
// API with: its statements must read what the page shows (the same
// accounts, tags, trades and timeline items, the figures the summary
// adds up, what the timeline's titles are made of), or the ratio
// compares unequal work.
func TestHandwritten360(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		clientID := fullestClient(t, env.DB.Client)
		var page handwrittenPage
		env.Do(t, env.Login(t, "compliance1"), client360Query, map[string]any{"id": strconv.Itoa(clientID)}).Decode(t, &page)
		got := map[int][]map[string]any{}
		read := handwritten360(t, env.DB.SQL, env.DB.Dialect)
		if err := read(clientID, func(statement int, columns map[string]any) {
			got[statement] = append(got[statement], columns)
		}); err != nil {
			t.Fatal(err)
		}
		api := page.Node

		header := got[handwrittenHeader]
		if len(header) != 1 {
			t.Fatalf("header: %d rows", len(header))
		}
		h := header[0]
		if text(h["client_no"]) != api.ClientNo || text(h["advisor_name"]) != api.Advisor.DisplayName ||
			text(h["branch_name"]) != api.Branch.Name || text(h["risk_level"]) != api.CurrentRiskAssessment.Level ||
			text(h["horizon"]) != api.CurrentRiskAssessment.Horizon {
			t.Errorf("header %v, API %+v", h, api)
		}
		figures := map[string][2]money.Decimal{
			"cash":         {amount(t, h["cash"]), api.Summary.Cash},
			"margin_debt":  {amount(t, h["margin_debt"]), api.Summary.MarginDebt},
			"market_value": {amount(t, h["market_value"]), api.Summary.MarketValue},
			"inflow_30d":   {amount(t, h["inflow_30d"]), api.Summary.NetInflow30d},
			"inflow_365d":  {amount(t, h["inflow_365d"]), api.Summary.NetInflow365d},
		}
		for name, f := range figures {
			if f[0] != f[1] {
				t.Errorf("%s: hand-written %s, API %s", name, f[0], f[1])
			}
		}

		sameIDs(t, "tags", got[handwrittenTags], edgeIDs(api.Tags.Edges), false)
		sameIDs(t, "accounts", got[handwrittenAccounts], edgeIDs(api.Accounts.Edges), false)
		sameIDs(t, "trades", got[handwrittenTrades], edgeIDs(api.Trades.Edges), true)
		if len(got[handwrittenHoldings]) != api.Holdings.TotalCount {
			t.Errorf("holdings: %d rows, API total %d", len(got[handwrittenHoldings]), api.Holdings.TotalCount)
		}
		for i, e := range api.Holdings.Edges {
			if mv := amount(t, got[handwrittenHoldings][i]["market_value"]); mv != e.Node.MarketValue {
				t.Errorf("holding %d: market value %s, API %s", i, mv, e.Node.MarketValue)
			}
		}

		items := got[handwrittenTimeline]
		if len(items) != len(api.Timeline.Edges)+1 { // the extra row tells the API there is a next page
			t.Fatalf("timeline: %d rows, API %d items", len(items), len(api.Timeline.Edges))
		}
		trades := 0
		for i, e := range api.Timeline.Edges {
			row := items[i]
			if text(row["kind"]) != e.Node.Kind {
				t.Errorf("timeline %d: %s, API %s", i, text(row["kind"]), e.Node.Kind)
			}
			if text(row["kind"]) == "TRADE" {
				trades++
				// The title names the security: code and name, read by the join.
				if code, name := text(row["b"]), text(row["c"]); code == "" || !strings.Contains(e.Node.Title, code+" "+name) {
					t.Errorf("timeline %d: %q, API title %q", i, code+" "+name, e.Node.Title)
				}
			}
		}
		if trades == 0 {
			t.Error("the timeline shows no trade: the title check checked nothing")
		}
	})
}

// fullestClient is the client with the most trades among those with
// tags, holdings and trades: every part of the page has rows to compare.
func fullestClient(t *testing.T, db *ent.Client) int {
	t.Helper()
	cs, err := db.Customer.Query().Where(customer.HasTags(), customer.HasHoldings(), customer.HasTrades()).
		WithTrades().All(system())
	must(t, err)
	if len(cs) == 0 {
		t.Fatal("the seed has no client with tags, holdings and trades")
	}
	return mostTrades(cs).ID
}

// handwrittenPage is what TestHandwritten360 compares of the page.
type handwrittenPage struct {
	Node struct {
		ClientNo              string
		Advisor               struct{ DisplayName string }
		Branch                struct{ Name string }
		CurrentRiskAssessment struct{ Level, Horizon string }
		Summary               struct {
			Cash, MarginDebt, MarketValue, NetInflow30d, NetInflow365d money.Decimal
		}
		Tags, Accounts, Trades idEdges
		Holdings               struct {
			TotalCount int
			Edges      []struct {
				Node struct{ MarketValue money.Decimal }
			}
		}
		Timeline struct {
			Edges []struct{ Node struct{ Kind, Title string } }
		}
	}
}

type idEdges struct {
	Edges []struct{ Node struct{ ID string } }
}

func edgeIDs(edges []struct{ Node struct{ ID string } }) []string {
	out := make([]string, len(edges))
	for i, e := range edges {
		out[i] = e.Node.ID
	}
	return out
}

// sameIDs checks that rows, by their id column, are the API's ids; in
// the same order if ordered.
func sameIDs(t *testing.T, what string, rows []map[string]any, api []string, ordered bool) {
	t.Helper()
	got := make([]string, len(rows))
	for i, r := range rows {
		got[i] = text(r["id"])
	}
	if !ordered {
		slices.Sort(got)
		api = slices.Sorted(slices.Values(api))
	}
	if !slices.Equal(got, api) {
		t.Errorf("%s: hand-written %v, API %v", what, got, api)
	}
	if len(api) == 0 {
		t.Errorf("%s: the client has none, so nothing was compared", what)
	}
}

// text is a scanned column as text: drivers return []byte, strings and
// integers.
func text(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case []byte:
		return string(v)
	case string:
		return v
	case int64:
		return strconv.FormatInt(v, 10)
	}
	return "?"
}

// amount is a scanned amount: a BIGINT of the money package's units, or
// a NUMERIC sum of them, which PostgreSQL returns as text.
func amount(t *testing.T, v any) money.Decimal {
	t.Helper()
	n, err := strconv.ParseInt(text(v), 10, 64)
	if err != nil {
		t.Fatalf("amount %v (%T): %v", v, v, err)
	}
	return money.Decimal(n)
}
