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

// MaxPageSize is the largest first or last a connection accepts.
const MaxPageSize = 200

// requirePagination checks, before anything runs, that every connection in
// the operation asks for at most MaxPageSize items with first or last.
// Checking the whole document up front matters: nested connections are
// loaded in bulk by their parent, before their own resolvers run.
func requirePagination(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	oc := graphql.GetOperationContext(ctx)
	if err := checkSelection(oc.Doc, oc.Operation.SelectionSet, oc.Variables); err != nil {
		return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{err}})
	}
	return next(ctx)
}

func checkSelection(doc *ast.QueryDocument, set ast.SelectionSet, vars map[string]any) *gqlerror.Error {
	for _, sel := range set {
		var err *gqlerror.Error
		switch sel := sel.(type) {
		case *ast.Field:
			if err = checkField(sel, vars); err == nil {
				err = checkSelection(doc, sel.SelectionSet, vars)
			}
		case *ast.InlineFragment:
			err = checkSelection(doc, sel.SelectionSet, vars)
		case *ast.FragmentSpread:
			if f := doc.Fragments.ForName(sel.Name); f != nil {
				err = checkSelection(doc, f.SelectionSet, vars)
			}
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func checkField(f *ast.Field, vars map[string]any) *gqlerror.Error {
	if err := checkArguments(f, vars); err != nil {
		return err
	}
	if f.Definition == nil || !strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		return nil
	}
	given := false
	for _, name := range []string{"first", "last"} {
		arg := f.Arguments.ForName(name)
		if arg == nil {
			continue
		}
		v, err := arg.Value.Value(vars)
		if err != nil || v == nil {
			continue
		}
		n, ok := toInt(v)
		if !ok {
			continue // gqlgen reports the type error itself
		}
		if n < 0 || n > MaxPageSize {
			return badInput("%s: %s is %d; it must be between 0 and %d", f.Alias, name, n, MaxPageSize)
		}
		given = true
	}
	if !given {
		return badInput("%s: give first or last (at most %d) to page through this connection", f.Alias, MaxPageSize)
	}
	return nil
}

// Input limits: a filter nested or sized beyond these is refused before it
// reaches the database, which would otherwise fail on it (SQLite's
// expression depth) or spend long on it.
const (
	MaxInputDepth = 10  // objects within objects, e.g. not: {or: [{hasAdvisorWith: …}]}
	MaxInputSize  = 500 // values in all, lists and objects included
)

func checkArguments(f *ast.Field, vars map[string]any) *gqlerror.Error {
	for _, arg := range f.Arguments {
		v, err := arg.Value.Value(vars)
		if err != nil {
			continue // gqlgen reports it
		}
		depth, size := measure(v, 0)
		switch {
		case depth > MaxInputDepth:
			return limitExceeded("%s: argument %s nests %d objects deep; the limit is %d", f.Alias, arg.Name, depth, MaxInputDepth)
		case size > MaxInputSize:
			return limitExceeded("%s: argument %s holds %d values; the limit is %d", f.Alias, arg.Name, size, MaxInputSize)
		}
	}
	return nil
}

// measure returns how deep objects nest in v and how many values it holds,
// giving up once either is past its limit.
func measure(v any, level int) (depth, size int) {
	if level > MaxInputDepth {
		return level, 1
	}
	switch v := v.(type) {
	case map[string]any:
		depth, size = level+1, 1
		for _, x := range v {
			d, n := measure(x, level+1)
			depth, size = max(depth, d), size+n
			if size > MaxInputSize {
				break
			}
		}
	case []any:
		depth, size = level, 1
		for _, x := range v {
			d, n := measure(x, level)
			depth, size = max(depth, d), size+n
			if size > MaxInputSize {
				break
			}
		}
	default:
		depth, size = level, 1
	}
	return depth, size
}

func limitExceeded(format string, args ...any) *gqlerror.Error {
	e := gqlerror.Errorf(format, args...)
	e.Extensions = map[string]any{"code": string(apperr.LimitExceeded)}
	return e
}

// toInt reads an Int argument, which is an int64 when written in the
// query and a json.Number (or int) when passed as a variable.
func toInt(v any) (int64, bool) {
	switch v := v.(type) {
	case int64:
		return v, true
	case int:
		return int64(v), true
	case json.Number:
		n, err := v.Int64()
		return n, err == nil
	}
	return 0, false
}

func badInput(format string, args ...any) *gqlerror.Error {
	e := gqlerror.Errorf(format, args...)
	e.Extensions = map[string]any{"code": string(apperr.BadUserInput)}
	return e
}
