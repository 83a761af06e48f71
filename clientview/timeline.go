package clientview

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/dialect/sql"
	"golang.org/x/sync/errgroup"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/advisorassignment"
	"github.com/brokercrm/crm/ent/cashflow"
	"github.com/brokercrm/crm/ent/clientstatuschange"
	"github.com/brokercrm/crm/ent/interaction"
	"github.com/brokercrm/crm/ent/push"
	"github.com/brokercrm/crm/ent/riskassessment"
	"github.com/brokercrm/crm/ent/salesorder"
	"github.com/brokercrm/crm/ent/trade"
	"github.com/brokercrm/crm/money"
)

// Page is one page of a timeline.
type Page struct {
	Items   []*Item
	HasMore bool
}

// Cursor is where a page ends: the time and record id of its last item.
type Cursor = entgql.Cursor[int]

// CursorOf is the cursor after item.
func CursorOf(it *Item) Cursor {
	return Cursor{ID: it.id, Value: it.At.UTC().Format(time.RFC3339Nano)}
}

// position is a point in the timeline: items strictly before it follow.
type bound struct {
	at time.Time
	id int
}

// before narrows a source to items older than b, by (time, id) so that
// items of the same instant page deterministically.
func (b *bound) before(column string) func(*sql.Selector) {
	return func(s *sql.Selector) {
		if b != nil {
			s.Where(sql.CompositeLT([]string{s.C(column), s.C("id")}, b.at, b.id))
		}
	}
}

func newest(column string) func(*sql.Selector) {
	return func(s *sql.Selector) { s.OrderBy(sql.Desc(s.C(column)), sql.Desc(s.C("id"))) }
}

// source reads the newest n items of one kind before a bound.
type source func(ctx context.Context, c *ent.Client, clientID int, b *bound, n int) ([]*Item, error)

var sources = map[Kind]source{
	KindTrade:         trades,
	KindCashFlow:      cashFlows,
	KindInteraction:   interactions,
	KindOrder:         orders,
	KindStatusChange:  statusChanges,
	KindPush:          pushes,
	KindAssessment:    assessments,
	KindAdvisorChange: advisorChanges,
}

// Timeline merges a client's events of the given kinds (all when empty),
// newest first: each kind is read with one indexed query for at most
// first+1 items before the cursor, and the merge keeps the first.
func Timeline(ctx context.Context, client *ent.Client, clientID, first int, after *Cursor, kinds []Kind) (*Page, error) {
	if first < 1 || first > 200 {
		return nil, apperr.New(apperr.BadUserInput, "timeline: first must be between 1 and 200, not %d", first)
	}
	var b *bound
	if after != nil {
		s, _ := after.Value.(string)
		at, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			return nil, apperr.New(apperr.BadUserInput, "timeline: the cursor is not one of this timeline's")
		}
		b = &bound{at: at, id: after.ID}
	}
	if len(kinds) == 0 {
		kinds = Kind("").allKinds()
	}
	kinds = slices.Compact(slices.Sorted(slices.Values(kinds)))
	found := make([][]*Item, len(kinds))
	read := func(i int) error {
		got, err := sources[kinds[i]](ctx, client, clientID, b, first+1)
		if err != nil {
			return fmt.Errorf("timeline %s: %w", kinds[i], err)
		}
		found[i] = got
		return nil
	}
	// The kinds are independent queries: read them side by side, unless
	// the request runs in a transaction, whose one connection takes one
	// statement at a time.
	var g errgroup.Group
	for i := range kinds {
		if ent.TxFromContext(ctx) != nil {
			if err := read(i); err != nil {
				return nil, err
			}
			continue
		}
		g.Go(func() error { return read(i) })
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	var items []*Item
	for _, got := range found {
		items = append(items, got...)
	}
	slices.SortFunc(items, func(a, b *Item) int {
		return cmp.Or(b.At.Compare(a.At), cmp.Compare(b.id, a.id))
	})
	page := &Page{Items: items, HasMore: len(items) > first}
	if page.HasMore {
		page.Items = items[:first]
	}
	return page, nil
}

func (Kind) allKinds() []Kind {
	out := make([]Kind, 0, len(sources))
	for _, v := range Kind("").Values() {
		out = append(out, Kind(v))
	}
	return out
}

func amount(d money.Decimal) *money.Decimal { return &d }

var sideNames = map[trade.Side]string{trade.SideBUY: "买入", trade.SideSELL: "卖出"}

func trades(ctx context.Context, c *ent.Client, clientID int, b *bound, n int) ([]*Item, error) {
	rows, err := c.Trade.Query().
		Where(trade.ClientID(clientID), b.before(trade.FieldTradedAt)).
		Order(newest(trade.FieldTradedAt)).Limit(n).WithInstrument().All(ctx)
	return mapItems(rows, err, func(t *ent.Trade) *Item {
		what := ""
		if t.Edges.Instrument != nil {
			what = t.Edges.Instrument.Code + " " + t.Edges.Instrument.Name + " "
		}
		return &Item{Kind: KindTrade, At: t.TradedAt, id: t.ID, Node: t, Amount: amount(t.Amount),
			Title: fmt.Sprintf("%s %s%s 股", sideNames[t.Side], what, plain(t.Quantity))}
	})
}

var flowNames = map[cashflow.Type]string{
	cashflow.TypeDEPOSIT: "存入", cashflow.TypeWITHDRAWAL: "取出", cashflow.TypeBANK_TRANSFER_IN: "银证转入",
	cashflow.TypeBANK_TRANSFER_OUT: "银证转出", cashflow.TypeDIVIDEND: "分红", cashflow.TypeINTEREST: "利息",
	cashflow.TypeFEE: "费用", cashflow.TypeMARGIN_INTEREST: "融资利息",
}

func cashFlows(ctx context.Context, c *ent.Client, clientID int, b *bound, n int) ([]*Item, error) {
	rows, err := c.CashFlow.Query().
		Where(cashflow.ClientID(clientID), b.before(cashflow.FieldOccurredAt)).
		Order(newest(cashflow.FieldOccurredAt)).Limit(n).All(ctx)
	return mapItems(rows, err, func(f *ent.CashFlow) *Item {
		return &Item{Kind: KindCashFlow, At: f.OccurredAt, id: f.ID, Node: f, Amount: amount(f.Amount), Title: flowNames[f.Type]}
	})
}

func interactions(ctx context.Context, c *ent.Client, clientID int, b *bound, n int) ([]*Item, error) {
	rows, err := c.Interaction.Query().
		Where(interaction.ClientID(clientID), b.before(interaction.FieldOccurredAt)).
		Order(newest(interaction.FieldOccurredAt)).Limit(n).All(ctx)
	return mapItems(rows, err, func(i *ent.Interaction) *Item {
		return &Item{Kind: KindInteraction, At: i.OccurredAt, id: i.ID, Node: i, Title: clip(i.Summary, 60)}
	})
}

func orders(ctx context.Context, c *ent.Client, clientID int, b *bound, n int) ([]*Item, error) {
	rows, err := c.SalesOrder.Query().
		Where(salesorder.ClientID(clientID), b.before(salesorder.FieldCreatedAt)).
		Order(newest(salesorder.FieldCreatedAt)).Limit(n).WithProduct().All(ctx)
	return mapItems(rows, err, func(o *ent.SalesOrder) *Item {
		title := "认购"
		if o.Edges.Product != nil {
			title += " " + o.Edges.Product.Name
		}
		return &Item{Kind: KindOrder, At: o.CreatedAt, id: o.ID, Node: o, Amount: amount(o.Amount), Title: title}
	})
}

func statusChanges(ctx context.Context, c *ent.Client, clientID int, b *bound, n int) ([]*Item, error) {
	rows, err := c.ClientStatusChange.Query().
		Where(clientstatuschange.ClientID(clientID), b.before(clientstatuschange.FieldChangedAt)).
		Order(newest(clientstatuschange.FieldChangedAt)).Limit(n).All(ctx)
	return mapItems(rows, err, func(s *ent.ClientStatusChange) *Item {
		return &Item{Kind: KindStatusChange, At: s.ChangedAt, id: s.ID, Node: s,
			Title: clip(fmt.Sprintf("状态 %s → %s：%s", cmp.Or(s.FromStatus, "—"), s.ToStatus, s.Reason), 80)}
	})
}

func pushes(ctx context.Context, c *ent.Client, clientID int, b *bound, n int) ([]*Item, error) {
	rows, err := c.Push.Query().
		Where(push.ClientID(clientID), b.before(push.FieldCreatedAt)).
		Order(newest(push.FieldCreatedAt)).Limit(n).WithProduct().All(ctx)
	return mapItems(rows, err, func(p *ent.Push) *Item {
		title := "推送"
		if p.Edges.Product != nil {
			title += " " + p.Edges.Product.Name
		}
		return &Item{Kind: KindPush, At: p.CreatedAt, id: p.ID, Node: p, Title: title}
	})
}

func assessments(ctx context.Context, c *ent.Client, clientID int, b *bound, n int) ([]*Item, error) {
	rows, err := c.RiskAssessment.Query().
		Where(riskassessment.ClientID(clientID), b.before(riskassessment.FieldAssessedAt)).
		Order(newest(riskassessment.FieldAssessedAt)).Limit(n).All(ctx)
	return mapItems(rows, err, func(r *ent.RiskAssessment) *Item {
		return &Item{Kind: KindAssessment, At: r.AssessedAt, id: r.ID, Node: r,
			Title: fmt.Sprintf("风险测评 %s（%d 分）", r.Level, r.Score)}
	})
}

func advisorChanges(ctx context.Context, c *ent.Client, clientID int, b *bound, n int) ([]*Item, error) {
	rows, err := c.AdvisorAssignment.Query().
		Where(advisorassignment.ClientID(clientID), b.before(advisorassignment.FieldChangedAt)).
		Order(newest(advisorassignment.FieldChangedAt)).Limit(n).All(ctx)
	return mapItems(rows, err, func(a *ent.AdvisorAssignment) *Item {
		return &Item{Kind: KindAdvisorChange, At: a.ChangedAt, id: a.ID, Node: a, Title: clip("更换顾问："+a.Reason, 80)}
	})
}

func mapItems[T any](rows []T, err error, f func(T) *Item) ([]*Item, error) {
	if err != nil {
		return nil, err
	}
	out := make([]*Item, len(rows))
	for i, r := range rows {
		out[i] = f(r)
	}
	return out, nil
}

// clip shortens s to n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// plain writes a quantity without trailing zeros: 100, 12.5.
func plain(d money.Decimal) string {
	return strings.TrimSuffix(strings.TrimRight(d.String(), "0"), ".")
}
