package clientview

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/brokercrm/crm/store"

	"entgo.io/contrib/entgql"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/money"
)

// Page is one page of a timeline.
type Page struct {
	Items   []*Item
	HasMore bool
	nodes   *nodeLoader
}

// Cursor is where a page ends: the time and record id of its last item.
type Cursor = entgql.Cursor[int]

// CursorOf is the cursor after item.
func CursorOf(it *Item) Cursor {
	return Cursor{ID: it.id, Value: it.At.UTC().Format(time.RFC3339Nano)}
}

// bound is a point in the timeline: items strictly before it follow.
type bound struct {
	at time.Time
	id int
}

// Timeline merges a client's events of the given kinds (all when empty),
// newest first, in one statement: a UNION ALL of one branch per kind, each
// reading at most first+1 rows before the cursor from its index on
// (client_id, time), and the union keeping the first+1 newest. Records
// share one id space (ent's global ids), so (time, id) orders the items
// totally.
//
// ent's builders cannot express the union, so each branch carries the
// access condition of its table from rule.ClientOwnedRows — the same one
// ent's policies apply to those tables.
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
		kinds = allKinds()
	}
	kinds = slices.Compact(slices.Sorted(slices.Values(kinds)))

	query, args, err := timelineQuery(ctx, client.Dialect(), clientID, first, b, kinds)
	if err != nil {
		return nil, err
	}
	rows, err := client.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	defer rows.Close()
	page := &Page{nodes: &nodeLoader{client: client}}
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.kind, &r.id, &r.at, &r.amount, &r.quantity, &r.a, &r.b, &r.c, &r.score); err != nil {
			return nil, fmt.Errorf("timeline: %w", err)
		}
		page.Items = append(page.Items, r.item(page))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	if page.HasMore = len(page.Items) > first; page.HasMore {
		page.Items = page.Items[:first]
	}
	page.nodes.items = page.Items
	return page, nil
}

func allKinds() []Kind {
	out := make([]Kind, 0, len(sources))
	for _, v := range Kind("").Values() {
		out = append(out, Kind(v))
	}
	return out
}

// row is one item as the union returns it: the columns every branch
// selects, in this order (see branch.selectFrom), which each kind fills
// with what its title needs.
type row struct {
	kind     Kind
	id       int
	at       store.NullTime
	amount   sql.NullInt64
	quantity sql.NullInt64
	a, b, c  sql.NullString
	score    sql.NullInt64
}

func (r *row) item(p *Page) *Item {
	it := &Item{Kind: r.kind, At: r.at.Time, id: r.id, page: p, Title: sources[r.kind].title(r)}
	if r.amount.Valid {
		d := money.Decimal(r.amount.Int64)
		it.Amount = &d
	}
	return it
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
