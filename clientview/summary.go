package clientview

import (
	"context"
	"fmt"
	"time"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/store"
)

// figuresRow is what loadFigures reads: the summary's figures and the
// credit accounts' totals, in the order of figuresQuery's columns.
type figuresRow struct {
	CustomerID     int
	Cash           int64
	Debt           int64
	Value          int64
	Cost           int64
	In30           int64
	In90           int64
	In365          int64
	LastTrade      store.NullTime
	LastTouch      store.NullTime
	YearAgo        *int64
	CreditCount    int
	CreditDebt     int64
	CreditCash     int64
	CreditHoldings int64
}

func (r *figuresRow) columns() []any {
	return []any{&r.CustomerID, &r.Cash, &r.Debt, &r.Value, &r.Cost, &r.In30, &r.In90, &r.In365,
		&r.LastTrade, &r.LastTouch, &r.YearAgo, &r.CreditCount, &r.CreditDebt, &r.CreditCash, &r.CreditHoldings}
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

// loadFigures computes a client's figures in one statement (see
// figuresQuery): the client's row, present only where the viewer may read
// it, with the figures beside it.
func loadFigures(ctx context.Context, client *ent.Client, clientID int, now time.Time) (*figures, error) {
	query, args, err := figuresQuery(ctx, client.Dialect(), clientID, now)
	if err != nil {
		return nil, err
	}
	rows, err := client.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("summary: %w", err)
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("summary: %w", err)
		}
		return nil, &ent.NotFoundError{}
	}
	var r figuresRow
	if err := rows.Scan(r.columns()...); err != nil {
		return nil, fmt.Errorf("summary: %w", err)
	}
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
