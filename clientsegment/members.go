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
	where, err := segment.Compile(r, c, now)
	if err != nil {
		return nil, err
	}
	joins := c.joinsOf(r)
	// Every join is on a key of at most one row per client, so the
	// rows stay one per client and no DISTINCT is needed.
	return client.Customer.Query().Unique(false).Where(func(s *sql.Selector) {
		for _, join := range joins {
			join(s)
		}
		where(s)
	}), nil
}

// joinsOf returns the joins the dimensions of r need, each once, in the
// order the rule first names them.
func (c *Catalog) joinsOf(r segment.Rule) []func(*sql.Selector) {
	seen := map[string]bool{}
	var joins []func(*sql.Selector)
	var walk func(r segment.Rule)
	walk = func(r segment.Rule) {
		if e, ok := c.entries[r.Dimension]; ok && e.join != nil && !seen[e.joinKey] {
			seen[e.joinKey] = true
			joins = append(joins, e.join)
		}
		for _, sub := range r.Rules {
			walk(sub)
		}
	}
	walk(r)
	return joins
}
