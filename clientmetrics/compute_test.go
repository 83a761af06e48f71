package clientmetrics

import (
	"testing"
	"time"

	"github.com/brokercrm/crm/money"
)

func TestTradingStyle(t *testing.T) {
	for _, c := range []struct {
		turnover string
		traded   bool
		want     string
	}{
		{"0", false, ""},
		{"0", true, "LONG_TERM"},
		{"2.9999", true, "LONG_TERM"},
		{"3", true, "MEDIUM_TERM"},
		{"11.9999", true, "MEDIUM_TERM"},
		{"12", true, "SHORT_TERM"},
		{"40", true, "SHORT_TERM"},
		{"40.0001", true, "HIGH_FREQUENCY"},
	} {
		if got := TradingStyle(money.MustParse(c.turnover), c.traded); got != c.want {
			t.Errorf("TradingStyle(%s, %v) = %q, want %q", c.turnover, c.traded, got, c.want)
		}
	}
}

func TestRatio(t *testing.T) {
	for _, c := range []struct {
		a, b, want string
		ok         bool
	}{
		{"1", "3", "33.3333", true},
		{"2", "3", "66.6667", true},
		{"-2", "3", "-66.6667", true},
		{"5", "0", "0", false},
		{"5", "-1", "0", false},
		// Past int64 in the fast path: the exact path takes over.
		{"900000000000", "3", "30000000000000", true},
	} {
		got, ok := percent(money.MustParse(c.a), money.MustParse(c.b))
		if ok != c.ok || (ok && got != money.MustParse(c.want)) {
			t.Errorf("percent(%s, %s) = %s, %v; want %s, %v", c.a, c.b, got, ok, c.want, c.ok)
		}
	}
}

func TestCalendar(t *testing.T) {
	d := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	if got := yearsBetween(d("1990-07-12"), d("2026-07-11")); got != 35 {
		t.Errorf("age the day before the birthday = %d, want 35", got)
	}
	if got := yearsBetween(d("1990-07-12"), d("2026-07-12")); got != 36 {
		t.Errorf("age on the birthday = %d, want 36", got)
	}
	if got := monthsBetween(d("2026-01-31"), d("2026-02-28")); got != 0 {
		t.Errorf("months from Jan 31 to Feb 28 = %d, want 0", got)
	}
	if got := monthsBetween(d("2020-03-15"), d("2026-03-15")); got != 72 {
		t.Errorf("tenure = %d, want 72", got)
	}
	// 17:00 UTC is 01:00 the next day in China.
	late := time.Date(2026, 3, 1, 17, 0, 0, 0, time.UTC)
	if got := calendarDay(late); !got.Equal(d("2026-03-02")) {
		t.Errorf("calendarDay(%s) = %s, want 2026-03-02", late, got)
	}
}

// client is a client with a credit account, some positions, a year of
// snapshots and trades.
func client() *Facts {
	m := money.MustParse
	yearAgo, bench := m("100000"), m("10")
	f := &Facts{
		AsOf:            time.Date(2026, 6, 30, 7, 0, 0, 0, time.UTC),
		BenchmarkReturn: &bench,
		Profile:         Profile{Kind: "INDIVIDUAL", RiskCategory: "C3"},
		Accounts:        AccountFacts{Cash: m("20000"), MarginDebt: m("50000"), CreditCash: m("10000"), Credit: 1},
		Holdings: HoldingFacts{Value: m("180000"), Cost: m("150000"), Largest: m("90000"), Stock: m("120000"),
			PublicFund: m("60000"), InCredit: m("55000"), MaxProductRisk: "R4", HighRisk: m("60000"),
			ProductFeesPerYear: m("730")},
		Assets: AssetFacts{YearAgo: &yearAgo},
	}
	f.Flows.In[W365], f.Flows.Out[W365] = m("30000"), m("10000")
	f.Trades.Amount[W180], f.Trades.Count[W180] = m("1500000"), 20
	f.Assets.Sum[W180], f.Assets.Count[W180] = m("600000"), 6
	f.Trades.Commission[W365], f.Trades.Fees[W365], f.Flows.MarginInterest[W365] = m("300"), m("20"), m("2500")
	return f
}

func value(t *testing.T, f *Facts, key string) any {
	t.Helper()
	m, ok := Lookup(key)
	if !ok {
		t.Fatalf("no dimension %q", key)
	}
	return m.Compute(f)
}

func TestCompute(t *testing.T) {
	f := client()
	m := money.MustParse
	for key, want := range map[string]any{
		"total_assets":          m("150000"),  // 20000 + 180000 − 50000
		"position_ratio":        m("90"),      // 180000 / 200000
		"concentration":         m("50"),      // 90000 / 180000
		"stock_weight":          m("60"),      // 120000 / 200000
		"preferred_asset_class": "STOCK",      // 120000 of stock, 60000 of funds, 20000 of cash
		"unrealised_pnl":        m("30000"),   //
		"pnl_365d":              m("30000"),   // 150000 − 100000 − 20000 paid in
		"return_365d":           m("27.2727"), // 30000 / (100000 + 10000)
		"excess_return_365d":    m("17.2727"), // against 10%
		"beats_benchmark_365d":  true,
		"turnover_180d":         m("15"), // 1,500,000 over an average of 100,000
		"trading_style":         "SHORT_TERM",
		"maintenance_ratio":     m("130"), // (10000 + 55000) / 50000
		"margin_call_risk":      false,    // not below 130%
		"margin_buffer":         m("0"),
		"revenue_365d":          m("3550"), // 300 + 20 + 2500 + 730
		"holds_above_tolerance": true,      // R4 above C3
		"high_risk_share":       m("30"),
		"age":                   nil, // no birth date
		"risk_rank":             int64(3),
		"days_since_last_trade": nil,
	} {
		if got := value(t, f, key); got != want {
			t.Errorf("%s = %v (%T), want %v (%T)", key, got, got, want, want)
		}
	}
	f.Accounts.CreditCash = m("9999")
	if got := value(t, f, "margin_call_risk"); got != true {
		t.Errorf("margin_call_risk just below 130%% = %v", got)
	}
}
