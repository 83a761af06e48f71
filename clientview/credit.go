package clientview

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/account"
	"github.com/brokercrm/crm/ent/holding"
	"github.com/brokercrm/crm/money"
)

type creditRow struct {
	Accounts int   `sql:"accounts"`
	Debt     int64 `sql:"debt"`
	Cash     int64 `sql:"cash"`
	Value    int64 `sql:"value"`
}

// Credit sums up a client's credit accounts, or returns nil when there
// are none: debt, collateral (cash and holdings in them) and the
// maintenance ratio the margin rules watch.
func Credit(ctx context.Context, client *ent.Client, clientID int) (*CreditSummary, error) {
	var rows []creditRow
	err := client.Account.Query().
		Where(account.ClientID(clientID), account.TypeEQ(account.TypeCREDIT)).
		Modify(func(s *sql.Selector) {
			h := sql.Table(holding.Table)
			held := sql.Select("COALESCE(" + sql.Sum(h.C(holding.FieldMarketValue)) + ", 0)").From(h).
				Where(sql.ColumnsEQ(h.C(holding.FieldAccountID), s.C(account.FieldID)))
			s.Select(
				sql.As(sql.Count("*"), "accounts"),
				sql.As("COALESCE("+sql.Sum(s.C(account.FieldMarginDebt))+", 0)", "debt"),
				sql.As("COALESCE("+sql.Sum(s.C(account.FieldCashBalance))+", 0)", "cash"),
			)
			s.AppendSelectExprAs(sql.ExprFunc(func(b *sql.Builder) {
				b.WriteString("COALESCE(SUM((").Join(held).WriteString(")), 0)")
			}), "value")
		}).
		Scan(ctx, &rows)
	if err != nil || len(rows) == 0 || rows[0].Accounts == 0 {
		return nil, err
	}
	r := rows[0]
	out := &CreditSummary{
		MarginDebt: money.Decimal(r.Debt),
		Collateral: money.Decimal(r.Cash + r.Value),
	}
	if r.Debt > 0 {
		ratio := out.Collateral.MulFrac(100*10_000, r.Debt)
		out.MaintenanceRatio = &ratio
	}
	return out, nil
}
