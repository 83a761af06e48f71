package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/pii"
)

// principal is one row of the authorization matrix: a login or an API key,
// and the truth, computed from the database, of what it may see.
type principal struct {
	name     string
	token    string
	sees     func(c *ent.Customer) bool // the client is visible
	reveals  func(c *ent.Customer) bool // its personal data is unmasked
	orders   func(c *ent.Customer) bool // its orders are visible
	products string                     // "all", "published" or "none"
}

// world is what the matrix needs to know about the seeded database.
type world struct {
	clients   []*ent.Customer // with orders, holdings, accounts and tags loaded
	users     map[string]*ent.User
	products  []*ent.Product
	sharedID  int // a client of advisor2 shared with advisor1
	missingID string
}

func TestAuthorizationMatrix(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := loadWorld(t, env)
		for _, p := range principals(t, env, w) {
			t.Run(p.name, func(t *testing.T) { checkPrincipal(t, env, w, p) })
		}
	})
}

func system() context.Context {
	return privacy.DecisionContext(context.Background(), privacy.Allow)
}

func loadWorld(t *testing.T, env *crmtest.Env) *world {
	t.Helper()
	ctx, db := system(), env.DB.Client
	w := &world{users: map[string]*ent.User{}}
	var err error
	w.clients, err = db.Customer.Query().WithOrders().WithHoldings().WithAccounts().WithTags().WithPushes().Order(customer.ByID()).All(ctx)
	must(t, err)
	users, err := db.User.Query().All(ctx)
	must(t, err)
	for _, u := range users {
		w.users[u.Username] = u
	}
	w.products, err = db.Product.Query().All(ctx)
	must(t, err)
	for _, c := range w.clients {
		if c.AdvisorID != nil && *c.AdvisorID == w.users["advisor2"].ID {
			w.sharedID = c.ID
			break
		}
	}
	if w.sharedID == 0 {
		t.Fatal("the seed gave advisor2 no client")
	}
	w.missingID = strconv.Itoa(w.clients[len(w.clients)-1].ID + 1_000_000)

	// The branch manager shares the client through the API, as in real use.
	resp := env.Do(t, env.Login(t, "bm1"), `mutation($c: ID!, $g: ID!, $d: Date!) {
	  grantClientShare(input: {clientId: $c, granteeId: $g, reason: "休假代班", endsOn: $d}) { id }
	}`, map[string]any{
		"c": strconv.Itoa(w.sharedID), "g": strconv.Itoa(w.users["advisor1"].ID),
		"d": time.Now().AddDate(0, 0, 7).Format(time.DateOnly),
	})
	if len(resp.Errors) > 0 {
		t.Fatalf("grantClientShare: %+v", resp.Errors)
	}
	return w
}

func principals(t *testing.T, env *crmtest.Env, w *world) []principal {
	none := func(*ent.Customer) bool { return false }
	all := func(*ent.Customer) bool { return true }
	advisedBy := func(name string) func(*ent.Customer) bool {
		id := w.users[name].ID
		return func(c *ent.Customer) bool { return c.AdvisorID != nil && *c.AdvisorID == id }
	}
	inBranch := func(id int) func(*ent.Customer) bool {
		return func(c *ent.Customer) bool { return c.BranchID == id }
	}
	advisor1 := func(c *ent.Customer) bool { return advisedBy("advisor1")(c) || c.ID == w.sharedID }
	client1 := *w.users["client1"].ClientID
	self := func(c *ent.Customer) bool { return c.ID == client1 }
	bm1Branch := *w.users["bm1"].BranchID
	otherBranch := *w.users["advisor1"].BranchID
	for _, c := range w.clients {
		if c.BranchID != bm1Branch {
			otherBranch = c.BranchID
			break
		}
	}

	admin := env.Login(t, "admin")
	key := func(name, owner string, branch int, scopes ...string) string {
		vars := map[string]any{"name": name, "owner": strconv.Itoa(w.users[owner].ID), "scopes": scopes}
		if branch != 0 {
			vars["branch"] = strconv.Itoa(branch)
		}
		var data struct{ CreateAPIKey struct{ Key string } }
		env.Do(t, admin, `mutation($name: String!, $owner: ID!, $scopes: [APIScope!]!, $branch: ID) {
		  createAPIKey(input: {name: $name, ownerId: $owner, scopes: $scopes, branchId: $branch}) { key }
		}`, vars).Decode(t, &data)
		return data.CreateAPIKey.Key
	}
	login := func(name string, sees, reveals func(*ent.Customer) bool, products string) principal {
		return principal{name: name, token: env.Login(t, name), sees: sees, reveals: reveals, orders: sees, products: products}
	}
	return []principal{
		login("admin", none, none, "all"),
		login("hq1", all, none, "all"),
		login("pm1", none, none, "all"),
		login("compliance1", all, all, "all"),
		login("bm1", inBranch(bm1Branch), none, "all"),
		login("advisor1", advisor1, advisedBy("advisor1"), "all"),
		login("advisor2", advisedBy("advisor2"), advisedBy("advisor2"), "all"),
		login("client1", self, self, "published"),
		{name: "key:clients:read(hq1)", token: key("k1", "hq1", 0, "CLIENTS_READ"),
			sees: all, reveals: none, orders: none, products: "none"},
		{name: "key:clients:read+branch(hq1)", token: key("k2", "hq1", otherBranch, "CLIENTS_READ", "ORDERS_READ"),
			sees: inBranch(otherBranch), reveals: none, orders: inBranch(otherBranch), products: "none"},
		{name: "key:clients:read+pii(advisor1)", token: key("k3", "advisor1", 0, "CLIENTS_READ", "CLIENTS_PII"),
			sees: advisor1, reveals: advisedBy("advisor1"), orders: none, products: "none"},
		{name: "key:clients:read(advisor1)", token: key("k4", "advisor1", 0, "CLIENTS_READ"),
			sees: advisor1, reveals: none, orders: none, products: "none"},
		{name: "key:products:read(hq1)", token: key("k5", "hq1", 0, "PRODUCTS_READ"),
			sees: none, reveals: none, orders: none, products: "published"},
		{name: "key:orders:read(hq1)", token: key("k6", "hq1", 0, "ORDERS_READ"),
			sees: none, reveals: none, orders: all, products: "none"},
		{name: "key:orders:write(compliance1)", token: key("k7", "compliance1", 0, "ORDERS_WRITE"),
			sees: none, reveals: none, orders: none, products: "none"},
	}
}

func checkPrincipal(t *testing.T, env *crmtest.Env, w *world, p principal) {
	visible := filter(w.clients, p.sees)
	hidden := filter(w.clients, func(c *ent.Customer) bool { return !p.sees(c) })

	t.Run("List", func(t *testing.T) {
		got := listAll(t, env, p.token, `{field: CLIENT_NO}`)
		if want := ids(visible); !slices.Equal(got, want) {
			t.Errorf("customers: %d ids, want %d (diff %v)", len(got), len(want), diff(got, want))
		}
	})
	t.Run("OrderedByName", func(t *testing.T) {
		// Ordering changes the order, never the set; the schema offers no
		// ordering by related records that could rank by hidden data.
		got := listAll(t, env, p.token, `{field: NAME, direction: DESC}`)
		if want := ids(visible); !slices.Equal(got, want) {
			t.Errorf("customers by name: %d ids, want %d", len(got), len(want))
		}
	})
	t.Run("Node", func(t *testing.T) {
		missing := env.Do(t, p.token, nodeQuery, map[string]any{"id": w.missingID})
		wantErrs := strings.ReplaceAll(fmt.Sprint(missing.Errors), w.missingID, "ID")
		for _, c := range sample(hidden) {
			id := strconv.Itoa(c.ID)
			resp := env.Do(t, p.token, nodeQuery, map[string]any{"id": id})
			if string(resp.Data) != string(missing.Data) || strings.ReplaceAll(fmt.Sprint(resp.Errors), id, "ID") != wantErrs {
				t.Errorf("hidden client %d answers %s %+v; a missing one %s %+v",
					c.ID, resp.Data, resp.Errors, missing.Data, missing.Errors)
			}
		}
		for _, c := range sample(visible) {
			var data struct{ Node *struct{ ClientNo string } }
			env.Do(t, p.token, nodeQuery, map[string]any{"id": strconv.Itoa(c.ID)}).Decode(t, &data)
			if data.Node == nil || data.Node.ClientNo != c.ClientNo {
				t.Errorf("visible client %d: node = %+v", c.ID, data.Node)
			}
		}
	})
	t.Run("Nodes", func(t *testing.T) {
		for _, c := range sample(hidden) {
			resp := env.Do(t, p.token, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`,
				map[string]any{"ids": []string{strconv.Itoa(c.ID)}})
			if got := string(resp.Data); got != `{"nodes":[null]}` {
				t.Errorf("nodes([%d]) = %s, want [null]", c.ID, got)
			}
		}
	})
	t.Run("NestedEdges", func(t *testing.T) {
		checkNested(t, env, w, p, visible)
	})
	t.Run("FilterOnRelatedFields", func(t *testing.T) {
		var data struct{ Customers struct{ TotalCount int } }
		env.Do(t, p.token, `{ customers(first: 1, where: {hasAccounts: true, hasTagsWith: {nameNEQ: ""}}) { totalCount } }`, nil).
			Decode(t, &data)
		want := len(filter(visible, func(c *ent.Customer) bool { return len(c.Edges.Accounts) > 0 && len(c.Edges.Tags) > 0 }))
		if data.Customers.TotalCount != want {
			t.Errorf("clients with accounts and tags = %d, want %d", data.Customers.TotalCount, want)
		}
		var orders struct{ SalesOrders struct{ TotalCount int } }
		env.Do(t, p.token, `{ salesOrders(first: 1, where: {hasClientWith: {status: NORMAL}}) { totalCount } }`, nil).
			Decode(t, &orders)
		wantOrders := 0
		for _, c := range filter(w.clients, p.orders) {
			if c.Status == customer.StatusNORMAL {
				wantOrders += len(c.Edges.Orders)
			}
		}
		if orders.SalesOrders.TotalCount != wantOrders {
			t.Errorf("orders of NORMAL clients = %d, want %d", orders.SalesOrders.TotalCount, wantOrders)
		}
	})
	t.Run("Timeline", func(t *testing.T) {
		checkTimeline(t, env, p, visible)
	})
	t.Run("PersonalDataIsNoFilter", func(t *testing.T) {
		resp := env.Do(t, p.token, `{ customers(first: 1, where: {phone: "13800000000"}) { totalCount } }`, nil)
		if resp.Code() != "GRAPHQL_VALIDATION_FAILED" {
			t.Errorf("filtering on a phone: code %q, want GRAPHQL_VALIDATION_FAILED", resp.Code())
		}
	})
	t.Run("PersonalData", func(t *testing.T) {
		checkMasking(t, env, p, visible)
	})
}

const nodeQuery = `query($id: ID!) { node(id: $id) { id ... on Customer { clientNo name } } }`

// listAll pages through every client the token sees, in the given order,
// and returns their ids sorted.
func listAll(t *testing.T, env *crmtest.Env, token, order string) []int {
	t.Helper()
	var got []int
	var after any
	total := -1
	for {
		var data struct {
			Customers struct {
				TotalCount int
				PageInfo   struct {
					HasNextPage bool
					EndCursor   string
				}
				Edges []struct{ Node struct{ ID string } }
			}
		}
		env.Do(t, token, `query($after: Cursor) {
		  customers(first: 200, after: $after, orderBy: [`+order+`]) {
		    totalCount pageInfo { hasNextPage endCursor } edges { node { id } }
		  }
		}`, map[string]any{"after": after}).Decode(t, &data)
		if total >= 0 && data.Customers.TotalCount != total {
			t.Errorf("totalCount changed between pages: %d, %d", total, data.Customers.TotalCount)
		}
		total = data.Customers.TotalCount
		for _, e := range data.Customers.Edges {
			id, _ := strconv.Atoi(e.Node.ID)
			got = append(got, id)
		}
		if !data.Customers.PageInfo.HasNextPage {
			break
		}
		after = data.Customers.PageInfo.EndCursor
	}
	if total != len(got) {
		t.Errorf("totalCount = %d, but %d clients were listed", total, len(got))
	}
	slices.Sort(got)
	return got
}

// checkNested reaches clients and their data through every other entry
// point — branches, staff, tags, products — and counts what comes back.
func checkNested(t *testing.T, env *crmtest.Env, w *world, p principal, visible []*ent.Customer) {
	type counted struct{ TotalCount int }
	var branchTotal, userTotal, tagTotal, products, orders, holdings, pushes int
	eachNode(t, env, p.token, "branches", `clients(first: 1) { totalCount }`, func(n json.RawMessage) {
		var b struct{ Clients counted }
		mustJSON(t, n, &b)
		branchTotal += b.Clients.TotalCount
	})
	eachNode(t, env, p.token, "users", `clients(first: 1) { totalCount }`, func(n json.RawMessage) {
		var u struct{ Clients counted }
		mustJSON(t, n, &u)
		userTotal += u.Clients.TotalCount
	})
	eachNode(t, env, p.token, "tags", `clients(first: 1) { totalCount }`, func(n json.RawMessage) {
		var tag struct{ Clients counted }
		mustJSON(t, n, &tag)
		tagTotal += tag.Clients.TotalCount
	})
	eachNode(t, env, p.token, "products",
		`orders(first: 1) { totalCount } holdings(first: 1) { totalCount } pushes(first: 1) { totalCount }`,
		func(n json.RawMessage) {
			var pr struct{ Orders, Holdings, Pushes counted }
			mustJSON(t, n, &pr)
			products++
			orders += pr.Orders.TotalCount
			holdings += pr.Holdings.TotalCount
			pushes += pr.Pushes.TotalCount
		})

	wantAdvised, wantTagged, wantHoldings, wantPushes := 0, 0, 0, 0
	for _, c := range visible {
		if c.AdvisorID != nil {
			wantAdvised++
		}
		wantTagged += len(c.Edges.Tags)
		wantPushes += len(c.Edges.Pushes)
		for _, h := range c.Edges.Holdings {
			if h.ProductID != nil {
				wantHoldings++
			}
		}
	}
	wantOrders := 0
	for _, c := range filter(w.clients, p.orders) {
		wantOrders += len(c.Edges.Orders)
	}
	if branchTotal != len(visible) {
		t.Errorf("branches → clients: %d, want %d", branchTotal, len(visible))
	}
	// A client login sees only itself among users, and has no advisees.
	if p.name != "client1" && userTotal != wantAdvised {
		t.Errorf("users → clients: %d, want %d", userTotal, wantAdvised)
	}
	if tagTotal != wantTagged {
		t.Errorf("tags → clients: %d, want %d", tagTotal, wantTagged)
	}
	published := filter(w.products, func(p *ent.Product) bool { return p.Status == product.StatusPUBLISHED })
	wantProducts := map[string]int{"all": len(w.products), "published": len(published), "none": 0}[p.products]
	if products != wantProducts {
		t.Errorf("products: %d, want %d", products, wantProducts)
	}
	if p.products == "all" {
		// Every product is listed, so the nested totals are exactly the
		// visible orders, product holdings and pushes.
		if orders != wantOrders || holdings != wantHoldings || pushes != wantPushes {
			t.Errorf("products → orders, holdings, pushes: %d, %d, %d; want %d, %d, %d",
				orders, holdings, pushes, wantOrders, wantHoldings, wantPushes)
		}
	} else if orders > wantOrders || holdings > wantHoldings || pushes > wantPushes {
		t.Errorf("products → orders, holdings, pushes: %d, %d, %d; more than the %d, %d, %d visible",
			orders, holdings, pushes, wantOrders, wantHoldings, wantPushes)
	}
}

// eachNode pages through a top-level connection and hands each node's
// selection to f.
func eachNode(t *testing.T, env *crmtest.Env, token, connection, selection string, f func(json.RawMessage)) {
	t.Helper()
	var after any
	for {
		var data map[string]struct {
			PageInfo struct {
				HasNextPage bool
				EndCursor   string
			}
			Edges []struct{ Node json.RawMessage }
		}
		env.Do(t, token, `query($after: Cursor) { `+connection+`(first: 200, after: $after) {
		  pageInfo { hasNextPage endCursor } edges { node { `+selection+` } } } }`,
			map[string]any{"after": after}).Decode(t, &data)
		conn := data[connection]
		for _, e := range conn.Edges {
			f(e.Node)
		}
		if !conn.PageInfo.HasNextPage {
			return
		}
		after = conn.PageInfo.EndCursor
	}
}

func mustJSON(t *testing.T, b []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

// checkMasking reads the personal data of visible clients and compares
// each value with the stored one: unmasked exactly where the rules say.
func checkMasking(t *testing.T, env *crmtest.Env, p principal, visible []*ent.Customer) {
	for _, c := range sample(visible) {
		var data struct {
			Node *struct {
				IDNumber   string
				Phone      *string
				PiiVisible bool
			}
		}
		env.Do(t, p.token, `query($id: ID!) { node(id: $id) { ... on Customer { idNumber phone piiVisible } } }`,
			map[string]any{"id": strconv.Itoa(c.ID)}).Decode(t, &data)
		if data.Node == nil {
			t.Fatalf("client %d not visible", c.ID)
		}
		reveal := p.reveals(c)
		if data.Node.PiiVisible != reveal {
			t.Errorf("client %d: piiVisible = %v, want %v", c.ID, data.Node.PiiVisible, reveal)
		}
		wantID := c.IDNumber
		if !reveal {
			wantID = pii.MaskIDNumber(c.IDNumber)
		}
		if data.Node.IDNumber != wantID {
			t.Errorf("client %d: idNumber = %q, want %q", c.ID, data.Node.IDNumber, wantID)
		}
		if c.Phone != "" {
			wantPhone := c.Phone
			if !reveal {
				wantPhone = pii.MaskPhone(c.Phone)
			}
			if data.Node.Phone == nil || *data.Node.Phone != wantPhone {
				t.Errorf("client %d: phone = %v, want %q", c.ID, data.Node.Phone, wantPhone)
			}
		}
	}
}

// sample picks a few clients spread over the list: the matrix checks every
// principal against every path, and a handful per path is enough to catch
// a rule that lets one through.
func sample(cs []*ent.Customer) []*ent.Customer {
	if len(cs) <= 4 {
		return cs
	}
	return []*ent.Customer{cs[0], cs[len(cs)/3], cs[2*len(cs)/3], cs[len(cs)-1]}
}

func filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func ids(cs []*ent.Customer) []int {
	out := make([]int, len(cs))
	for i, c := range cs {
		out[i] = c.ID
	}
	return out
}

// diff lists up to five ids in one list and not the other.
func diff(a, b []int) []int {
	var out []int
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			out = append(out, -x)
		}
	}
	return out[:min(5, len(out))]
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// checkTimeline compares the kinds in a visible client's timeline, which
// one UNION reads past ent's queries, with the records the principal may
// read of each kind: all of the client's, orders only with orders:read.
// It checks the clients with the most orders, where a leak would show.
func checkTimeline(t *testing.T, env *crmtest.Env, p principal, visible []*ent.Customer) {
	ctx := system()
	withOrders := slices.Clone(visible)
	counts := map[int]map[string]int{}
	for _, c := range withOrders {
		counts[c.ID] = timelineTruth(t, ctx, c)
	}
	slices.SortStableFunc(withOrders, func(a, b *ent.Customer) int { return counts[b.ID]["ORDER"] - counts[a.ID]["ORDER"] })
	for _, c := range withOrders[:min(3, len(withOrders))] {
		want := counts[c.ID]
		// Trades and flows are many, and read like the other client data;
		// TestTimelinePages walks them.
		delete(want, "TRADE")
		delete(want, "CASH_FLOW")
		if !p.orders(c) {
			delete(want, "ORDER")
		}
		var data struct {
			Node struct {
				Timeline struct {
					Edges    []struct{ Node struct{ Kind string } }
					PageInfo struct{ HasNextPage bool }
				}
			}
		}
		env.Do(t, p.token, `query($id: ID!) { node(id: $id) { ... on Customer {
		  timeline(first: 200, kinds: [INTERACTION, ORDER, STATUS_CHANGE, PUSH, ASSESSMENT, ADVISOR_CHANGE]) { edges { node { kind } } pageInfo { hasNextPage } } } } }`,
			map[string]any{"id": strconv.Itoa(c.ID)}).Decode(t, &data)
		if data.Node.Timeline.PageInfo.HasNextPage {
			t.Fatalf("client %d has more than 200 events; the check needs them on one page", c.ID)
		}
		got := map[string]int{}
		for _, e := range data.Node.Timeline.Edges {
			got[e.Node.Kind]++
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("client %d timeline kinds %v, want %v", c.ID, got, want)
		}
	}
}

// timelineTruth counts a client's records of each timeline kind.
func timelineTruth(t *testing.T, ctx context.Context, c *ent.Customer) map[string]int {
	out := map[string]int{}
	for kind, count := range map[string]func(context.Context) (int, error){
		"TRADE": c.QueryTrades().Count, "CASH_FLOW": c.QueryCashFlows().Count,
		"INTERACTION": c.QueryInteractions().Count, "ORDER": c.QueryOrders().Count,
		"STATUS_CHANGE": c.QueryStatusChanges().Count, "PUSH": c.QueryPushes().Count,
		"ASSESSMENT": c.QueryRiskAssessments().Count, "ADVISOR_CHANGE": c.QueryAdvisorAssignments().Count,
	} {
		n, err := count(ctx)
		must(t, err)
		if n > 0 {
			out[kind] = n
		}
	}
	return out
}
