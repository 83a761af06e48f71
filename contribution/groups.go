package contribution

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/branch"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/money"
)

// Grouping is what revenue is grouped by.
type Grouping string

// The groupings.
const (
	ByBranch  Grouping = "BRANCH"
	ByAdvisor Grouping = "ADVISOR"
)

// Group is the revenue of one branch's or advisor's clients.
type Group struct {
	ID      *int // nil: clients without an advisor
	Name    string
	Clients int
	Revenue money.Decimal
	Share   money.Decimal // of the analysis's total, in percent
}

// Groups is the revenue by branch or by advisor, largest first.
func (a *Analysis) Groups(ctx context.Context, client *ent.Client, by Grouping) ([]Group, error) {
	column := map[Grouping]string{ByBranch: customer.FieldBranchID, ByAdvisor: customer.FieldAdvisorID}[by]
	if column == "" {
		return nil, fmt.Errorf("contribution: unknown grouping %q", by)
	}
	var rows []struct {
		ID      *int  `sql:"group_id"`
		Clients int   `sql:"clients"`
		Revenue int64 `sql:"revenue"`
	}
	err := clients(client).Modify(func(s *sql.Selector) {
		s.Select().AppendSelectExprAs(sql.Expr(s.C(column)), "group_id").
			AppendSelectExprAs(sql.Expr("COUNT(*)"), "clients").
			AppendSelectExprAs(sql.Expr("COALESCE(SUM("+col(s, a.cols.revenue)+"), 0)"), "revenue").
			GroupBy(s.C(column))
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("contribution by %s: %w", by, err)
	}
	names, err := groupNames(ctx, client, by, rows)
	if err != nil {
		return nil, err
	}
	out := make([]Group, len(rows))
	for i, r := range rows {
		g := Group{ID: r.ID, Clients: r.Clients, Revenue: money.Decimal(r.Revenue), Name: "—"}
		if r.ID != nil {
			g.Name = names[*r.ID]
		}
		if a.Total > 0 {
			g.Share = g.Revenue.MulFrac(100*10_000, int64(a.Total))
		}
		out[i] = g
	}
	slices.SortStableFunc(out, func(x, y Group) int { return int(sign(int64(y.Revenue - x.Revenue))) })
	return out, nil
}

// groupNames names the branches or advisors of rows. The names of
// colleagues and branches are not secret from whoever sees their
// clients' revenue, so they are read with the system's permission.
func groupNames[R any](ctx context.Context, client *ent.Client, by Grouping, rows []R) (map[int]string, error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	names := map[int]string{}
	if by == ByBranch {
		bs, err := client.Branch.Query().Select(branch.FieldID, branch.FieldName).All(ctx)
		if err != nil {
			return nil, err
		}
		for _, b := range bs {
			names[b.ID] = b.Name
		}
		return names, nil
	}
	us, err := client.User.Query().Where(user.HasClients()).Select(user.FieldID, user.FieldDisplayName).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, u := range us {
		names[u.ID] = u.DisplayName
	}
	return names, nil
}

// ClientRevenue is a client and the revenue they brought.
type ClientRevenue struct {
	Client  *ent.Customer
	Revenue money.Decimal
}

// Top is the n clients who brought the most.
func (a *Analysis) Top(ctx context.Context, client *ent.Client, n int) ([]ClientRevenue, error) {
	var rows []struct {
		ID      int   `sql:"id"`
		Revenue int64 `sql:"revenue"`
	}
	err := clients(client).Modify(func(s *sql.Selector) {
		rev := col(s, a.cols.revenue)
		s.Select(s.C(customer.FieldID)).AppendSelectExprAs(sql.Expr(rev), "revenue").
			OrderExpr(sql.Expr(rev + " DESC")).OrderBy(s.C(customer.FieldID)).Limit(n)
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("contribution top clients: %w", err)
	}
	ids := make([]int, len(rows))
	for i, r := range rows {
		ids[i] = r.ID
	}
	cs, err := client.Customer.Query().Where(customer.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := map[int]*ent.Customer{}
	for _, c := range cs {
		byID[c.ID] = c
	}
	out := make([]ClientRevenue, 0, len(rows))
	for _, r := range rows {
		if c, ok := byID[r.ID]; ok {
			out = append(out, ClientRevenue{Client: c, Revenue: money.Decimal(r.Revenue)})
		}
	}
	return out, nil
}
