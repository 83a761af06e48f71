package graph_test

import (
	"testing"

	"github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/money"
)

const contributionQuery = `query($p: ContributionPeriod!) { contribution(period: $p) {
  clients payingClients total commission fees marginInterest productFees clientsFor80Percent
  pareto { clientShare revenueShare }
  byBranch: groups(by: BRANCH) { id name clients revenue share }
  byAdvisor: groups(by: ADVISOR) { id name clients revenue }
  topClients(first: 5) { client { id } revenue } } }`

type contributionOut struct {
	Clients, PayingClients                               int
	Total, Commission, Fees, MarginInterest, ProductFees money.Decimal
	ClientsFor80Percent                                  money.Decimal
	Pareto                                               []struct{ ClientShare, RevenueShare money.Decimal }
	ByBranch, ByAdvisor                                  []struct {
		ID      *string
		Name    string
		Clients int
		Revenue money.Decimal
	}
	TopClients []struct {
		Client  struct{ ID string }
		Revenue money.Decimal
	}
}

// TestContribution checks the revenue analysis against sums of the
// metrics store written in SQL, for head office and an advisor.
func TestContribution(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		for _, c := range []struct {
			who, period, column, where string
		}{
			{"hq1", "LAST_365_DAYS", "revenue_365d", "1 = 1"},
			{"hq1", "LAST_30_DAYS", "revenue_30d", "1 = 1"},
			{"advisor1", "YEAR_TO_DATE", "revenue_ytd", "c.advisor_id = (SELECT id FROM users WHERE username = 'advisor1')"},
		} {
			t.Run(c.who+"/"+c.period, func(t *testing.T) {
				var out struct{ Contribution contributionOut }
				env.Do(t, env.Login(t, c.who), contributionQuery, map[string]any{"p": c.period}).Decode(t, &out)
				a := out.Contribution
				from := " FROM customers c LEFT JOIN client_metrics m ON m.id = c.id LEFT JOIN client_metrics_more mm ON mm.id = c.id WHERE " + c.where
				col := metricColumn(c.column)
				total := sqlInt(t, env, "SELECT COALESCE(SUM("+col+"), 0)"+from)
				if a.Clients != sqlInt(t, env, "SELECT count(*)"+from) || int(a.Total.Units()) != total || total == 0 {
					t.Fatalf("%d clients, total %s; SQL %d", a.Clients, a.Total, total)
				}
				if paying := sqlInt(t, env, "SELECT count(*)"+from+" AND "+col+" > 0"); a.PayingClients != paying {
					t.Errorf("%d paying clients, SQL %d", a.PayingClients, paying)
				}
				if a.Commission.Add(a.Fees).Add(a.MarginInterest).Add(a.ProductFees) != a.Total || a.ProductFees.Sign() < 0 {
					t.Errorf("parts %s + %s + %s + %s do not make %s", a.Commission, a.Fees, a.MarginInterest, a.ProductFees, a.Total)
				}
				if len(a.Pareto) != 101 || a.Pareto[0].RevenueShare != 0 || a.Pareto[100].RevenueShare != money.FromInt(100) {
					t.Fatalf("pareto ends: %+v … %+v", a.Pareto[0], a.Pareto[len(a.Pareto)-1])
				}
				for i := 1; i < len(a.Pareto); i++ {
					// The curve never falls: more clients bring no less.
					if a.Pareto[i].RevenueShare < a.Pareto[i-1].RevenueShare {
						t.Fatalf("the curve falls at %d%%", i)
					}
				}
				if a.ClientsFor80Percent <= 0 || a.ClientsFor80Percent > money.FromInt(100) {
					t.Errorf("clientsFor80Percent %s", a.ClientsFor80Percent)
				}
				for name, groups := range map[string][]struct {
					ID      *string
					Name    string
					Clients int
					Revenue money.Decimal
				}{"branch": a.ByBranch, "advisor": a.ByAdvisor} {
					var sum money.Decimal
					n := 0
					for _, g := range groups {
						sum, n = sum.Add(g.Revenue), n+g.Clients
					}
					if sum != a.Total || n != a.Clients {
						t.Errorf("by %s: %s over %d clients, want %s over %d", name, sum, n, a.Total, a.Clients)
					}
				}
				for i := 1; i < len(a.TopClients); i++ {
					if a.TopClients[i].Revenue > a.TopClients[i-1].Revenue {
						t.Errorf("top clients out of order: %+v", a.TopClients)
					}
				}
				if len(a.TopClients) == 0 || int(a.TopClients[0].Revenue.Units()) != sqlInt(t, env, "SELECT MAX("+col+")"+from) {
					t.Errorf("the top client brought %+v", a.TopClients)
				}
			})
		}
	})
}

// metricColumn is a computed dimension's column in the tests' joins: m
// for the store's hot table, mm for the other.
func metricColumn(key string) string {
	if m, ok := clientmetrics.Lookup(key); ok && m.IsHot() {
		return "m." + key
	}
	return "mm." + key
}
