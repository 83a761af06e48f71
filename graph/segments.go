package graph

import (
	"context"
	"encoding/json"
	"sync"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/clientsegment"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/graph/model"
	"github.com/brokercrm/crm/scheme"
	"github.com/brokercrm/crm/segment"
)

// parseRule reads a rule sent as JSON text.
func parseRule(text string) (segment.Rule, error) {
	var r segment.Rule
	if err := json.Unmarshal([]byte(text), &r); err != nil {
		return r, apperr.New(apperr.BadUserInput, "rule: not a JSON rule tree: %v", err)
	}
	return r, nil
}

// ruleText writes a rule as JSON text.
func ruleText(r segment.Rule) (string, error) {
	b, err := json.Marshal(r)
	return string(b), err
}

// ruleErrorsOf turns a rule's validation errors into one BAD_USER_INPUT
// error that lists them in extensions.ruleErrors, for the editor to mark
// each faulty condition; other errors pass unchanged.
func ruleErrorsOf(err error) error {
	problems := segment.RuleErrors(err)
	if len(problems) == 0 {
		return err
	}
	msg := problems[0].Error()
	if len(problems) > 1 {
		msg += " (and more)"
	}
	return &gqlerror.Error{Err: err, Message: msg, Extensions: map[string]any{
		"code": string(apperr.BadUserInput), "ruleErrors": problems,
	}}
}

// catalog loads the segment catalogue as the request sees it: once per
// query operation (the schemes page asks for twelve distributions), anew
// for each field of a mutation, which may have changed it.
func (r *Resolver) catalog(ctx context.Context, now time.Time) (*clientsegment.Catalog, error) {
	m, ok := ctx.Value(catalogMemoKey{}).(*catalogMemo)
	if !ok {
		return clientsegment.Load(ctx, r.db(ctx), now)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.catalog == nil {
		c, err := clientsegment.Load(ctx, r.db(ctx), now)
		if err != nil {
			return nil, err
		}
		m.catalog = c
	}
	return m.catalog, nil
}

type catalogMemoKey struct{}

// catalogMemo is a query operation's segment catalogue, loaded by the
// first field that needs it.
type catalogMemo struct {
	mu      sync.Mutex
	catalog *clientsegment.Catalog
}

// memoizeCatalog gives each query operation one segment catalogue.
func memoizeCatalog(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if oc := graphql.GetOperationContext(ctx); oc.Operation != nil && oc.Operation.Operation == ast.Query {
		ctx = context.WithValue(ctx, catalogMemoKey{}, &catalogMemo{})
	}
	return next(ctx)
}

// segmentDimension is a dimension as the API lists it.
func segmentDimension(d segment.Dimension, description string) *model.SegmentDimension {
	out := &model.SegmentDimension{Key: d.Key, NameZh: d.NameZH, NameEn: d.NameEN, Group: d.Group, Type: string(d.Type),
		Values: d.Enum}
	if d.Unit != "" {
		out.Unit = &d.Unit
	}
	if description != "" {
		out.Description = &description
	}
	for _, op := range d.Type.Operators() {
		out.Operators = append(out.Operators, string(op))
	}
	return out
}

// buckets converts a composition for the API.
func buckets(bs []clientsegment.Bucket) []*model.SegmentBucket {
	out := make([]*model.SegmentBucket, len(bs))
	for i, b := range bs {
		out[i] = &model.SegmentBucket{Count: b.Count}
		if b.Value != "" {
			v := b.Value
			out[i].Value = &v
		}
	}
	return out
}

// schemeClasses converts a scheme's classes for the API.
func schemeClasses(cs []scheme.Class) ([]*model.SchemeClass, error) {
	out := make([]*model.SchemeClass, len(cs))
	for i, c := range cs {
		text, err := ruleText(c.Rule)
		if err != nil {
			return nil, err
		}
		out[i] = &model.SchemeClass{Key: c.Key, NameZh: c.NameZH, NameEn: c.NameEN, Rule: text}
	}
	return out, nil
}

// classesInput reads the classes head office sends.
func classesInput(in []*model.SchemeClassInput) ([]scheme.Class, error) {
	out := make([]scheme.Class, len(in))
	for i, c := range in {
		r, err := parseRule(c.Rule)
		if err != nil {
			return nil, apperr.New(apperr.BadUserInput, "class %s: %v", c.Key, err)
		}
		out[i] = scheme.Class{Key: c.Key, NameZH: c.NameZh, NameEN: c.NameEn, Rule: r}
	}
	return out, nil
}

// savedInput reads a saved segment's input.
func savedInput(in model.SavedSegmentInput) (clientsegment.Saved, error) {
	r, err := parseRule(in.Rule)
	if err != nil {
		return clientsegment.Saved{}, err
	}
	return clientsegment.Saved{Name: in.Name, Description: deref(in.Description), Rule: r, Visibility: in.Visibility}, nil
}

// segmentQuery is the clients a rule sent as text picks.
func (r *Resolver) segmentQuery(ctx context.Context, text string) (*ent.CustomerQuery, error) {
	rule, err := parseRule(text)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	cat, err := r.catalog(ctx, now)
	if err != nil {
		return nil, err
	}
	q, err := clientsegment.Members(r.db(ctx), cat, rule, now)
	if err != nil {
		return nil, ruleErrorsOf(err)
	}
	return q, nil
}
