package clientview

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	entsql "entgo.io/ent/dialect/sql"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/brokercrm/crm/viewer"
)

// timelineStatements keeps the timeline statements built, by shape (see memo.go).
// Shapes vary with the kinds, the page size and the number of clients
// shared with an advisor, so the most recently used ones are kept.
var timelineStatements = must(lru.New[shape, string](1024))

// shape is what a timeline statement's text depends on: the database,
// the kinds, whether a cursor bounds it, the page size and the access
// condition of each scope as the viewer's rules render it.
type shape struct {
	dialect string
	kinds   string
	bounded bool
	first   int
	access  string
}

// timelineQuery is the union Timeline runs, from the memo when the shape
// has been built before.
func timelineQuery(ctx context.Context, dialect string, clientID, first int, b *bound, kinds []Kind) (string, []any, error) {
	d := entsql.Dialect(dialect)
	scopes := map[viewer.Scope]*access{}
	key := shape{dialect: dialect, bounded: b != nil, first: first}
	var names, conditions strings.Builder
	for _, k := range kinds {
		names.WriteString(string(k) + ",")
		scope := sources[k].scope
		if scopes[scope] != nil {
			continue
		}
		a, err := accessTo(ctx, d, scope, "client_id")
		if err != nil {
			return "", nil, err
		}
		scopes[scope] = a
		fmt.Fprintf(&conditions, "%s:%s;", scope, a.text)
	}
	key.kinds, key.access = names.String(), conditions.String()

	args := make([]any, 0, len(kinds)*4)
	for _, k := range kinds {
		args = append(args, clientID)
		if b != nil {
			args = append(args, b.at, b.id)
		}
		args = append(args, scopes[sources[k].scope].args...)
	}
	text, err := memoized(timelineStatements, key, args, func() (string, []any, error) {
		return buildTimeline(d, clientID, first, b, kinds, scopes)
	})
	return text, args, err
}

// buildTimeline writes the union with ent's builder: a branch per kind,
// each carrying the access condition of its scope.
func buildTimeline(d *entsql.DialectBuilder, clientID, first int, b *bound, kinds []Kind, scopes map[viewer.Scope]*access) (string, []any, error) {
	var union *entsql.Selector
	for i, k := range kinds {
		src := sources[k]
		branch := src.selectFrom(d, clientID, b, first+1, scopes[src.scope].where)
		wrapped := d.Select("*").From(branch.As("k" + strconv.Itoa(i)))
		if union == nil {
			union = wrapped
			continue
		}
		union.UnionAll(wrapped)
	}
	union.OrderBy(entsql.Desc("at"), entsql.Desc("id")).Limit(first + 1)
	text, args := union.Query()
	return text, args, union.Err()
}
