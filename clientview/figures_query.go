package clientview

import (
	"context"
	"time"

	entsql "entgo.io/ent/dialect/sql"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/brokercrm/crm/ent/account"
	"github.com/brokercrm/crm/ent/assetsnapshot"
	"github.com/brokercrm/crm/ent/cashflow"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/holding"
	"github.com/brokercrm/crm/ent/interaction"
	"github.com/brokercrm/crm/ent/trade"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/viewer"
)

// figuresStatements keeps the figures statement built, by shape (see
// memo.go): one per database and access condition of the viewers seen.
var figuresStatements = must(lru.New[figuresShape, string](256))

type figuresShape struct {
	dialect string
	access  string
}

// windows are the dates a call's figures are counted from.
type windows struct {
	in30, in90, in365, yearAgo time.Time
}

// figuresQuery is the statement loadFigures runs and its arguments: the
// windows, the client, then the access condition's. Its columns are
// those of figuresRow, in order.
func figuresQuery(ctx context.Context, dialect string, clientID int, now time.Time) (string, []any, error) {
	d := entsql.Dialect(dialect)
	a, err := accessTo(ctx, d, viewer.ClientsRead, customer.FieldID)
	if err != nil {
		return "", nil, err
	}
	w := windows{in30: now.AddDate(0, 0, -30), in90: now.AddDate(0, 0, -90), in365: now.AddDate(0, 0, -365), yearAgo: now.AddDate(-1, 0, 0)}
	args := append([]any{w.in30, w.in90, w.in365, w.yearAgo, clientID}, a.args...)
	key := figuresShape{dialect: dialect, access: a.text}
	text, err := memoized(figuresStatements, key, args, func() (string, []any, error) {
		return buildFigures(d, clientID, w, a.where)
	})
	return text, args, err
}

// literal writes a constant of the code (an enum value: capitals and
// underscores) into the statement, so that its arguments are only what
// changes between calls.
func literal(s string) any { return entsql.Raw("'" + s + "'") }

// transfers are the flows that move money in or out of the firm, as
// opposed to interest, dividends and fees earned or charged inside it.
var transfers = []any{
	literal(cashflow.TypeDEPOSIT.String()), literal(cashflow.TypeWITHDRAWAL.String()),
	literal(cashflow.TypeBANK_TRANSFER_IN.String()), literal(cashflow.TypeBANK_TRANSFER_OUT.String()),
}

// buildFigures writes the client's row, where the viewer may read it,
// with a correlated subquery per figure, each on an index that starts
// with client_id.
func buildFigures(d *entsql.DialectBuilder, clientID int, w windows, where func(*entsql.Selector)) (string, []any, error) {
	s := d.Select().From(d.Table(customer.Table))
	of := func(table string) (*entsql.Selector, *entsql.SelectTable) {
		t := entsql.Table(table)
		return entsql.Select().From(t).Where(entsql.ColumnsEQ(t.C("client_id"), s.C(customer.FieldID))), t
	}
	aggregate := func(fn, table, column string, ps ...func(*entsql.SelectTable) *entsql.Predicate) entsql.Querier {
		q, t := of(table)
		for _, p := range ps {
			q.Where(p(t))
		}
		return q.Select("COALESCE(" + fn + "(" + t.C(column) + "), 0)")
	}
	sum := func(table, column string, ps ...func(*entsql.SelectTable) *entsql.Predicate) entsql.Querier {
		return aggregate("SUM", table, column, ps...)
	}
	inflow := func(since time.Time) entsql.Querier {
		return sum(cashflow.Table, cashflow.FieldAmount, func(t *entsql.SelectTable) *entsql.Predicate {
			return entsql.And(entsql.In(t.C(cashflow.FieldType), transfers...),
				entsql.GTE(t.C(cashflow.FieldOccurredAt), store.Opaque(since, "timestamptz")))
		})
	}
	last := func(table, column string) entsql.Querier {
		q, t := of(table)
		return q.Select(entsql.Max(t.C(column)))
	}
	yearAgo, snaps := of(assetsnapshot.Table)
	yearAgo.Select(snaps.C(assetsnapshot.FieldTotalAssets)).
		Where(entsql.LTE(snaps.C(assetsnapshot.FieldAsOf), store.Opaque(w.yearAgo, "date"))).
		OrderBy(entsql.Desc(snaps.C(assetsnapshot.FieldAsOf))).Limit(1)
	credit := func(t *entsql.SelectTable) *entsql.Predicate {
		return entsql.EQ(t.C(account.FieldType), literal(account.TypeCREDIT.String()))
	}
	inCredit := func(t *entsql.SelectTable) *entsql.Predicate {
		a := entsql.Table(account.Table)
		return entsql.In(t.C(holding.FieldAccountID), entsql.Select(a.C(account.FieldID)).From(a).Where(entsql.And(
			entsql.ColumnsEQ(a.C(account.FieldClientID), s.C(customer.FieldID)), credit(a))))
	}

	s.Select(s.C(customer.FieldID))
	s.AppendSelectExprAs(sum(account.Table, account.FieldCashBalance), "cash")
	s.AppendSelectExprAs(sum(account.Table, account.FieldMarginDebt), "debt")
	s.AppendSelectExprAs(sum(holding.Table, holding.FieldMarketValue), "value")
	s.AppendSelectExprAs(sum(holding.Table, holding.FieldCost), "cost")
	s.AppendSelectExprAs(inflow(w.in30), "in30")
	s.AppendSelectExprAs(inflow(w.in90), "in90")
	s.AppendSelectExprAs(inflow(w.in365), "in365")
	s.AppendSelectExprAs(last(trade.Table, trade.FieldTradedAt), "last_trade")
	s.AppendSelectExprAs(last(interaction.Table, interaction.FieldOccurredAt), "last_contact")
	s.AppendSelectExprAs(yearAgo, "year_ago")
	s.AppendSelectExprAs(aggregate("COUNT", account.Table, account.FieldID, credit), "credit_accounts")
	s.AppendSelectExprAs(sum(account.Table, account.FieldMarginDebt, credit), "credit_debt")
	s.AppendSelectExprAs(sum(account.Table, account.FieldCashBalance, credit), "credit_cash")
	s.AppendSelectExprAs(sum(holding.Table, holding.FieldMarketValue, inCredit), "credit_holdings")
	s.Where(entsql.EQ(s.C(customer.FieldID), clientID))
	if where != nil {
		where(s)
	}
	text, args := s.Query()
	return text, args, s.Err()
}
