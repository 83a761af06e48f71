package clientview

import (
	"context"
	"fmt"
	"reflect"

	entsql "entgo.io/ent/dialect/sql"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// The client page's two widest statements, the timeline's union and the
// summary's figures, are written with ent's SQL builder, which cost more
// of the page's CPU than running them. Their text depends only on a few
// things (the database, the viewer's access condition, the timeline's
// kinds and page size), so each is kept once built, by that shape, and
// only the arguments are assembled per call. The first build of a shape
// checks the hand-assembled arguments against the builder's.

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// access is one scope's condition for the viewer: where is nil when every
// row may be read; text and args are where rendered, the key of a shape
// and the arguments each use of the condition carries.
type access struct {
	where func(*entsql.Selector)
	text  string
	args  []any
}

// accessTo is the viewer's condition on rows of scope whose client is in
// column: rule.ClientOwnedRows, the one place that decides it, rendered.
func accessTo(ctx context.Context, d *entsql.DialectBuilder, scope viewer.Scope, column string) (*access, error) {
	where, err := rule.ClientOwnedRows(ctx, scope, column)
	if err != nil {
		return nil, err
	}
	a := &access{where: where}
	if where != nil {
		probe := d.Select("id").From(d.Table("probe"))
		where(probe)
		a.text, a.args = probe.Query()
	}
	return a, nil
}

// memoized is the text of key's statement from memo, or else the one build
// writes, kept if build put its arguments where args, assembled by hand
// for the call, has them.
func memoized[K comparable](memo *lru.Cache[K, string], key K, args []any, build func() (string, []any, error)) (string, error) {
	if text, ok := memo.Get(key); ok {
		return text, nil
	}
	text, built, err := build()
	if err != nil {
		return "", err
	}
	if !reflect.DeepEqual(built, args) {
		return "", fmt.Errorf("clientview: arguments %v, built %v", args, built)
	}
	memo.Add(key, text)
	return text, nil
}
