// Package clientsearch is the search box staff find clients with: one
// query that may be a name, pinyin initials, a client or account number,
// an ID number, a phone or its last four digits.
//
// Every lookup is an ent query under the viewer's privacy rules, so a
// client the viewer may not see is neither listed nor counted, whatever
// key it was looked up by; and every lookup is a comparison or a prefix
// on an indexed column, or bigrams on the index of name_grams (see
// Classify), so none reads the whole table.
//
// A name is matched from its start first (a range of the btree index on
// name: Chinese names start with the surname, which is what staff type
// first), then anywhere inside. LIKE '%…%' alone would scan every client,
// and PostgreSQL's pg_trgm does not help (it needs three characters, and
// under the C locale it ignores Chinese altogether), so a substring is
// looked up by its bigrams in the name_grams table (searchkey.Bigrams,
// kept by the Customer hook and the seed) and only the clients having all
// of them are compared with LIKE. This works the same on SQLite and
// PostgreSQL, needs no extension, and finds a given name (三丰 → 张三丰)
// or a word inside a company name. The pinyin initials (张三丰 → zsf)
// cover the rest of the habit.
//
// PostgreSQL turns LIKE 'abc%' into an index range only when the column's
// collation is C, as in the clusters pgtest creates; a database created
// with another collation would need text_pattern_ops indexes instead.
package clientsearch

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/account"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/namegram"
	"github.com/brokercrm/crm/ent/predicate"
	"github.com/brokercrm/crm/searchkey"
)

// MaxFirst is the largest page.
const MaxFirst = 200

// Page is one page of results with the total over all pages.
type Page struct {
	Edges      []Edge
	PageInfo   ent.PageInfo
	TotalCount int
}

// Edge is one client found, with why.
type Edge struct {
	Node      *ent.Customer
	Cursor    ent.Cursor
	MatchedBy Match
}

// Search returns the first clients after the cursor that match query,
// best matches first: exact identifiers (client number, account, ID
// number, phone), then last four digits and initials, then client-number
// prefixes, then names starting with the query, then names holding it;
// within a rank by name, then client number. A client matching several
// ways is listed once, at its best rank.
//
// It runs, per rank that has lookups, one query for the page (skipped for
// ranks before the cursor or after a full page) and one count (skipped
// when the page query already saw all of the rank), plus one account
// lookup for account-number-like queries: an initials or phone search
// takes one or two statements, a name of two or more characters (a
// prefix rank and a substring rank) or a 4-digit one two to four.
func Search(ctx context.Context, client *ent.Client, query string, first int, after *ent.Cursor) (*Page, error) {
	if first < 0 || first > MaxFirst {
		return nil, apperr.New(apperr.BadUserInput, "first: %d; it must be between 0 and %d", first, MaxFirst)
	}
	terms, err := Classify(query)
	if err != nil {
		return nil, err
	}
	var from *position
	if after != nil {
		if from, err = decodeCursor(after); err != nil {
			return nil, err
		}
	}
	ranks, err := lookups(ctx, client, terms)
	if err != nil {
		return nil, err
	}

	var (
		page = &Page{Edges: []Edge{}}
		want = first + 1 // one more tells whether there is a next page
		// better is what earlier ranks matched, excluded from later ones so
		// that each client is listed and counted once, at its best rank.
		better []predicate.Customer
	)
	for r, ls := range ranks {
		if len(ls) == 0 {
			continue
		}
		where := []predicate.Customer{anyOf(ls)}
		if len(better) > 0 {
			where = append(where, customer.Not(customer.Or(better...)))
		}
		n := -1 // how many the rank holds; -1 until known
		if len(page.Edges) < want && (from == nil || r >= from.rank) {
			q := client.Customer.Query().Where(where...)
			resumed := from != nil && r == from.rank
			if resumed {
				q.Where(from.after())
			}
			limit := want - len(page.Edges)
			found, err := q.Order(customer.ByName(), customer.ByClientNo()).Limit(limit).All(ctx)
			if err != nil {
				return nil, fmt.Errorf("search clients: %w", err)
			}
			for _, c := range found {
				page.Edges = append(page.Edges, edge(c, r, ls))
			}
			if !resumed && len(found) < limit {
				n = len(found) // the page query saw the whole rank: no count needed
			}
		}
		if n < 0 {
			// COUNT(*), not ent's Count (COUNT(id)): with no column to read,
			// a rank that is one prefix is counted from that column's index
			// alone. Every other rank is equalities matching a handful.
			if n, err = client.Customer.Query().Where(where...).Aggregate(ent.Count()).Int(ctx); err != nil {
				return nil, fmt.Errorf("count clients found: %w", err)
			}
		}
		page.TotalCount += n
		if n > 0 {
			better = append(better, anyOf(ls))
		}
	}

	page.PageInfo.HasPreviousPage = after != nil
	if len(page.Edges) > first {
		page.PageInfo.HasNextPage = true
		page.Edges = page.Edges[:first]
	}
	if n := len(page.Edges); n > 0 {
		page.PageInfo.StartCursor = &page.Edges[0].Cursor
		page.PageInfo.EndCursor = &page.Edges[n-1].Cursor
	}
	return page, nil
}

// lookup is a Term made into a predicate on customers, and the same test
// in Go to say which lookup of a rank found a client.
type lookup struct {
	match   Match
	where   predicate.Customer
	matches func(*ent.Customer) bool
}

// lookups turns terms into lookups grouped by rank. An account number is
// looked up first (under the privacy rules of accounts, so a hidden
// client's account is not found) and becomes its client's id.
//
// Every predicate is false, never NULL, on a NULL column: a rank excludes
// the clients of better ranks with NOT(…), and NOT(NULL) would exclude a
// client whose phone is simply empty.
func lookups(ctx context.Context, client *ent.Client, terms []Term) ([numRanks][]lookup, error) {
	var ranks [numRanks][]lookup
	for _, t := range terms {
		v := t.Value
		var where predicate.Customer
		var matches func(*ent.Customer) bool
		switch {
		case t.Match == ClientNo && t.Prefix:
			where, matches = customer.ClientNoHasPrefix(v), func(c *ent.Customer) bool { return hasPrefixFold(c.ClientNo, v) }
		case t.Match == ClientNo:
			where, matches = customer.ClientNo(v), func(c *ent.Customer) bool { return c.ClientNo == v }
		case t.Match == AccountNo:
			ids, err := client.Account.Query().Where(account.AccountNo(v)).Select(account.FieldClientID).Ints(ctx)
			if err != nil {
				return ranks, fmt.Errorf("look up account number: %w", err)
			}
			if len(ids) == 0 {
				continue
			}
			where, matches = customer.IDIn(ids...), func(c *ent.Customer) bool { return slices.Contains(ids, c.ID) }
		case t.Match == IDNumber:
			where, matches = customer.IDNumber(v), func(c *ent.Customer) bool { return c.IDNumber == v }
		case t.Match == Phone:
			where = customer.And(customer.PhoneNotNil(), customer.Phone(v))
			matches = func(c *ent.Customer) bool { return c.Phone == v }
		case t.Match == PhoneLast4:
			where = customer.And(customer.PhoneLast4NotNil(), customer.PhoneLast4(v))
			matches = func(c *ent.Customer) bool { return c.PhoneLast4 == v }
		case t.Match == NameInitials:
			where = customer.And(customer.NameInitialsNotNil(), customer.NameInitialsHasPrefix(v))
			matches = func(c *ent.Customer) bool { return hasPrefixFold(c.NameInitials, v) }
		case t.Match == Name && t.Prefix:
			where, matches = customer.NameHasPrefix(v), func(c *ent.Customer) bool { return hasPrefixFold(c.Name, v) }
		case t.Match == Name:
			// The bigrams find the candidates through the index; LIKE keeps
			// those that hold the query itself, in one piece and in order.
			where = customer.And(hasBigrams(searchkey.Bigrams(v)), customer.NameContains(v))
			matches = func(c *ent.Customer) bool { return containsFold(c.Name, v) }
		default:
			return ranks, fmt.Errorf("clientsearch: no lookup for %+v", t)
		}
		ranks[t.rank()] = append(ranks[t.rank()], lookup{match: t.Match, where: where, matches: matches})
	}
	return ranks, nil
}

// hasBigrams selects the clients whose name has every one of grams (which
// are distinct), in one subquery that reads the (gram, client_id) index
// alone:
//
//	id IN (SELECT client_id FROM name_grams WHERE gram IN (?, …)
//	       GROUP BY client_id HAVING COUNT(*) = ?)
//
// COUNT(*) counts distinct grams because that index is unique; unlike
// COUNT(DISTINCT gram) it lets PostgreSQL group by hashing instead of
// sorting every candidate, which matters for grams many names share
// (有限, 公司). The grams are parameters, never SQL text. The subquery is
// plain SQL inside the customer query, so the privacy rules of that query
// decide which of the clients it selects are seen and counted.
func hasBigrams(grams []string) predicate.Customer {
	return func(s *sql.Selector) {
		t := sql.Table(namegram.Table)
		args := make([]any, len(grams))
		for i, g := range grams {
			args[i] = g
		}
		s.Where(sql.In(s.C(customer.FieldID),
			sql.Select(t.C(namegram.FieldClientID)).From(t).
				Where(sql.In(t.C(namegram.FieldGram), args...)).
				GroupBy(t.C(namegram.FieldClientID)).
				Having(sql.EQ(sql.Count("*"), len(grams)))))
	}
}

func anyOf(ls []lookup) predicate.Customer {
	ps := make([]predicate.Customer, len(ls))
	for i, l := range ls {
		ps[i] = l.where
	}
	if len(ps) == 1 {
		return ps[0]
	}
	return customer.Or(ps...)
}

// edge makes the result for client c found in rank r: matchedBy is the
// first lookup of the rank that matches it.
func edge(c *ent.Customer, r int, ls []lookup) Edge {
	m := ls[0].match
	for _, l := range ls {
		if l.matches(c) {
			m = l.match
			break
		}
	}
	return Edge{Node: c, MatchedBy: m, Cursor: encodeCursor(c, r)}
}

// hasPrefixFold is strings.HasPrefix ignoring ASCII case, as SQLite's LIKE
// does, so that matchedBy agrees with what the database matched.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// containsFold is strings.Contains ignoring case, as hasPrefixFold is
// strings.HasPrefix.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if hasPrefixFold(s[i:], sub) {
			return true
		}
	}
	return false
}

// position is where a page ends in the order of results: a rank, then
// name and client number (unique, so the order is total). It is kept in
// the cursor itself rather than looked up by id, so a cursor stays valid
// when its client is renamed, reassigned or no longer visible.
type position struct {
	rank     int
	name     string
	clientNo string
}

func encodeCursor(c *ent.Customer, rank int) ent.Cursor {
	v, _ := json.Marshal([]any{rank, c.Name, c.ClientNo})
	return ent.Cursor{ID: c.ID, Value: string(v)}
}

func decodeCursor(c *ent.Cursor) (*position, error) {
	bad := apperr.New(apperr.BadUserInput, "after: not a cursor of searchClients")
	s, ok := c.Value.(string)
	if !ok {
		return nil, bad
	}
	var v []json.RawMessage
	p := &position{}
	if json.Unmarshal([]byte(s), &v) != nil || len(v) != 3 ||
		json.Unmarshal(v[0], &p.rank) != nil || json.Unmarshal(v[1], &p.name) != nil ||
		json.Unmarshal(v[2], &p.clientNo) != nil || p.rank < 0 || p.rank >= numRanks {
		return nil, bad
	}
	return p, nil
}

// after selects the clients of the position's rank that come after it.
func (p *position) after() predicate.Customer {
	return customer.Or(customer.NameGT(p.name), customer.And(customer.Name(p.name), customer.ClientNoGT(p.clientNo)))
}
