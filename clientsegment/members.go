package clientsegment

import (
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/segment"
)

// Members is the query of the clients r describes, as of now (for
// relative dates). It is a client query like any other: the viewer's
// privacy rules narrow it, and the caller counts, pages or exports it.
// A rule that does not validate returns segment.Validate's error.
func Members(client *ent.Client, c *Catalog, r segment.Rule, now time.Time) (*ent.CustomerQuery, error) {
	return c.query(client, &r, nil, now)
}

// Where compiles r into a condition on a client query that adds the
// joins r's dimensions need: for rules used inside other client queries
// (a product's target attributes, package matching).
func (c *Catalog) Where(r segment.Rule, now time.Time) (func(*sql.Selector), error) {
	where, err := segment.Compile(r, c, now)
	if err != nil {
		return nil, err
	}
	return withJoins(c.joinsOf(r), where), nil
}

// query is the clients r picks (all the viewer may see when r is nil),
// joined also to the tables of the dimensions in also.
func (c *Catalog) query(client *ent.Client, r *segment.Rule, also []string, now time.Time) (*ent.CustomerQuery, error) {
	var where func(*sql.Selector)
	var rules []segment.Rule
	if r != nil {
		w, err := segment.Compile(*r, c, now)
		if err != nil {
			return nil, err
		}
		where, rules = w, append(rules, *r)
	}
	for _, key := range also {
		rules = append(rules, segment.Rule{Dimension: key})
	}
	// Every join is on a key of at most one row per client, so the
	// rows stay one per client and no DISTINCT is needed.
	return client.Customer.Query().Unique(false).Where(withJoins(c.joinsOf(rules...), where)), nil
}

// joinsOf returns the joins the dimensions of rules need, each once, in
// the order the rules first name them.
func (c *Catalog) joinsOf(rules ...segment.Rule) []entryJoin {
	seen := map[string]bool{}
	var joins []entryJoin
	var walk func(r segment.Rule)
	walk = func(r segment.Rule) {
		if e, ok := c.entries[r.Dimension]; ok {
			for _, j := range e.joins {
				if !seen[j.key] {
					seen[j.key] = true
					joins = append(joins, j)
				}
			}
		}
		for _, sub := range r.Rules {
			walk(sub)
		}
	}
	for _, r := range rules {
		walk(r)
	}
	return joins
}

// withJoins applies joins, then where, to a client query's selector.
func withJoins(joins []entryJoin, where func(*sql.Selector)) func(*sql.Selector) {
	return func(s *sql.Selector) {
		for _, j := range joins {
			j.add(s)
		}
		if where != nil {
			where(s)
		}
	}
}
