package clientview

import (
	"context"
	"sync"

	"github.com/brokercrm/crm/ent"
)

// nodeLoader fetches the records behind a page's items the first time one
// is asked for, all together: ent's Noders reads them with one query per
// kind, under each kind's own privacy policy.
type nodeLoader struct {
	client *ent.Client
	items  []*Item
	once   sync.Once
	byID   map[int]ent.Noder
	err    error
}

// Node is the record behind the item: a trade, a flow, an interaction…
func (it *Item) Node(ctx context.Context) (ent.Noder, error) {
	l := it.page.nodes
	l.once.Do(func() {
		ids := make([]int, len(l.items))
		for i, item := range l.items {
			ids[i] = item.id
		}
		var nodes []ent.Noder
		nodes, l.err = l.client.Noders(ctx, ids)
		l.byID = make(map[int]ent.Noder, len(nodes))
		for i, n := range nodes {
			if n != nil {
				l.byID[ids[i]] = n
			}
		}
	})
	return l.byID[it.id], l.err
}
