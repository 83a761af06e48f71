package clientview

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/account"
	"github.com/brokercrm/crm/ent/assetsnapshot"
	"github.com/brokercrm/crm/ent/cashflow"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/holding"
	"github.com/brokercrm/crm/ent/interaction"
	"github.com/brokercrm/crm/ent/trade"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/store"
)

// transfers are the flows that move money in or out of the firm, as
// opposed to interest, dividends and fees earned or charged inside it.
var transfers = []any{
	cashflow.TypeDEPOSIT.String(), cashflow.TypeWITHDRAWAL.String(),
	cashflow.TypeBANK_TRANSFER_IN.String(), cashflow.TypeBANK_TRANSFER_OUT.String(),
}

// figuresRow is what loadFigures reads: the summary's figures and the
// credit accounts' totals.
type figuresRow struct {
	Cash           int64          `sql:"cash"`
	Debt           int64          `sql:"debt"`
	Value          int64          `sql:"value"`
	Cost           int64          `sql:"cost"`
	In30           int64          `sql:"in30"`
	In90           int64          `sql:"in90"`
	In365          int64          `sql:"in365"`
	LastTrade      store.NullTime `sql:"last_trade"`
	LastTouch      store.NullTime `sql:"last_contact"`
	YearAgo        *int64         `sql:"year_ago"`
	CreditCount    int            `sql:"credit_accounts"`
	CreditDebt     int64          `sql:"credit_debt"`
	CreditCash     int64          `sql:"credit_cash"`
	CreditHoldings int64          `sql:"credit_holdings"`
	CustomerID     int            `sql:"id"`
}

// figures are a client's summary and credit summary, which the page asks
// for together and one statement reads.
type figures struct {
	summary *Summary
	credit  *CreditSummary
}

// SummaryOf is a client's figures as of now.
func SummaryOf(ctx context.Context, client *ent.Client, clientID int, now time.Time) (*Summary, error) {
	f, err := figuresOf(ctx, client, clientID, now)
	if err != nil {
		return nil, err
	}
	return f.summary, nil
}

// Credit sums up a client's credit accounts, or returns nil when there
// are none: debt, collateral (cash and holdings in them) and the
// maintenance ratio the margin rules watch.
func Credit(ctx context.Context, client *ent.Client, clientID int, now time.Time) (*CreditSummary, error) {
	f, err := figuresOf(ctx, client, clientID, now)
	if err != nil {
		return nil, err
	}
	return f.credit, nil
}

// loadFigures computes a client's figures in one statement: the client's
// row (so the privacy rules decide whether there is an answer at all)
// with a correlated subquery per figure, each on an index that starts
// with client_id.
func loadFigures(ctx context.Context, client *ent.Client, clientID int, now time.Time) (*figures, error) {
	var rows []figuresRow
	err := client.Customer.Query().
		Where(customer.ID(clientID)).
		Modify(func(s *sql.Selector) {
			of := func(table string) (*sql.Selector, *sql.SelectTable) {
				t := sql.Table(table)
				return sql.Select().From(t).Where(sql.ColumnsEQ(t.C("client_id"), s.C(customer.FieldID))), t
			}
			aggregate := func(fn, table, column string, ps ...func(*sql.SelectTable) *sql.Predicate) sql.Querier {
				q, t := of(table)
				for _, p := range ps {
					q.Where(p(t))
				}
				return q.Select("COALESCE(" + fn + "(" + t.C(column) + "), 0)")
			}
			sum := func(table, column string, ps ...func(*sql.SelectTable) *sql.Predicate) sql.Querier {
				return aggregate("SUM", table, column, ps...)
			}
			inflow := func(days int) sql.Querier {
				since := now.AddDate(0, 0, -days)
				return sum(cashflow.Table, cashflow.FieldAmount, func(t *sql.SelectTable) *sql.Predicate {
					return sql.And(sql.In(t.C(cashflow.FieldType), transfers...),
						sql.GTE(t.C(cashflow.FieldOccurredAt), store.Opaque(since, "timestamptz")))
				})
			}
			last := func(table, column string) sql.Querier {
				q, t := of(table)
				return q.Select(sql.Max(t.C(column)))
			}
			yearAgo, snaps := of(assetsnapshot.Table)
			yearAgo.Select(snaps.C(assetsnapshot.FieldTotalAssets)).
				Where(sql.LTE(snaps.C(assetsnapshot.FieldAsOf), store.Opaque(now.AddDate(-1, 0, 0), "date"))).
				OrderBy(sql.Desc(snaps.C(assetsnapshot.FieldAsOf))).Limit(1)
			credit := func(t *sql.SelectTable) *sql.Predicate {
				return sql.EQ(t.C(account.FieldType), account.TypeCREDIT.String())
			}
			inCredit := func(t *sql.SelectTable) *sql.Predicate {
				a := sql.Table(account.Table)
				return sql.In(t.C(holding.FieldAccountID), sql.Select(a.C(account.FieldID)).From(a).Where(sql.And(
					sql.ColumnsEQ(a.C(account.FieldClientID), s.C(customer.FieldID)), credit(a))))
			}

			s.Select(s.C(customer.FieldID))
			s.AppendSelectExprAs(sum(account.Table, account.FieldCashBalance), "cash")
			s.AppendSelectExprAs(sum(account.Table, account.FieldMarginDebt), "debt")
			s.AppendSelectExprAs(sum(holding.Table, holding.FieldMarketValue), "value")
			s.AppendSelectExprAs(sum(holding.Table, holding.FieldCost), "cost")
			s.AppendSelectExprAs(inflow(30), "in30")
			s.AppendSelectExprAs(inflow(90), "in90")
			s.AppendSelectExprAs(inflow(365), "in365")
			s.AppendSelectExprAs(last(trade.Table, trade.FieldTradedAt), "last_trade")
			s.AppendSelectExprAs(last(interaction.Table, interaction.FieldOccurredAt), "last_contact")
			s.AppendSelectExprAs(yearAgo, "year_ago")
			s.AppendSelectExprAs(aggregate("COUNT", account.Table, account.FieldID, credit), "credit_accounts")
			s.AppendSelectExprAs(sum(account.Table, account.FieldMarginDebt, credit), "credit_debt")
			s.AppendSelectExprAs(sum(account.Table, account.FieldCashBalance, credit), "credit_cash")
			s.AppendSelectExprAs(sum(holding.Table, holding.FieldMarketValue, inCredit), "credit_holdings")
		}).
		Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, &ent.NotFoundError{}
	}
	r := rows[0]
	return &figures{summary: r.summary(), credit: r.credit()}, nil
}

func (r figuresRow) summary() *Summary {
	cash, value := money.Decimal(r.Cash), money.Decimal(r.Value)
	sum := &Summary{
		Cash:          cash,
		MarketValue:   value,
		MarginDebt:    money.Decimal(r.Debt),
		TotalAssets:   cash.Add(value).Sub(money.Decimal(r.Debt)),
		UnrealisedPnl: value.Sub(money.Decimal(r.Cost)),
		NetInflow30d:  money.Decimal(r.In30),
		NetInflow90d:  money.Decimal(r.In90),
		NetInflow365d: money.Decimal(r.In365),
		LastTradeAt:   r.LastTrade.Ptr(),
		LastContactAt: r.LastTouch.Ptr(),
	}
	if r.YearAgo != nil {
		d := money.Decimal(*r.YearAgo)
		sum.Assets12MonthsAgo = &d
	}
	return sum
}

// credit is nil for a client without credit accounts.
func (r figuresRow) credit() *CreditSummary {
	if r.CreditCount == 0 {
		return nil
	}
	out := &CreditSummary{
		MarginDebt: money.Decimal(r.CreditDebt),
		Collateral: money.Decimal(r.CreditCash + r.CreditHoldings),
	}
	if r.CreditDebt > 0 {
		ratio := out.Collateral.MulFrac(100*10_000, r.CreditDebt)
		out.MaintenanceRatio = &ratio
	}
	return out
}
