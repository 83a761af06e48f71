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
	"github.com/brokercrm/crm/ent/namegram"
	"github.com/brokercrm/crm/graph/model"
	"github.com/brokercrm/crm/idcard"
	"github.com/brokercrm/crm/searchkey"
	"github.com/brokercrm/crm/viewer"
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
// digits and initials, then client-number prefixes, then names starting
// with the query, then names holding it.
func searchRank(t clientsearch.Term) int {
	switch {
	case t.Match == clientsearch.Name && t.Prefix:
		return 3
	case t.Match == clientsearch.Name:
		return 4
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
	case t.Match == clientsearch.Name:
		return strings.Contains(c.Name, t.Value)
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

// TestSearchClientsSubstring checks that a name is found by any two or
// more characters of it through the name bigrams, after the names that
// start with the query, on what the viewer may see only, and by the name
// it has now.
func TestSearchClientsSubstring(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := loadSearchWorld(t, env)
		all := func(*ent.Customer) bool { return true }
		hq1 := env.Login(t, "hq1")
		ofAdvisor := func(name string) func(*ent.Customer) bool {
			id := w.users[name].ID
			return func(c *ent.Customer) bool { return c.AdvisorID != nil && *c.AdvisorID == id }
		}
		// found checks that query lists c, matched by its name, after every
		// client whose name starts with the query.
		found := func(t *testing.T, token, query string, c *ent.Customer, sees func(*ent.Customer) bool) {
			t.Helper()
			got := checkSearch(t, env, token, query, 200, w.expect(t, query, sees))
			i := slices.Index(got, hit{strconv.Itoa(c.ID), "NAME"})
			if i < 0 {
				t.Fatalf("%q: %s (%s) not found among %v", query, c.ClientNo, c.Name, got)
			}
			for _, h := range got[i+1:] {
				for _, o := range w.clients {
					if strconv.Itoa(o.ID) == h.id && strings.HasPrefix(o.Name, query) {
						t.Errorf("%q: %s, which starts with it, is listed after %s, which only holds it", query, o.Name, c.Name)
					}
				}
			}
		}

		t.Run("OKGivenName", func(t *testing.T) {
			// A seeded client (grams written by the seed) of three
			// characters, found by the two of the given name.
			var c *ent.Customer
			for _, o := range w.clients {
				if ofAdvisor("advisor1")(o) && utf8Len(o.Name) == 3 {
					c = o
					break
				}
			}
			if c == nil {
				t.Fatal("the seed gave advisor1 no client with a three-character name")
			}
			given := string([]rune(c.Name)[1:])
			found(t, hq1, given, c, all)
			// And one created through ent (grams written by the hook).
			zsf := createClient(t, env, w, "S-1", "张三丰", "")
			found(t, hq1, "三丰", zsf, all)
			found(t, hq1, "张三丰", zsf, all)
		})

		t.Run("OKCompany", func(t *testing.T) {
			org := createClient(t, env, w, "S-2", "深圳市腾讯计算机系统有限公司", "")
			for _, query := range []string{"腾讯", "计算机系统", "有限公司", "深圳市腾讯计算机系统有限公司"} {
				found(t, hq1, query, org, all)
			}
			// Seeded companies too, by a piece from the middle.
			n := 0
			for _, o := range w.clients {
				if o.Kind == customer.KindINSTITUTION && utf8Len(o.Name) >= 6 && n < 3 {
					n++
					found(t, hq1, string([]rune(o.Name)[2:5]), o, all)
				}
			}
			if n == 0 {
				t.Error("the seed has no company with a name of six characters or more")
			}
			// The characters in another order, or apart, are no match.
			for _, query := range []string{"讯腾", "腾计算", "深圳有限"} {
				if got := w.expect(t, query, all); slices.Contains(got, hit{strconv.Itoa(org.ID), "NAME"}) {
					t.Fatalf("the expectation itself is wrong: %q finds %s", query, org.Name)
				}
				checkSearch(t, env, hq1, query, 200, w.expect(t, query, all))
			}
		})

		t.Run("OKOneCharacterIsAPrefix", func(t *testing.T) {
			zwj := createClient(t, env, w, "S-3", "张无忌", "")
			got := checkSearch(t, env, hq1, "忌", 200, w.expect(t, "忌", all))
			if slices.Contains(got, hit{strconv.Itoa(zwj.ID), "NAME"}) {
				t.Errorf("忌 found %s: one character should match only the start of a name", zwj.Name)
			}
			found(t, hq1, "无忌", zwj, all)
		})

		t.Run("OKAccess", func(t *testing.T) {
			mine := createClientOf(t, env, w, "advisor1", "S-4", "孙多多余", "")
			hidden := createClientOf(t, env, w, "advisor2", "S-5", "钱多多余", "")
			advisor1 := env.Login(t, "advisor1")
			found(t, hq1, "多余", hidden, all)
			found(t, advisor1, "多余", mine, ofAdvisor("advisor1"))
			got, total := search(t, env, advisor1, "多余", 200)
			if slices.ContainsFunc(got, func(h hit) bool { return h.id == strconv.Itoa(hidden.ID) }) || total != 1 {
				t.Errorf("advisor1 searching 多余: %v, totalCount %d; want only %d, totalCount 1", got, total, mine.ID)
			}
			// Seeded clients of advisor2's, by their given names.
			n := 0
			for _, c := range w.clients {
				if !ofAdvisor("advisor2")(c) || utf8Len(c.Name) != 3 || n == 5 {
					continue
				}
				n++
				query := string([]rune(c.Name)[1:])
				got := checkSearch(t, env, advisor1, query, 200, w.expect(t, query, ofAdvisor("advisor1")))
				if slices.ContainsFunc(got, func(h hit) bool { return h.id == strconv.Itoa(c.ID) }) {
					t.Errorf("%q: advisor1 found advisor2's client %s", query, c.Name)
				}
			}
			if n == 0 {
				t.Fatal("the seed gave advisor2 no client with a three-character name")
			}
		})

		t.Run("OKRenamed", func(t *testing.T) {
			c := createClient(t, env, w, "S-6", "周星驰", "")
			found(t, hq1, "星驰", c, all)
			// One rename by id, then one through a bulk update: the hook
			// handles both.
			for _, rename := range []struct {
				name string
				save func(string) error
			}{
				{"周润发", func(n string) error { return env.DB.Client.Customer.UpdateOneID(c.ID).SetName(n).Exec(system()) }},
				{"刘德华", func(n string) error {
					return env.DB.Client.Customer.Update().Where(customer.ID(c.ID)).SetName(n).Exec(system())
				}},
			} {
				old := c.Name
				must(t, rename.save(rename.name))
				c.Name = rename.name // w holds c: the expectations follow
				found(t, hq1, string([]rune(rename.name)[1:]), c, all)
				query := string([]rune(old)[1:])
				if got := checkSearch(t, env, hq1, query, 200, w.expect(t, query, all)); slices.Contains(got, hit{strconv.Itoa(c.ID), "NAME"}) {
					t.Errorf("%q still finds the client renamed %s", query, c.Name)
				}
				grams, err := env.DB.Client.NameGram.Query().Where(namegram.ClientID(c.ID)).
					Order(namegram.ByGram()).Select(namegram.FieldGram).Strings(system())
				must(t, err)
				want := searchkey.Bigrams(c.Name)
				slices.Sort(want)
				if !slices.Equal(grams, want) {
					t.Errorf("after renaming to %s the grams are %q, want %q", c.Name, grams, want)
				}
			}
		})

		t.Run("GramPolicy", func(t *testing.T) {
			v, err := env.Auth.Authenticate(system(), env.Login(t, "advisor1"))
			must(t, err)
			advisor1 := viewer.NewContext(t.Context(), v)
			mine := createClientOf(t, env, w, "advisor1", "S-G1", "吴用", "")
			theirs := createClientOf(t, env, w, "advisor2", "S-G2", "林冲", "")
			gramsOf := func(c *ent.Customer) []string {
				grams, err := env.DB.Client.NameGram.Query().Where(namegram.ClientID(c.ID)).
					Order(namegram.ByGram()).Select(namegram.FieldGram).Strings(system())
				must(t, err)
				return grams
			}
			t.Run("OKReadWithTheirClient", func(t *testing.T) {
				ids, err := env.DB.Client.NameGram.Query().Select(namegram.FieldClientID).Ints(advisor1)
				must(t, err)
				if !slices.Contains(ids, mine.ID) {
					t.Errorf("advisor1 does not see the grams of their own client")
				}
				for _, id := range ids {
					if i := slices.IndexFunc(w.clients, func(c *ent.Customer) bool { return c.ID == id }); i < 0 || !ofAdvisor("advisor1")(w.clients[i]) {
						t.Fatalf("advisor1 sees the grams of client %d, not theirs", id)
					}
				}
			})
			t.Run("ErrWrite", func(t *testing.T) {
				if err := env.DB.Client.NameGram.Create().SetClientID(mine.ID).SetGram("假名").Exec(advisor1); err == nil {
					t.Error("advisor1 wrote a gram")
				}
				if _, err := env.DB.Client.NameGram.Delete().Where(namegram.ClientID(mine.ID)).Exec(advisor1); err == nil {
					t.Error("advisor1 deleted grams")
				}
				if got, want := gramsOf(mine), []string{"吴用"}; !slices.Equal(got, want) {
					t.Errorf("grams of %s: %q, want %q", mine.Name, got, want)
				}
			})
			t.Run("OKRenamedByAdvisor", func(t *testing.T) {
				// The hook writes the grams under the system decision: the
				// advisor may rename their client, not write grams.
				must(t, env.DB.Client.Customer.UpdateOneID(mine.ID).SetName("吴学究").Exec(advisor1))
				mine.Name = "吴学究"
				if got, want := gramsOf(mine), []string{"吴学", "学究"}; !slices.Equal(got, want) {
					t.Errorf("grams after the rename: %q, want %q", got, want)
				}
				found(t, hq1, "学究", mine, all)
			})
			t.Run("ErrRenameOthers", func(t *testing.T) {
				if err := env.DB.Client.Customer.UpdateOneID(theirs.ID).SetName("豹子头").Exec(advisor1); err == nil {
					t.Fatal("advisor1 renamed advisor2's client")
				}
				if got, want := gramsOf(theirs), []string{"林冲"}; !slices.Equal(got, want) {
					t.Errorf("grams of %s after a refused rename: %q, want %q", theirs.Name, got, want)
				}
			})
		})

		t.Run("OKPagination", func(t *testing.T) {
			// Names starting with 星光 (one also holding it again later),
			// and names holding it elsewhere, in code-point order against
			// the ranks: only the ranking lists the prefixes first.
			for i, name := range []string{"星光灿烂", "星光大道", "星光星光", "一星光", "丁星光明", "七星光", "万星光年", "三星光"} {
				createClient(t, env, w, "S-P"+strconv.Itoa(i), name, "")
			}
			want := w.expect(t, "星光", all)
			if len(want) < 8 {
				t.Fatalf("the expectation itself is wrong: %v", want)
			}
			for _, first := range []int{200, 1, 2, 3} {
				checkSearch(t, env, hq1, "星光", first, want)
			}
		})

		t.Run("OKWildcardsLiteral", func(t *testing.T) {
			percent := createClient(t, env, w, "S-W1", "甲百%分", "")
			underscore := createClient(t, env, w, "S-W2", "甲百_分", "")
			backslash := createClient(t, env, w, "S-W3", `甲百\分`, "")
			createClient(t, env, w, "S-W4", "甲百分", "")
			createClient(t, env, w, "S-W5", "甲百分之百", "")
			for query, c := range map[string]*ent.Customer{"百%分": percent, "百_分": underscore, `百\分`: backslash} {
				checkSearch(t, env, hq1, query, 200, []hit{{strconv.Itoa(c.ID), "NAME"}})
			}
			for _, query := range []string{"百分", "%百分", "百分%", "百%%分", `百\%分`} {
				checkSearch(t, env, hq1, query, 200, w.expect(t, query, all))
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
	return createClientOf(t, env, w, "advisor1", clientNo, name, phone)
}

// createClientOf adds a client of the given advisor's to the database and
// to w.
func createClientOf(t *testing.T, env *crmtest.Env, w *searchWorld, advisor, clientNo, name, phone string) *ent.Customer {
	t.Helper()
	a := w.users[advisor]
	n := len(w.clients)
	c, err := env.DB.Client.Customer.Create().SetClientNo(clientNo).SetName(name).SetPhone(phone).
		SetIDNumber(idcard.Generate("110105", time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC), n%1000, n%2 == 0)).
		SetBranchID(*a.BranchID).SetAdvisorID(a.ID).Save(system())
	must(t, err)
	w.clients = append(w.clients, c)
	return c
}

func utf8Len(s string) int { return len([]rune(s)) }
