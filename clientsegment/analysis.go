package clientsegment

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/scheme"
	"github.com/brokercrm/crm/segment"
)

// Bucket is how many clients have one value of a dimension; Value is ""
// for those with none.
type Bucket struct {
	Value string `sql:"segment_value"`
	Count int    `sql:"segment_count"`
}

// Composition counts the clients r picks (every client the viewer may see
// when r is nil) by the values of dimension by: an ENUM or BOOLEAN, or a
// scheme's class. One statement, one pass over the clients.
func Composition(ctx context.Context, client *ent.Client, c *Catalog, r *segment.Rule, by string, now time.Time) ([]Bucket, error) {
	e, ok := c.entries[by]
	if !ok {
		return nil, apperr.New(apperr.BadUserInput, "no dimension %q", by)
	}
	if e.Type != segment.TypeEnum && e.Type != segment.TypeBoolean {
		return nil, apperr.New(apperr.BadUserInput, "%s is a %s dimension; composition is by an ENUM or BOOLEAN one", by, e.Type)
	}
	q, err := c.query(client, r, []string{by}, now)
	if err != nil {
		return nil, err
	}
	var rows []struct {
		Value *string `sql:"segment_value"`
		Count int     `sql:"segment_count"`
	}
	err = q.Modify(func(s *sql.Selector) {
		var value sql.Querier
		switch {
		case e.classifier != nil:
			value = e.classifier.expr(s)
		case e.Type == segment.TypeBoolean:
			col := e.source.Column(s)
			value = sql.Expr("CASE WHEN " + col + " THEN 'true' WHEN NOT " + col + " THEN 'false' END")
		default:
			value = sql.Expr(e.source.Column(s))
		}
		s.Select().AppendSelectExprAs(value, "segment_value").
			AppendSelectExprAs(sql.Expr("COUNT(*)"), "segment_count").
			GroupBy("segment_value")
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("segment composition by %s: %w", by, err)
	}
	out := make([]Bucket, 0, len(rows))
	for _, row := range rows {
		b := Bucket{Count: row.Count}
		if row.Value != nil {
			b.Value = *row.Value
		}
		out = append(out, b)
	}
	return inOrder(out, e.Enum), nil
}

// inOrder sorts buckets as the dimension lists its values, the empty
// value last.
func inOrder(bs []Bucket, values []string) []Bucket {
	rank := map[string]int{"": len(values) + 2, "true": 0, "false": 1}
	for i, v := range values {
		rank[v] = i
	}
	out := make([]Bucket, len(bs))
	copy(out, bs)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && rank[out[j].Value] < rank[out[j-1].Value]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// ClassOf is one client's class in one scheme.
type ClassOf struct {
	Scheme *ent.ClassificationScheme
	Class  *scheme.Class // nil when the client is in none
}

// ClassesOf returns a client's class in every scheme of the catalogue, in
// one statement; the client must be visible to the viewer.
func ClassesOf(ctx context.Context, client *ent.Client, c *Catalog, clientID int, now time.Time) ([]ClassOf, error) {
	var classifiers []*classifier
	for _, e := range c.entries {
		if e.classifier != nil {
			classifiers = append(classifiers, e.classifier)
		}
	}
	if len(classifiers) == 0 {
		return nil, nil
	}
	slices.SortFunc(classifiers, func(a, b *classifier) int { return a.scheme.ID - b.scheme.ID }) // as installed
	dims := make([]string, len(classifiers))
	for i, cl := range classifiers {
		dims[i] = ClassKey(cl.scheme.Key)
	}
	q, err := c.query(client, nil, dims, now)
	if err != nil {
		return nil, err
	}
	// One text column, the classes joined by "|": the number of
	// schemes is only known now, and ent scans into fixed structs.
	var rows []struct {
		Classes string `sql:"segment_classes"`
	}
	err = q.Where(func(s *sql.Selector) { s.Where(sql.EQ(s.C("id"), clientID)) }).Modify(func(s *sql.Selector) {
		joined := sql.ExprFunc(func(b *sql.Builder) {
			for i, cl := range classifiers {
				if i > 0 {
					b.WriteString(" || '|' || ")
				}
				b.WriteString("COALESCE(").Join(cl.expr(s)).WriteString(", '')")
			}
		})
		s.Select().AppendSelectExprAs(joined, "segment_classes")
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, fmt.Errorf("classes of client %d: %w", clientID, err)
	}
	if len(rows) == 0 {
		return nil, &ent.NotFoundError{}
	}
	keys := strings.Split(rows[0].Classes, "|")
	out := make([]ClassOf, len(classifiers))
	for i, cl := range classifiers {
		out[i] = ClassOf{Scheme: cl.scheme}
		for j := range cl.scheme.Classes {
			if i < len(keys) && cl.scheme.Classes[j].Key == keys[i] {
				out[i].Class = &cl.scheme.Classes[j]
			}
		}
	}
	return out, nil
}
