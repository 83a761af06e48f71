package graph

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/brokercrm/crm/apperr"
)

// Limits bound what one operation may ask for.
type Limits struct {
	// MaxDepth is the deepest nesting of fields (introspection aside).
	MaxDepth int
	// MaxComplexity is the largest cost: one per field, with a connection's
	// selection counted once per item asked for (first or last).
	MaxComplexity int
}

// DefaultLimits admit everything the SPA asks and refuse queries that
// would fan out into millions of rows.
var DefaultLimits = Limits{MaxDepth: 12, MaxComplexity: 50000}

// costed gives every field the cost described in Limits.MaxComplexity,
// rather than gqlgen's default of one plus its children whatever the page
// size.
type costed struct{ graphql.ExecutableSchema }

func (costed) Complexity(_ context.Context, _, _ string, childComplexity int, args map[string]any) (int, bool) {
	items := 1
	for _, name := range []string{"first", "last"} {
		if n, ok := intArg(args[name]); ok && n > items {
			items = n
		}
	}
	return 1 + childComplexity*items, true
}

func intArg(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case float64:
		return int(n), true
	case json.Number:
		i, err := n.Int64()
		return int(i), err == nil
	}
	return 0, false
}

// depthLimit refuses operations nested deeper than max, before anything
// runs.
type depthLimit struct{ max int }

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if depth := depthOf(oc.Doc, oc.Operation.SelectionSet, 0); depth > d.max {
		err := gqlerror.Errorf("the query is nested %d levels deep; the limit is %d", depth, d.max)
		err.Extensions = map[string]any{"code": string(apperr.LimitExceeded), "limit": d.max, "depth": depth}
		return err
	}
	return nil
}

// depthOf is the deepest field nesting of set. Fragments are followed, at
// most as deep as the document is long, so a fragment cycle (which
// validation rejects anyway) cannot loop.
func depthOf(doc *ast.QueryDocument, set ast.SelectionSet, level int) int {
	deepest := level
	if level > 100 {
		return level
	}
	for _, sel := range set {
		var d int
		switch sel := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(sel.Name, "__") {
				continue // introspection is as deep as the type system, not the data
			}
			d = depthOf(doc, sel.SelectionSet, level+1)
		case *ast.InlineFragment:
			d = depthOf(doc, sel.SelectionSet, level)
		case *ast.FragmentSpread:
			if f := doc.Fragments.ForName(sel.Name); f != nil {
				d = depthOf(doc, f.SelectionSet, level)
			}
		}
		deepest = max(deepest, d)
	}
	return deepest
}
