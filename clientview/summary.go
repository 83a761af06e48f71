package clientview

import (
	"context"
	"time"

	"github.com/brokercrm/crm/store"

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
)

// transfers are the flows that move money in or out of the firm, as
// opposed to interest, dividends and fees earned or charged inside it.
var transfers = []any{
	cashflow.TypeDEPOSIT.String(), cashflow.TypeWITHDRAWAL.String(),
	cashflow.TypeBANK_TRANSFER_IN.String(), cashflow.TypeBANK_TRANSFER_OUT.String(),
}

type summaryRow struct {
	Cash       int64          `sql:"cash"`
	Debt       int64          `sql:"debt"`
	Value      int64          `sql:"value"`
	Cost       int64          `sql:"cost"`
	In30       int64          `sql:"in30"`
	In90       int64          `sql:"in90"`
	In365      int64          `sql:"in365"`
	LastTrade  store.NullTime `sql:"last_trade"`
	LastTouch  store.NullTime `sql:"last_contact"`
	YearAgo    *int64         `sql:"year_ago"`
	CustomerID int            `sql:"id"`
}

// SummaryOf computes a client's figures as of now in one statement: the
// client's row (so the privacy rules decide whether there is an answer at
// all) with a correlated subquery per figure, each on an index that starts
// with client_id.
func SummaryOf(ctx context.Context, client *ent.Client, clientID int, now time.Time) (*Summary, error) {
	var rows []summaryRow
	err := client.Customer.Query().
		Where(customer.ID(clientID)).
		Modify(func(s *sql.Selector) {
			of := func(table string) (*sql.Selector, *sql.SelectTable) {
				t := sql.Table(table)
				return sql.Select().From(t).Where(sql.ColumnsEQ(t.C("client_id"), s.C(customer.FieldID))), t
			}
			sum := func(table, column string, ps ...func(*sql.SelectTable) *sql.Predicate) sql.Querier {
				q, t := of(table)
				for _, p := range ps {
					q.Where(p(t))
				}
				return q.Select("COALESCE(" + sql.Sum(t.C(column)) + ", 0)")
			}
			inflow := func(days int) sql.Querier {
				since := now.AddDate(0, 0, -days)
				return sum(cashflow.Table, cashflow.FieldAmount, func(t *sql.SelectTable) *sql.Predicate {
					return sql.And(sql.In(t.C(cashflow.FieldType), transfers...), sql.GTE(t.C(cashflow.FieldOccurredAt), since))
				})
			}
			last := func(table, column string) sql.Querier {
				q, t := of(table)
				return q.Select(sql.Max(t.C(column)))
			}
			yearAgo, snaps := of(assetsnapshot.Table)
			yearAgo.Select(snaps.C(assetsnapshot.FieldTotalAssets)).
				Where(sql.LTE(snaps.C(assetsnapshot.FieldAsOf), now.AddDate(-1, 0, 0))).
				OrderBy(sql.Desc(snaps.C(assetsnapshot.FieldAsOf))).Limit(1)

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
		}).
		Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	if len(rows) == 0 {
		return nil, &ent.NotFoundError{}
	}
	r := rows[0]
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
	return sum, nil
}
