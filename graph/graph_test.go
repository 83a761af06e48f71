package graph_test

import (
	"testing"

	"github.com/brokercrm/crm/crmtest"
)

func TestMain(m *testing.M) { crmtest.Main(m) }

type clientList struct {
	Customers struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				ID       string
				ClientNo string
				Name     string
				Advisor  *struct{ Username string }
				Accounts struct {
					TotalCount int
					Edges      []struct{ Node struct{ AccountNo string } }
				}
			}
		}
	}
}

const listClients = `query($first: Int!, $where: CustomerWhereInput) {
  customers(first: $first, where: $where, orderBy: [{field: CLIENT_NO}]) {
    totalCount
    edges { node { id clientNo name advisor { username } accounts(first: 10) { totalCount edges { node { accountNo } } } } }
  }
}`

func TestLoginAndViewer(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		t.Run("OK", func(t *testing.T) {
			token := env.Login(t, "advisor1")
			var data struct {
				Viewer struct {
					Username string
					Role     string
					Branch   struct{ Code string }
				}
			}
			env.Do(t, token, `{ viewer { username role branch { code } } }`, nil).Decode(t, &data)
			if got, want := data.Viewer.Username, "advisor1"; got != want {
				t.Errorf("viewer = %q, want %q", got, want)
			}
			if got, want := data.Viewer.Role, "ADVISOR"; got != want {
				t.Errorf("role = %q, want %q", got, want)
			}
		})
		t.Run("PayloadShowsBranch", func(t *testing.T) {
			var data struct {
				Login struct {
					Token string
					User  struct {
						Username string
						Branch   struct{ Code string }
					}
				}
			}
			env.Do(t, "", `mutation { login(username: "bm1", password: "`+crmtest.Password+`") {
			  token user { username branch { code } } } }`, nil).Decode(t, &data)
			if data.Login.Token == "" || data.Login.User.Branch.Code == "" {
				t.Errorf("login payload = %+v, want a token and the user's branch", data.Login)
			}
		})
		t.Run("ErrNodeWithForeignID", func(t *testing.T) {
			token := env.Login(t, "hq1")
			for _, id := range []string{"abc", "999999999999"} {
				resp := env.Do(t, token, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
				if got, want := resp.Code(), "NOT_FOUND"; got != want {
					t.Errorf("node(%q) code = %q, want %q (%+v)", id, got, want, resp.Errors)
				}
			}
		})
		t.Run("ErrWrongPassword", func(t *testing.T) {
			resp := env.Do(t, "", `mutation { login(username: "advisor1", password: "wrong-pass-1") { token } }`, nil)
			if got, want := resp.Code(), "UNAUTHENTICATED"; got != want {
				t.Errorf("code = %q, want %q", got, want)
			}
		})
		t.Run("ErrUnknownUser", func(t *testing.T) {
			resp := env.Do(t, "", `mutation { login(username: "nobody", password: "wrong-pass-1") { token } }`, nil)
			if got, want := resp.Code(), "UNAUTHENTICATED"; got != want {
				t.Errorf("code = %q, want %q", got, want)
			}
		})
		t.Run("AnonymousViewerIsNull", func(t *testing.T) {
			var data struct{ Viewer *struct{ Username string } }
			env.Do(t, "", `{ viewer { username } }`, nil).Decode(t, &data)
			if data.Viewer != nil {
				t.Errorf("viewer = %+v, want null", data.Viewer)
			}
		})
		t.Run("ErrAnonymousClients", func(t *testing.T) {
			resp := env.Do(t, "", listClients, map[string]any{"first": 5})
			if got, want := resp.Code(), "UNAUTHENTICATED"; got != want {
				t.Errorf("code = %q, want %q (%+v)", got, want, resp.Errors)
			}
		})
		t.Run("ErrLoggedOutToken", func(t *testing.T) {
			token := env.Login(t, "advisor2")
			var out struct{ Logout bool }
			env.Do(t, token, `mutation { logout }`, nil).Decode(t, &out)
			resp := env.Do(t, token, `{ viewer { username } }`, nil)
			if got, want := resp.Status, 401; got != want {
				t.Errorf("status = %d, want %d", got, want)
			}
			if got, want := resp.Code(), "UNAUTHENTICATED"; got != want {
				t.Errorf("code = %q, want %q", got, want)
			}
		})
	})
}
