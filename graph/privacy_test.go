package graph_test

import (
	"testing"

	"github.com/brokercrm/crm/crmtest"
)

// clientOf returns the id of one client of advisor, read as head office.
func clientOf(t *testing.T, env *crmtest.Env, advisor string) (id, accountID string) {
	t.Helper()
	var data struct {
		Customers struct {
			Edges []struct {
				Node struct {
					ID       string
					Accounts struct {
						Edges []struct{ Node struct{ ID string } }
					}
				}
			}
		}
	}
	env.Do(t, env.Login(t, "hq1"), `query($u: String!) {
	  customers(first: 1, where: {hasAdvisorWith: {username: $u}, hasAccounts: true}) {
	    edges { node { id accounts(first: 1) { edges { node { id } } } } }
	  }
	}`, map[string]any{"u": advisor}).Decode(t, &data)
	if len(data.Customers.Edges) == 0 || len(data.Customers.Edges[0].Node.Accounts.Edges) == 0 {
		t.Fatalf("the seed gave %s no client with an account", advisor)
	}
	n := data.Customers.Edges[0].Node
	return n.ID, n.Accounts.Edges[0].Node.ID
}

func TestAdvisorSeesOnlyOwnClients(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		token := env.Login(t, "advisor1")
		otherClient, otherAccount := clientOf(t, env, "advisor2")

		t.Run("Connection", func(t *testing.T) {
			var data clientList
			env.Do(t, token, listClients, map[string]any{"first": 200}).Decode(t, &data)
			if data.Customers.TotalCount == 0 {
				t.Fatal("advisor1 sees no clients; the seed should give them some")
			}
			if got, want := len(data.Customers.Edges), data.Customers.TotalCount; got != want {
				t.Errorf("edges = %d, totalCount = %d", got, want)
			}
			for _, e := range data.Customers.Edges {
				if e.Node.Advisor == nil || e.Node.Advisor.Username != "advisor1" {
					t.Errorf("client %s has advisor %+v, want advisor1", e.Node.ClientNo, e.Node.Advisor)
				}
			}
		})
		t.Run("ErrNodeOfOtherAdvisorsClient", func(t *testing.T) {
			resp := env.Do(t, token, `query($id: ID!) { node(id: $id) { id ... on Customer { name } } }`,
				map[string]any{"id": otherClient})
			if got, want := resp.Code(), "NOT_FOUND"; got != want {
				t.Errorf("code = %q, want %q; data %s", got, want, resp.Data)
			}
			if got, want := string(resp.Data), `{"node":null}`; got != want {
				t.Errorf("data = %s, want %s", got, want)
			}
		})
		t.Run("ErrNodeOfOtherAdvisorsAccount", func(t *testing.T) {
			resp := env.Do(t, token, `query($id: ID!) { node(id: $id) { id ... on Account { accountNo } } }`,
				map[string]any{"id": otherAccount})
			if got, want := resp.Code(), "NOT_FOUND"; got != want {
				t.Errorf("code = %q, want %q; data %s", got, want, resp.Data)
			}
		})
		t.Run("NodesNullsOtherAdvisorsClient", func(t *testing.T) {
			ownClient, _ := clientOf(t, env, "advisor1")
			for _, tt := range []struct {
				ids  []string
				want string
			}{
				{[]string{otherClient}, `{"nodes":[null]}`},
				{[]string{ownClient, otherClient}, `{"nodes":[{"id":"` + ownClient + `"},null]}`},
			} {
				resp := env.Do(t, token, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": tt.ids})
				if got := string(resp.Data); got != tt.want {
					t.Errorf("nodes(%v) = %s, want %s", tt.ids, got, tt.want)
				}
			}
		})
		t.Run("ConnectionFilterOnOtherAdvisor", func(t *testing.T) {
			var data clientList
			env.Do(t, token, listClients, map[string]any{"first": 50,
				"where": map[string]any{"hasAdvisorWith": []map[string]any{{"username": "advisor2"}}}}).Decode(t, &data)
			if got := data.Customers.TotalCount; got != 0 {
				t.Errorf("filtering on advisor2 found %d clients, want 0", got)
			}
		})
		t.Run("NestedEdgesFromBranchAndStaff", func(t *testing.T) {
			var data struct {
				Branches struct {
					Edges []struct {
						Node struct {
							Code    string
							Clients struct {
								TotalCount int
								Edges      []struct {
									Node struct{ Advisor *struct{ Username string } }
								}
							}
						}
					}
				}
				Users struct {
					Edges []struct {
						Node struct{ Clients struct{ TotalCount int } }
					}
				}
				Tags struct {
					Edges []struct {
						Node struct {
							Clients struct {
								Edges []struct {
									Node struct{ Advisor *struct{ Username string } }
								}
							}
						}
					}
				}
			}
			env.Do(t, token, `{
			  branches(first: 50) { edges { node { code clients(first: 100) { totalCount edges { node { advisor { username } } } } } } }
			  users(first: 1, where: {username: "advisor2"}) { edges { node { clients(first: 10) { totalCount } } } }
			  tags(first: 50) { edges { node { clients(first: 100) { edges { node { advisor { username } } } } } } }
			}`, nil).Decode(t, &data)
			for _, b := range data.Branches.Edges {
				for _, c := range b.Node.Clients.Edges {
					if c.Node.Advisor == nil || c.Node.Advisor.Username != "advisor1" {
						t.Errorf("branch %s leaks a client of %+v", b.Node.Code, c.Node.Advisor)
					}
				}
			}
			for _, u := range data.Users.Edges {
				if n := u.Node.Clients.TotalCount; n != 0 {
					t.Errorf("advisor2.clients shows %d clients to advisor1, want 0", n)
				}
			}
			for _, tag := range data.Tags.Edges {
				for _, c := range tag.Node.Clients.Edges {
					if c.Node.Advisor == nil || c.Node.Advisor.Username != "advisor1" {
						t.Errorf("a tag leaks a client of %+v", c.Node.Advisor)
					}
				}
			}
		})
	})
}

func TestRoleScopes(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		count := func(t *testing.T, username string) int {
			var data clientList
			env.Do(t, env.Login(t, username), listClients, map[string]any{"first": 1}).Decode(t, &data)
			return data.Customers.TotalCount
		}
		all := count(t, "hq1")
		if got, want := all, crmtest.SeedOptions.Clients; got != want {
			t.Errorf("head office sees %d clients, want all %d", got, want)
		}
		if got := count(t, "compliance1"); got != all {
			t.Errorf("compliance sees %d clients, want all %d", got, all)
		}
		if got := count(t, "pm1"); got != 0 {
			t.Errorf("product manager sees %d clients, want 0", got)
		}
		if got := count(t, "admin"); got != 0 {
			t.Errorf("admin sees %d clients, want 0", got)
		}
		branch := count(t, "bm1")
		if branch == 0 || branch >= all {
			t.Errorf("branch manager sees %d of %d clients, want some but not all", branch, all)
		}
		if own := count(t, "advisor1"); own == 0 || own >= branch {
			t.Errorf("advisor1 sees %d clients, branch %d: want some, fewer than the branch", own, branch)
		}
		t.Run("ClientSeesOnlyThemselves", func(t *testing.T) {
			if got, want := count(t, "client1"), 1; got != want {
				t.Errorf("client login sees %d clients, want %d", got, want)
			}
		})
	})
}

func TestPagination(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		token := env.Login(t, "hq1")
		t.Run("ErrAboveMaximum", func(t *testing.T) {
			resp := env.Do(t, token, listClients, map[string]any{"first": 201})
			if got, want := resp.Code(), "BAD_USER_INPUT"; got != want {
				t.Errorf("code = %q, want %q (%+v)", got, want, resp.Errors)
			}
		})
		t.Run("ErrNestedWithoutFirst", func(t *testing.T) {
			resp := env.Do(t, token, `{ customers(first: 5) { edges { node { trades { totalCount } } } } }`, nil)
			if got, want := resp.Code(), "BAD_USER_INPUT"; got != want {
				t.Errorf("code = %q, want %q (%+v)", got, want, resp.Errors)
			}
		})
		t.Run("CursorWalk", func(t *testing.T) {
			seen := map[string]bool{}
			after := any(nil)
			for page := 0; page < 4; page++ {
				var data struct {
					Customers struct {
						Edges    []struct{ Node struct{ ID string } }
						PageInfo struct {
							HasNextPage bool
							EndCursor   string
						}
					}
				}
				env.Do(t, token, `query($after: Cursor) { customers(first: 25, after: $after, orderBy: [{field: NAME}]) {
				  edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
					map[string]any{"after": after}).Decode(t, &data)
				for _, e := range data.Customers.Edges {
					if seen[e.Node.ID] {
						t.Fatalf("client %s on two pages", e.Node.ID)
					}
					seen[e.Node.ID] = true
				}
				after = data.Customers.PageInfo.EndCursor
			}
			if got, want := len(seen), 100; got != want {
				t.Errorf("4 pages of 25 gave %d distinct clients, want %d", got, want)
			}
		})
	})
}
