// Package contribution analyses the revenue clients bring (客户贡献,
// PRODUCT.md §3): totals by kind, the Pareto curve, and revenue by branch
// and by advisor, over the periods the metrics store keeps, for the
// clients the viewer may see.
package contribution

import (
	"context"
	"fmt"
	"io"
	"slices"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/enum"
	"github.com/brokercrm/crm/money"
)

// Period is a span the metrics store keeps revenue for.
type Period string

// The periods.
const (
	Last30Days  Period = "LAST_30_DAYS"
	Last90Days  Period = "LAST_90_DAYS"
	Last180Days Period = "LAST_180_DAYS"
	Last365Days Period = "LAST_365_DAYS"
	YearToDate  Period = "YEAR_TO_DATE"
)

// columns are the store's columns of a period's revenue and its parts;
// product fees are what is left.
type columns struct{ revenue, commission, fees, interest string }

var periodColumns = map[Period]columns{
	Last30Days:  {"revenue_30d", "commission_30d", "fees_30d", "margin_interest_30d"},
	Last90Days:  {"revenue_90d", "commission_90d", "fees_90d", "margin_interest_90d"},
	Last180Days: {"revenue_180d", "commission_180d", "fees_180d", "margin_interest_180d"},
	Last365Days: {"revenue_365d", "commission_365d", "fees_365d", "margin_interest_365d"},
	YearToDate:  {"revenue_ytd", "commission_ytd", "fees_ytd", "margin_interest_ytd"},
}

// Analysis is the revenue of the clients the viewer may see over Period.
type Analysis struct {
	Period                                  Period
	Clients, PayingClients                  int
	Total, Commission, Fees, MarginInterest money.Decimal
	ProductFees                             money.Decimal
	Pareto                                  []ParetoPoint
	ClientsFor80Percent                     money.Decimal
	cols                                    columns
}

// ParetoPoint says the top ClientShare percent of clients bring
// RevenueShare percent of the revenue.
type ParetoPoint struct{ ClientShare, RevenueShare money.Decimal }

// The aliases of the metrics store's two tables.
const (
	hotAlias  = "contribution_metrics"
	moreAlias = "contribution_metrics_more"
)

// clients is the viewer's clients joined to their metrics.
func clients(client *ent.Client) *ent.CustomerQuery {
	return client.Customer.Query().Unique(false).Where(func(s *sql.Selector) {
		for _, t := range [][2]string{{"client_metrics", hotAlias}, {"client_metrics_more", moreAlias}} {
			m := sql.Dialect(s.Dialect()).Table(t[0]).As(t[1])
			s.LeftJoin(m).On(s.C(customer.FieldID), m.C("id"))
		}
	})
}

// col is a metrics column, its NULL (a zero: the revenue columns are
// sparse) read as 0.
func col(s *sql.Selector, name string) string {
	alias := moreAlias
	if m, ok := clientmetrics.Lookup(name); ok && m.IsHot() {
		alias = hotAlias
	}
	return "COALESCE(" + sql.Dialect(s.Dialect()).Table(alias).C(name) + ", 0)"
}

// Analyse computes the totals and the Pareto curve of period.
func Analyse(ctx context.Context, client *ent.Client, period Period) (*Analysis, error) {
	cols, ok := periodColumns[period]
	if !ok {
		return nil, fmt.Errorf("contribution: unknown period %q", period)
	}
	a := &Analysis{Period: period, cols: cols}
	var totals []struct {
		Clients    int   `sql:"clients"`
		Paying     int   `sql:"paying"`
		Revenue    int64 `sql:"revenue"`
		Commission int64 `sql:"commission"`
		Fees       int64 `sql:"fees"`
		Interest   int64 `sql:"interest"`
	}
	err := clients(client).Modify(func(s *sql.Selector) {
		sum := func(name string) string { return "COALESCE(SUM(" + col(s, name) + "), 0)" }
		s.Select().AppendSelectExprAs(sql.Expr("COUNT(*)"), "clients").
			AppendSelectExprAs(sql.Expr("COALESCE(SUM(CASE WHEN "+col(s, cols.revenue)+" > 0 THEN 1 ELSE 0 END), 0)"), "paying").
			AppendSelectExprAs(sql.Expr(sum(cols.revenue)), "revenue").
			AppendSelectExprAs(sql.Expr(sum(cols.commission)), "commission").
			AppendSelectExprAs(sql.Expr(sum(cols.fees)), "fees").
			AppendSelectExprAs(sql.Expr(sum(cols.interest)), "interest")
	}).Scan(ctx, &totals)
	if err != nil {
		return nil, fmt.Errorf("contribution totals: %w", err)
	}
	t := totals[0]
	a.Clients, a.PayingClients = t.Clients, t.Paying
	a.Total, a.Commission, a.Fees, a.MarginInterest = money.Decimal(t.Revenue), money.Decimal(t.Commission),
		money.Decimal(t.Fees), money.Decimal(t.Interest)
	a.ProductFees = a.Total.Sub(a.Commission).Sub(a.Fees).Sub(a.MarginInterest)
	revenues, err := a.revenues(ctx, client)
	if err != nil {
		return nil, err
	}
	a.Pareto, a.ClientsFor80Percent = pareto(revenues, a.Clients)
	return a, nil
}

// revenues are the paying clients' revenues, largest first.
func (a *Analysis) revenues(ctx context.Context, client *ent.Client) ([]int64, error) {
	var rows []struct {
		Revenue int64 `sql:"revenue"`
	}
	err := clients(client).Modify(func(s *sql.Selector) {
		rev := col(s, a.cols.revenue)
		s.Select().AppendSelectExprAs(sql.Expr(rev), "revenue").Where(sql.P(func(b *sql.Builder) {
			b.WriteString(rev + " > 0")
		}))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("contribution revenues: %w", err)
	}
	out := make([]int64, len(rows))
	for i, r := range rows {
		out[i] = r.Revenue
	}
	slices.SortFunc(out, func(x, y int64) int { return int(sign(y - x)) })
	return out, nil
}

func sign(n int64) int64 {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// pareto is the curve of revenues (largest first) among clients clients
// in all: for k = 0…100, the share of the revenue the top k% bring; and
// the smallest share of clients that brings 80%.
func pareto(revenues []int64, clients int) ([]ParetoPoint, money.Decimal) {
	var total int64
	for _, r := range revenues {
		total += r
	}
	cum := make([]int64, len(revenues)+1) // cum[n]: the top n's revenue
	for i, r := range revenues {
		cum[i+1] = cum[i] + r
	}
	top := func(n int) int64 { return cum[min(n, len(revenues))] }
	points := make([]ParetoPoint, 0, 101)
	for k := 0; k <= 100; k++ {
		n := (clients*k + 99) / 100 // the top k% of clients, rounded up
		p := ParetoPoint{ClientShare: money.FromInt(int64(k))}
		if total > 0 {
			p.RevenueShare = money.Decimal(top(n)).MulFrac(100*10_000, total)
		}
		points = append(points, p)
	}
	var for80 money.Decimal
	if total > 0 && clients > 0 {
		n, _ := slices.BinarySearchFunc(cum, total*8, func(c, target int64) int {
			return int(sign(c*10 - target))
		})
		for80 = money.FromInt(int64(n)).MulFrac(100, int64(clients))
	}
	return points, for80
}

// Values lists the periods.
func (Period) Values() []string {
	return []string{string(Last30Days), string(Last90Days), string(Last180Days), string(Last365Days), string(YearToDate)}
}

// MarshalGQL writes the period as a GraphQL enum value.
func (p Period) MarshalGQL(w io.Writer) { enum.Write(w, string(p)) }

// UnmarshalGQL reads a period.
func (p *Period) UnmarshalGQL(v any) (err error) { *p, err = enum.Parse[Period](v); return err }

// Values lists the groupings.
func (Grouping) Values() []string { return []string{string(ByBranch), string(ByAdvisor)} }

// MarshalGQL writes the grouping as a GraphQL enum value.
func (g Grouping) MarshalGQL(w io.Writer) { enum.Write(w, string(g)) }

// UnmarshalGQL reads a grouping.
func (g *Grouping) UnmarshalGQL(v any) (err error) { *g, err = enum.Parse[Grouping](v); return err }
