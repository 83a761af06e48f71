package clientsegment

import (
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/segment"
)

// ClassGroup is the catalogue group of the schemes' class dimensions.
const ClassGroup = "CLASSIFICATION"

// ClassKey is the dimension key of a scheme's class, e.g.
// "class_asset_tier".
func ClassKey(schemeKey string) string { return "class_" + schemeKey }

// classifier decides one scheme's class in SQL: the first class whose
// rule holds.
type classifier struct {
	scheme  *ent.ClassificationScheme
	keys    []string
	matches []func(*sql.Selector) *sql.Predicate // each class's own rule, in order
	rules   []segment.Rule
}

// newClassifier compiles a scheme's class rules against base, the
// catalogue without class dimensions (a class is never defined by
// another).
func newClassifier(sc *ent.ClassificationScheme, base segment.Catalog, now time.Time) (*classifier, error) {
	c := &classifier{scheme: sc}
	for _, cl := range sc.Classes {
		p, err := segment.CompilePredicate(cl.Rule, base, now)
		if err != nil {
			return nil, err
		}
		c.keys = append(c.keys, cl.Key)
		c.matches = append(c.matches, p)
		c.rules = append(c.rules, cl.Rule)
	}
	return c, nil
}

// match is the predicate of the rows in class key: its rule holds and no
// earlier class's does.
func (c *classifier) match(s *sql.Selector, key string) *sql.Predicate {
	var earlier []*sql.Predicate
	for i, k := range c.keys {
		p := c.matches[i](s)
		if k == key {
			if len(earlier) == 0 {
				return p
			}
			return sql.And(p, sql.Not(sql.Or(earlier...)))
		}
		earlier = append(earlier, p)
	}
	return sql.False()
}

// expr is CASE WHEN rule1 THEN key1 WHEN rule2 THEN key2 … END: the class
// of each row, NULL for none.
func (c *classifier) expr(s *sql.Selector) sql.Querier {
	return sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("CASE")
		for i, k := range c.keys {
			b.WriteString(" WHEN ").Join(c.matches[i](s)).WriteString(" THEN ").Arg(k)
		}
		b.WriteString(" END")
	})
}

// classEntry is a scheme's class as a dimension of the catalogue; joins
// are those its rules need.
func classEntry(c *classifier, joins []entryJoin) entry {
	sc := c.scheme
	return entry{
		Dimension: segment.Dimension{Key: ClassKey(sc.Key), NameZH: sc.NameZh, NameEN: sc.NameEn, Group: ClassGroup,
			Type: segment.TypeEnum, Enum: c.keys},
		Description: sc.Description,
		source:      segment.Source{Match: c.match},
		joins:       joins,
		classifier:  c,
	}
}

// WithoutClasses is the catalogue less the schemes' classes: what a
// scheme's own rules may use (a class is never defined by another).
func (cat *Catalog) WithoutClasses() segment.Catalog {
	out := &Catalog{entries: map[string]entry{}}
	for k, e := range cat.entries {
		if e.classifier == nil {
			out.entries[k] = e
		}
	}
	return out
}
