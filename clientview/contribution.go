package clientview

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/cashflow"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/trade"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/store"
)

// periods are the starts of the three periods, latest first: this month,
// this year, the last twelve months (which always begin earliest).
type periods [3]time.Time

func periodsAt(now time.Time) periods {
	return periods{
		time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, now.Location()),
		time.Date(now.Year(), 1, 1, 0, 0, 0, 0, now.Location()),
		now.AddDate(-1, 0, 0),
	}
}

// revenueRow holds the sums of each kind for each period (0: this month,
// 1: this year, 2: twelve months).
type revenueRow struct {
	Commission0 int64 `sql:"commission0"`
	Commission1 int64 `sql:"commission1"`
	Commission2 int64 `sql:"commission2"`
	Fees0       int64 `sql:"fees0"`
	Fees1       int64 `sql:"fees1"`
	Fees2       int64 `sql:"fees2"`
	Interest0   int64 `sql:"interest0"`
	Interest1   int64 `sql:"interest1"`
	Interest2   int64 `sql:"interest2"`
	ID          int   `sql:"id"`
}

func (r revenueRow) commission() [3]int64 {
	return [3]int64{r.Commission0, r.Commission1, r.Commission2}
}
func (r revenueRow) fees() [3]int64     { return [3]int64{r.Fees0, r.Fees1, r.Fees2} }
func (r revenueRow) interest() [3]int64 { return [3]int64{r.Interest0, r.Interest1, r.Interest2} }

// ContributionOf computes the revenue from a client this month, this year
// and over the last twelve months: commission and fees from the trades,
// margin interest from the interest charged, in one statement; and product
// fees estimated from the products held today.
func ContributionOf(ctx context.Context, client *ent.Client, clientID int, now time.Time) (*Contribution, error) {
	p := periodsAt(now)
	var rows []revenueRow
	err := client.Customer.Query().
		Where(customer.ID(clientID)).
		Modify(func(s *sql.Selector) {
			s.Select(s.C(customer.FieldID))
			add := func(name, table, when, column string, where func(*sql.SelectTable) *sql.Predicate, sign string) {
				for i, start := range p {
					t := sql.Table(table)
					q := sql.Select().From(t).Where(sql.And(
						sql.ColumnsEQ(t.C("client_id"), s.C(customer.FieldID)),
						sql.GTE(t.C(when), store.Opaque(start, "timestamptz")),
						where(t),
					))
					q.Select(sign + "COALESCE(" + sql.Sum(t.C(column)) + ", 0)")
					s.AppendSelectExprAs(q, name+string(rune('0'+i)))
				}
			}
			anyTrade := func(t *sql.SelectTable) *sql.Predicate { return sql.NotNull(t.C(trade.FieldID)) }
			interest := func(t *sql.SelectTable) *sql.Predicate {
				return sql.EQ(t.C(cashflow.FieldType), cashflow.TypeMARGIN_INTEREST.String())
			}
			add("commission", trade.Table, trade.FieldTradedAt, trade.FieldCommission, anyTrade, "")
			add("fees", trade.Table, trade.FieldTradedAt, trade.FieldFees, anyTrade, "")
			add("interest", cashflow.Table, cashflow.FieldOccurredAt, cashflow.FieldAmount, interest, "-") // charged as negative flows
		}).
		Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, &ent.NotFoundError{}
	}
	commission, fees, interest := rows[0].commission(), rows[0].fees(), rows[0].interest()
	ps, err := positionsOf(ctx, client, clientID)
	if err != nil {
		return nil, err
	}
	figures := func(i int) ContributionFigures {
		f := ContributionFigures{
			Commission:     money.Decimal(commission[i]),
			Fees:           money.Decimal(fees[i]),
			MarginInterest: money.Decimal(interest[i]),
			ProductFees:    productFees(ps, p[i], now),
		}
		f.Total = f.Commission.Add(f.Fees).Add(f.MarginInterest).Add(f.ProductFees)
		return f
	}
	return &Contribution{ThisMonth: figures(0), YearToDate: figures(1), Last12Months: figures(2)}, nil
}

// productFees estimates the management fees of the products held today
// over [start, now): value × annual rate × days / 365. The core systems
// do not report them per client; the estimate is labelled as such.
func productFees(ps *positions, start, now time.Time) money.Decimal {
	days := int64(now.Sub(start).Hours() / 24)
	var total money.Decimal
	for _, p := range ps.all {
		if p.FeeRate == nil || *p.FeeRate <= 0 {
			continue
		}
		// rate is percent in ten-thousandths: 1.5% is 15000, 100% is 1,000,000.
		total = total.Add(money.Decimal(p.MarketValue).MulFrac(*p.FeeRate*days, 1_000_000*365))
	}
	return total
}
