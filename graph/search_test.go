package graph_test

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/clientsearch"
	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/graph/model"
	"github.com/brokercrm/crm/idcard"
)

const searchClients = `query Search($q: String!, $first: Int!, $after: Cursor) {
  searchClients(query: $q, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor matchedBy node { id clientNo name phone idNumber } }
  }
}`

type searchPage struct {
	SearchClients struct {
		TotalCount int
		PageInfo   struct {
			HasNextPage, HasPreviousPage bool
			StartCursor, EndCursor       *string
		}
		Edges []searchEdge
	}
}

type searchEdge struct {
	Cursor    string
	MatchedBy string
	Node      struct{ ID, ClientNo, Name, IDNumber, Phone string }
}

// hit is one expected or returned result: which client, and why.
type hit struct {
	id    string
	match string
}

func (h hit) String() string { return h.id + ":" + h.match }

// searchWorld is every client with its accounts, read past the privacy
// rules: the truth the search results are checked against.
type searchWorld struct {
	clients []*ent.Customer
	users   map[string]*ent.User
}

func loadSearchWorld(t *testing.T, env *crmtest.Env) *searchWorld {
	t.Helper()
	w := &searchWorld{users: map[string]*ent.User{}}
	var err error
	w.clients, err = env.DB.Client.Customer.Query().WithAccounts().Order(customer.ByID()).All(system())
	must(t, err)
	users, err := env.DB.Client.User.Query().All(system())
	must(t, err)
	for _, u := range users {
		w.users[u.Username] = u
	}
	return w
}

// expect is the search as specified, computed in Go over the clients the
// viewer sees: the lookups Classify chose (tested on their own in package
// clientsearch), each client at its best rank with the first lookup of
// that rank it matches, ordered by rank, name and client number.
func (w *searchWorld) expect(t *testing.T, query string, sees func(*ent.Customer) bool) []hit {
	t.Helper()
	terms, err := clientsearch.Classify(query)
	must(t, err)
	type found struct {
		c     *ent.Customer
		rank  int
		match clientsearch.Match
	}
	var all []found
	for _, c := range w.clients {
		if !sees(c) {
			continue
		}
		best := found{rank: -1}
		for _, term := range terms {
			if r := searchRank(term); termMatches(term, c) && (best.rank < 0 || r < best.rank) {
				best = found{c, r, term.Match}
			}
		}
		if best.rank >= 0 {
			all = append(all, best)
		}
	}
	slices.SortFunc(all, func(a, b found) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), strings.Compare(a.c.Name, b.c.Name), strings.Compare(a.c.ClientNo, b.c.ClientNo))
	})
	hits := make([]hit, len(all))
	for i, f := range all {
		hits[i] = hit{strconv.Itoa(f.c.ID), string(f.match)}
	}
	return hits
}

// searchRank restates the ranking: exact identifiers, then the last four
// digits and initials, then client-number prefixes, then names.
func searchRank(t clientsearch.Term) int {
	switch {
	case t.Match == clientsearch.Name:
		return 3
	case t.Match == clientsearch.ClientNo && t.Prefix:
		return 2
	case t.Prefix || t.Match == clientsearch.PhoneLast4:
		return 1
	}
	return 0
}

func termMatches(t clientsearch.Term, c *ent.Customer) bool {
	field := map[clientsearch.Match]string{
		clientsearch.ClientNo: c.ClientNo, clientsearch.IDNumber: c.IDNumber, clientsearch.Phone: c.Phone,
		clientsearch.PhoneLast4: c.PhoneLast4, clientsearch.Name: c.Name, clientsearch.NameInitials: c.NameInitials,
	}
	switch {
	case t.Match == clientsearch.AccountNo:
		return slices.ContainsFunc(c.Edges.Accounts, func(a *ent.Account) bool { return a.AccountNo == t.Value })
	case t.Prefix:
		return strings.HasPrefix(field[t.Match], t.Value)
	}
	return field[t.Match] == t.Value
}

// search pages through all results of query pageSize at a time, checking
// on every page that the total and the page info agree with the edges.
func search(t *testing.T, env *crmtest.Env, token, query string, pageSize int) (hits []hit, total int) {
	t.Helper()
	var after *string
	for page := 0; ; page++ {
		var data searchPage
		env.Do(t, token, searchClients, map[string]any{"q": query, "first": pageSize, "after": after}).Decode(t, &data)
		res := data.SearchClients
		if page == 0 {
			total = res.TotalCount
		} else if res.TotalCount != total {
			t.Fatalf("%q page %d: totalCount = %d, was %d on the first page", query, page, res.TotalCount, total)
		}
		if got, want := res.PageInfo.HasPreviousPage, page > 0; got != want {
			t.Errorf("%q page %d: hasPreviousPage = %v, want %v", query, page, got, want)
		}
		if len(res.Edges) > pageSize {
			t.Fatalf("%q page %d: %d edges, asked for %d", query, page, len(res.Edges), pageSize)
		}
		for _, e := range res.Edges {
			hits = append(hits, hit{e.Node.ID, e.MatchedBy})
		}
		if n := len(res.Edges); n > 0 && (*res.PageInfo.StartCursor != res.Edges[0].Cursor || *res.PageInfo.EndCursor != res.Edges[n-1].Cursor) {
			t.Errorf("%q page %d: start and end cursors are not those of the first and last edges", query, page)
		}
		if !res.PageInfo.HasNextPage {
			if len(hits) < total {
				t.Fatalf("%q: no next page after %d of %d results", query, len(hits), total)
			}
			return hits, total
		}
		if len(res.Edges) == 0 || len(hits) > total {
			t.Fatalf("%q page %d: %d edges, %d of %d results, and a next page", query, page, len(res.Edges), len(hits), total)
		}
		after = res.PageInfo.EndCursor
	}
}

// checkSearch compares every result of query, page by page, with the
// expected ones.
func checkSearch(t *testing.T, env *crmtest.Env, token, query string, pageSize int, want []hit) []hit {
	t.Helper()
	got, total := search(t, env, token, query, pageSize)
	if total != len(want) {
		t.Errorf("%q: totalCount = %d, want %d", query, total, len(want))
	}
	if !slices.Equal(got, want) {
		t.Errorf("%q (first: %d):\n got %v\nwant %v", query, pageSize, got, want)
	}
	return got
}

func TestSearchClients(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := loadSearchWorld(t, env)
		all := func(*ent.Customer) bool { return true }
		advisedBy := func(name string) func(*ent.Customer) bool {
			id := w.users[name].ID
			return func(c *ent.Customer) bool { return c.AdvisorID != nil && *c.AdvisorID == id }
		}
		// The target is a client of advisor1's with a phone and an account;
		// idTarget's ID number ends in X, to search for it with a small x.
		var target, idTarget *ent.Customer
		for _, c := range w.clients {
			if !advisedBy("advisor1")(c) {
				continue
			}
			if target == nil && c.Phone != "" && len(c.Edges.Accounts) > 0 && utf8Len(c.Name) >= 2 {
				target = c
			}
			if idTarget == nil && strings.HasSuffix(c.IDNumber, "X") {
				idTarget = c
			}
		}
		if target == nil || idTarget == nil {
			t.Fatal("the seed gave advisor1 no client with a phone and an account, or none with an ID number ending in X")
		}
		hq1 := env.Login(t, "hq1")
		id := strconv.Itoa(target.ID)

		t.Run("OK", func(t *testing.T) {
			phone := target.Phone
			for _, tt := range []struct {
				kind, query string
				want        hit
				exact       bool // listed first
			}{
				{"ClientNo", target.ClientNo, hit{id, "CLIENT_NO"}, true},
				{"ClientNoPrefix", target.ClientNo[:len(target.ClientNo)-2], hit{id, "CLIENT_NO"}, false},
				{"AccountNo", target.Edges.Accounts[0].AccountNo, hit{id, "ACCOUNT_NO"}, true},
				{"IDNumber", strings.ToLower(idTarget.IDNumber), hit{strconv.Itoa(idTarget.ID), "ID_NUMBER"}, true},
				{"Phone", "+86 " + phone[:3] + " " + phone[3:7] + "-" + phone[7:], hit{id, "PHONE"}, true},
				{"PhoneLast4", target.PhoneLast4, hit{id, "PHONE_LAST4"}, false},
				{"NameInitials", strings.ToUpper(target.NameInitials), hit{id, "NAME_INITIALS"}, false},
				{"Name", string([]rune(target.Name)[:2]), hit{id, "NAME"}, false},
				{"FullName", target.Name, hit{id, "NAME"}, false},
			} {
				t.Run(tt.kind, func(t *testing.T) {
					got := checkSearch(t, env, hq1, tt.query, 200, w.expect(t, tt.query, all))
					if !slices.Contains(got, tt.want) {
						t.Errorf("%q: %v not among %v", tt.query, tt.want, got)
					}
					if tt.exact && (len(got) == 0 || got[0] != tt.want) {
						t.Errorf("%q: an exact match is not first: %v", tt.query, got)
					}
				})
			}
		})

		t.Run("OKRanking", func(t *testing.T) {
			// Names in the order 李 < 王 < 赵 < 阿 (code points), against the
			// ranks, so that only the ranking can give the order x, z, v, y.
			x := createClient(t, env, w, "4321", "赵六", "13900004321")     // exact client number; its last four too
			y := createClient(t, env, w, "43210001", "李四", "")            // client-number prefix
			z := createClient(t, env, w, "T-43", "王五", "13700004321")     // last four of the phone
			v := createClient(t, env, w, "43219999", "阿七", "13600004321") // last four and prefix: once, as last four
			want := w.expect(t, "4321", all)
			var fixtures []hit
			for _, h := range want {
				for _, c := range []*ent.Customer{x, y, z, v} {
					if h.id == strconv.Itoa(c.ID) {
						fixtures = append(fixtures, h)
					}
				}
			}
			if got, want := fixtures, []hit{
				{strconv.Itoa(x.ID), "CLIENT_NO"}, {strconv.Itoa(z.ID), "PHONE_LAST4"},
				{strconv.Itoa(v.ID), "PHONE_LAST4"}, {strconv.Itoa(y.ID), "CLIENT_NO"},
			}; !slices.Equal(got, want) {
				t.Fatalf("the expectation itself is wrong: %v, want %v", got, want)
			}
			if want[0].id != strconv.Itoa(x.ID) {
				t.Fatalf("expected %v first", x.ID)
			}
			// One page, then one result per page across the ranks.
			checkSearch(t, env, hq1, "4321", 200, want)
			checkSearch(t, env, hq1, "4321", 1, want)
		})

		t.Run("OKPagination", func(t *testing.T) {
			for _, query := range []string{"z", "w", string([]rune(target.Name)[:1])} {
				want := w.expect(t, query, all)
				if len(want) < 10 {
					t.Fatalf("%q finds only %d clients; pick a commoner key", query, len(want))
				}
				checkSearch(t, env, hq1, query, 200, want)
				checkSearch(t, env, hq1, query, 7, want)
			}
			// The same cursor gives the same page: cursors are stable.
			var p1, p2a, p2b searchPage
			env.Do(t, hq1, searchClients, map[string]any{"q": "z", "first": 5}).Decode(t, &p1)
			after := p1.SearchClients.PageInfo.EndCursor
			env.Do(t, hq1, searchClients, map[string]any{"q": "z", "first": 5, "after": after}).Decode(t, &p2a)
			env.Do(t, hq1, searchClients, map[string]any{"q": "z", "first": 5, "after": after}).Decode(t, &p2b)
			if !slices.Equal(p2a.SearchClients.Edges, p2b.SearchClients.Edges) || len(p2a.SearchClients.Edges) != 5 {
				t.Errorf("the same cursor gave %v, then %v", p2a.SearchClients.Edges, p2b.SearchClients.Edges)
			}
			// first: 0 counts without listing.
			var p0 searchPage
			env.Do(t, hq1, searchClients, map[string]any{"q": "z", "first": 0}).Decode(t, &p0)
			if got := p0.SearchClients; len(got.Edges) != 0 || !got.PageInfo.HasNextPage || got.TotalCount != len(w.expect(t, "z", all)) {
				t.Errorf("first: 0 gave %d edges, hasNextPage %v, totalCount %d", len(got.Edges), got.PageInfo.HasNextPage, got.TotalCount)
			}
		})

		t.Run("OKAccess", func(t *testing.T) {
			// hidden is advisor2's; shared is advisor2's too, shared with
			// advisor1 by the branch manager.
			var hidden, shared *ent.Customer
			for _, c := range w.clients {
				if advisedBy("advisor2")(c) && c.Phone != "" && len(c.Edges.Accounts) > 0 {
					if hidden == nil {
						hidden = c
					} else if shared == nil {
						shared = c
					}
				}
			}
			if shared == nil {
				t.Fatal("the seed gave advisor2 fewer than two clients with a phone and an account")
			}
			resp := env.Do(t, env.Login(t, "bm1"), `mutation($c: ID!, $g: ID!, $d: Date!) {
			  grantClientShare(input: {clientId: $c, granteeId: $g, reason: "休假代班", endsOn: $d}) { id }
			}`, map[string]any{
				"c": strconv.Itoa(shared.ID), "g": strconv.Itoa(w.users["advisor1"].ID),
				"d": time.Now().AddDate(0, 0, 7).Format(time.DateOnly),
			})
			if len(resp.Errors) > 0 {
				t.Fatalf("grantClientShare: %+v", resp.Errors)
			}
			advisor1 := env.Login(t, "advisor1")
			sees := func(c *ent.Customer) bool { return advisedBy("advisor1")(c) || c.ID == shared.ID }
			keys := func(c *ent.Customer) map[string]string {
				return map[string]string{
					"ClientNo": c.ClientNo, "AccountNo": c.Edges.Accounts[0].AccountNo, "IDNumber": c.IDNumber,
					"Phone": c.Phone, "PhoneLast4": c.PhoneLast4, "Name": c.Name,
					"NameInitials": c.NameInitials, "NamePrefix": string([]rune(c.Name)[:1]),
				}
			}
			// An identifier of the hidden client finds nothing at all, not
			// even a count; a name or its initials may find advisor1's own
			// namesakes, but never the hidden client.
			identifiers := map[string]bool{"ClientNo": true, "AccountNo": true, "IDNumber": true, "Phone": true}
			for kind, query := range keys(hidden) {
				t.Run("Hidden"+kind, func(t *testing.T) {
					want := w.expect(t, query, sees)
					if identifiers[kind] && len(want) > 0 {
						t.Fatalf("%q: advisor1 has a client with the same %s; the test needs another", query, kind)
					}
					got := checkSearch(t, env, advisor1, query, 200, want)
					if slices.ContainsFunc(got, func(h hit) bool { return h.id == strconv.Itoa(hidden.ID) }) {
						t.Errorf("%q: advisor1 found advisor2's client %d", query, hidden.ID)
					}
				})
			}
			for kind, query := range keys(shared) {
				t.Run("Shared"+kind, func(t *testing.T) {
					got := checkSearch(t, env, advisor1, query, 200, w.expect(t, query, sees))
					if !slices.ContainsFunc(got, func(h hit) bool { return h.id == strconv.Itoa(shared.ID) }) {
						t.Errorf("%q: advisor1 did not find the client shared with them", query)
					}
				})
			}
			for _, user := range []string{"pm1", "admin"} {
				token := env.Login(t, user)
				for kind, query := range keys(target) {
					if got, total := search(t, env, token, query, 200); len(got) != 0 || total != 0 {
						t.Errorf("%s searching %s %q: %d results (totalCount %d), want none", user, kind, query, len(got), total)
					}
				}
			}
			client1 := env.Login(t, "client1")
			self := *w.users["client1"].ClientID
			for _, c := range w.clients {
				if c.ID == self {
					checkSearch(t, env, client1, c.Name, 200, []hit{{strconv.Itoa(self), "NAME"}})
					checkSearch(t, env, client1, target.ClientNo, 200, w.expect(t, target.ClientNo, func(c *ent.Customer) bool { return c.ID == self }))
				}
			}
		})

		t.Run("OKPersonalDataMasked", func(t *testing.T) {
			var data searchPage
			env.Do(t, hq1, searchClients, map[string]any{"q": target.Phone, "first": 1}).Decode(t, &data)
			if e := data.SearchClients.Edges; len(e) != 1 || e[0].Node.Phone == target.Phone || !strings.Contains(e[0].Node.Phone, "****") ||
				e[0].Node.IDNumber == target.IDNumber {
				t.Errorf("head office searching by phone got %+v, want the phone and ID number masked", e)
			}
			env.Do(t, env.Login(t, "advisor1"), searchClients, map[string]any{"q": target.Phone, "first": 1}).Decode(t, &data)
			if e := data.SearchClients.Edges; len(e) != 1 || e[0].Node.Phone != target.Phone {
				t.Errorf("the primary advisor searching by phone got %+v, want the phone unmasked", e)
			}
		})

		t.Run("OKWildcardsLiteral", func(t *testing.T) {
			percent := createClient(t, env, w, "W-1", "百%分", "")
			underscore := createClient(t, env, w, "W-2", "百_分", "")
			backslash := createClient(t, env, w, "W-3", `百\分`, "")
			createClient(t, env, w, "W-4", "百分之百", "")
			for query, c := range map[string]*ent.Customer{"百%": percent, "百_": underscore, `百\`: backslash} {
				checkSearch(t, env, hq1, query, 200, []hit{{strconv.Itoa(c.ID), "NAME"}})
			}
			for _, query := range []string{"%", "_", `\`, "%%", `\%`, "百%%"} {
				checkSearch(t, env, hq1, query, 200, w.expect(t, query, all))
			}
			if got := w.expect(t, "百", all); len(got) < 4 {
				t.Errorf("百 should find the four clients, found %v", got)
			}
			checkSearch(t, env, hq1, "百", 200, w.expect(t, "百", all))
		})

		t.Run("OKLongestQuery", func(t *testing.T) {
			checkSearch(t, env, hq1, strings.Repeat("张", clientsearch.MaxQueryLength), 10, nil)
		})

		t.Run("ErrBadUserInput", func(t *testing.T) {
			var customersPage struct {
				Customers struct{ PageInfo struct{ EndCursor string } }
			}
			env.Do(t, hq1, `{ customers(first: 1) { pageInfo { endCursor } } }`, nil).Decode(t, &customersPage)
			for name, vars := range map[string]map[string]any{
				"Empty":          {"q": "", "first": 10},
				"Blank":          {"q": " \t　", "first": 10},
				"TooLong":        {"q": strings.Repeat("张", clientsearch.MaxQueryLength+1), "first": 10},
				"Control":        {"q": "张\x00三", "first": 10},
				"FirstTooLarge":  {"q": "张", "first": 201},
				"FirstNegative":  {"q": "张", "first": -1},
				"CursorGarbage":  {"q": "张", "first": 10, "after": "not a cursor"},
				"CursorOfOthers": {"q": "张", "first": 10, "after": customersPage.Customers.PageInfo.EndCursor},
			} {
				t.Run(name, func(t *testing.T) {
					resp := env.Do(t, hq1, searchClients, vars)
					if got, want := resp.Code(), "BAD_USER_INPUT"; got != want {
						t.Errorf("code = %q, want %q (%+v)", got, want, resp.Errors)
					}
				})
			}
		})

		t.Run("ErrUnauthenticated", func(t *testing.T) {
			resp := env.Do(t, "", searchClients, map[string]any{"q": target.ClientNo, "first": 10})
			if got, want := resp.Code(), "UNAUTHENTICATED"; got != want {
				t.Errorf("code = %q, want %q", got, want)
			}
		})
	})
}

// TestSearchMatchValues checks that every way clientsearch matches is a
// value of the GraphQL enum, which the resolver passes on unchanged.
func TestSearchMatchValues(t *testing.T) {
	for _, m := range clientsearch.Matches {
		if !model.SearchMatch(m).IsValid() {
			t.Errorf("%s is not a SearchMatch", m)
		}
	}
	if got, want := len(clientsearch.Matches), len(model.AllSearchMatch); got != want {
		t.Errorf("clientsearch has %d matches, the schema %d", got, want)
	}
}

// createClient adds a client of advisor1's to the database and to w.
func createClient(t *testing.T, env *crmtest.Env, w *searchWorld, clientNo, name, phone string) *ent.Customer {
	t.Helper()
	a := w.users["advisor1"]
	n := len(w.clients)
	c, err := env.DB.Client.Customer.Create().SetClientNo(clientNo).SetName(name).SetPhone(phone).
		SetIDNumber(idcard.Generate("110105", time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC), n%1000, n%2 == 0)).
		SetBranchID(*a.BranchID).SetAdvisorID(a.ID).Save(system())
	must(t, err)
	w.clients = append(w.clients, c)
	return c
}

func utf8Len(s string) int { return len([]rune(s)) }
