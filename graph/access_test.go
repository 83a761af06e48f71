package graph_test

import (
	"bytes"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/advisorassignment"
	"github.com/brokercrm/crm/ent/apikey"
	"github.com/brokercrm/crm/ent/auditlog"
	"github.com/brokercrm/crm/ent/clientshare"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/interaction"
	"github.com/brokercrm/crm/ent/salesorder"
	"github.com/brokercrm/crm/ent/tag"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/viewer"
)

const grantShare = `mutation($c: ID!, $g: ID!, $d: Date!, $r: String!) {
  grantClientShare(input: {clientId: $c, granteeId: $g, reason: $r, endsOn: $d}) { id endsOn grantee { username } }
}`

const reassign = `mutation($c: ID!, $a: ID!) {
  reassignClient(clientId: $c, advisorId: $a, reason: "客户搬家，转由就近顾问服务") { id advisor { username } }
}`

// TestWritesByRole checks who may share and reassign a client: the manager
// of the client's branch, nobody else; a denied write is FORBIDDEN, or
// NOT_FOUND where the client itself is invisible.
func TestWritesByRole(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx, db := system(), env.DB.Client
		users := usersByName(t, db)
		target, err := db.Customer.Query().Where(customer.AdvisorID(users["advisor2"].ID)).First(ctx)
		must(t, err)
		vars := map[string]any{
			"c": strconv.Itoa(target.ID), "g": strconv.Itoa(users["advisor1"].ID),
			"d": time.Now().AddDate(0, 0, 14).Format(time.DateOnly), "r": "休假代班",
		}
		for _, tt := range []struct {
			who, code string
		}{
			{"advisor1", "FORBIDDEN"},    // sees nothing of the client: a write is still refused
			{"advisor2", "FORBIDDEN"},    // the client's own advisor may not share it
			{"hq1", "FORBIDDEN"},         // head office reads, never writes client data
			{"compliance1", "FORBIDDEN"}, // neither does compliance
			{"pm1", "NOT_FOUND"},         // product managers do not see the client at all
			{"admin", "NOT_FOUND"},       // nor do administrators
			{"bm2", "NOT_FOUND"},         // another branch's manager
			{"client1", "NOT_FOUND"},     // a client
			{"bm1", ""},                  // the branch's manager may
		} {
			resp := env.Do(t, env.Login(t, tt.who), grantShare, vars)
			if got := resp.Code(); got != tt.code && !(tt.code == "FORBIDDEN" && got == "NOT_FOUND" && tt.who == "advisor1") {
				t.Errorf("%s grants a share: code %q, want %q (%+v)", tt.who, got, tt.code, resp.Errors)
			}
		}
		n, err := db.ClientShare.Query().Where(clientshare.ClientID(target.ID)).Count(ctx)
		must(t, err)
		if n != 1 {
			t.Errorf("%d shares written, want exactly bm1's", n)
		}
		t.Run("GrantIsIdempotent", func(t *testing.T) {
			resp := env.Do(t, env.Login(t, "bm1"), grantShare, vars)
			if len(resp.Errors) > 0 {
				t.Fatalf("repeating the grant: %+v", resp.Errors)
			}
			if n, _ := db.ClientShare.Query().Where(clientshare.ClientID(target.ID)).Count(ctx); n != 1 {
				t.Errorf("a repeated grant made %d shares", n)
			}
		})
		t.Run("ErrBadShares", func(t *testing.T) {
			bm := env.Login(t, "bm1")
			for name, change := range map[string]map[string]any{
				"past end":        {"d": "2020-01-01"},
				"too long":        {"d": time.Now().AddDate(2, 0, 0).Format(time.DateOnly)},
				"blank reason":    {"r": "   "},
				"not an advisor":  {"g": strconv.Itoa(users["bm1"].ID)},
				"other branch":    {"g": strconv.Itoa(advisorOutside(t, users, *users["bm1"].BranchID).ID)},
				"the own advisor": {"g": strconv.Itoa(users["advisor2"].ID)},
				"not a date":      {"d": "2026-02-30"},
			} {
				v := map[string]any{}
				for k, x := range vars {
					v[k] = x
				}
				for k, x := range change {
					v[k] = x
				}
				if resp := env.Do(t, bm, grantShare, v); resp.Code() != "BAD_USER_INPUT" {
					t.Errorf("%s: code %q, want BAD_USER_INPUT (%v %s)", name, resp.Code(), v, resp.Data)
				}
			}
		})
		t.Run("ShareEnds", func(t *testing.T) {
			share, err := db.ClientShare.Query().Where(clientshare.ClientID(target.ID), clientshare.RevokedAtIsNil()).Only(ctx)
			must(t, err)
			advisor := env.Login(t, "advisor1")
			if resp := env.Do(t, advisor, nodeQuery, map[string]any{"id": strconv.Itoa(target.ID)}); resp.Code() != "" {
				t.Fatalf("the shared client is not visible: %+v", resp.Errors)
			}
			// A share that ended yesterday grants nothing.
			yesterday := time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -1)
			must(t, db.ClientShare.Create().SetClientID(target.ID).SetGranteeID(users["advisor3"].ID).
				SetReason("过期").SetEndsOn(yesterday).Exec(ctx))
			if resp := env.Do(t, env.Login(t, "advisor3"), nodeQuery, map[string]any{"id": strconv.Itoa(target.ID)}); resp.Code() != "NOT_FOUND" {
				t.Errorf("an ended share still shows the client: %s", resp.Data)
			}
			revoke := `mutation($id: ID!) { revokeClientShare(id: $id) { revokedAt } }`
			if got := env.Do(t, advisor, revoke, map[string]any{"id": strconv.Itoa(share.ID)}).Code(); got != "FORBIDDEN" {
				t.Errorf("the grantee revokes: code %q", got)
			}
			env.Do(t, env.Login(t, "bm1"), revoke, map[string]any{"id": strconv.Itoa(share.ID)}).Decode(t, &struct{}{})
			if resp := env.Do(t, env.Login(t, "advisor1"), nodeQuery, map[string]any{"id": strconv.Itoa(target.ID)}); resp.Code() != "NOT_FOUND" {
				t.Errorf("a revoked share still shows the client: %s", resp.Data)
			}
		})
		t.Run("Reassign", func(t *testing.T) {
			rv := map[string]any{"c": strconv.Itoa(target.ID), "a": strconv.Itoa(users["advisor1"].ID)}
			for _, who := range []string{"advisor2", "hq1", "compliance1"} {
				if got := env.Do(t, env.Login(t, who), reassign, rv).Code(); got != "FORBIDDEN" {
					t.Errorf("%s reassigns: code %q, want FORBIDDEN", who, got)
				}
			}
			var data struct {
				ReassignClient struct{ Advisor struct{ Username string } }
			}
			env.Do(t, env.Login(t, "bm1"), reassign, rv).Decode(t, &data)
			if got := data.ReassignClient.Advisor.Username; got != "advisor1" {
				t.Errorf("advisor after reassignment = %q", got)
			}
			history, err := db.AdvisorAssignment.Query().Where(advisorassignment.ClientID(target.ID)).All(ctx)
			must(t, err)
			if len(history) != 1 || *history[0].FromAdvisorID != users["advisor2"].ID ||
				history[0].ToAdvisorID != users["advisor1"].ID || *history[0].ChangedByID != users["bm1"].ID {
				t.Errorf("history = %+v", history)
			}
			// The client's history is part of the client: advisor2 no longer sees it.
			resp := env.Do(t, env.Login(t, "advisor2"), nodeQuery, map[string]any{"id": strconv.Itoa(target.ID)})
			if resp.Code() != "NOT_FOUND" {
				t.Errorf("the former advisor still sees the client: %s", resp.Data)
			}
		})
	})
}

// TestClientDataWrites checks the write policies of client data below the
// API (the mutations that use them come with later features): advisors
// write for their own clients only, not for clients shared with them;
// head office and compliance never; a client only for themselves.
func TestClientDataWrites(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx, db := system(), env.DB.Client
		users := usersByName(t, db)
		own, err := db.Customer.Query().Where(customer.AdvisorID(users["advisor1"].ID)).First(ctx)
		must(t, err)
		other, err := db.Customer.Query().Where(customer.AdvisorID(users["advisor2"].ID)).First(ctx)
		must(t, err)
		product, err := db.Product.Query().First(ctx)
		must(t, err)
		env.Do(t, env.Login(t, "bm1"), grantShare, map[string]any{
			"c": strconv.Itoa(other.ID), "g": strconv.Itoa(users["advisor1"].ID),
			"d": time.Now().AddDate(0, 0, 3).Format(time.DateOnly), "r": "联合拜访",
		})
		as := func(name string) *viewer.Viewer {
			token := env.Login(t, name)
			v, err := env.Auth.Authenticate(ctx, token)
			must(t, err)
			return v
		}
		logCall := func(v *viewer.Viewer, clientID int) error {
			return db.Interaction.Create().SetClientID(clientID).SetChannel(interaction.ChannelPHONE).
				SetKind(interaction.KindSERVICE).SetSummary("电话回访").SetOccurredAt(time.Now()).
				Exec(viewer.NewContext(t.Context(), v))
		}
		order := func(v *viewer.Viewer, clientID int) error {
			return db.SalesOrder.Create().SetClientID(clientID).SetProductID(product.ID).
				SetAmount(10000_0000).Exec(viewer.NewContext(t.Context(), v))
		}
		advisor1 := as("advisor1")
		if len(advisor1.SharedClientIDs) != 1 || advisor1.SharedClientIDs[0] != other.ID {
			t.Fatalf("advisor1's shared clients = %v, want [%d]", advisor1.SharedClientIDs, other.ID)
		}
		for _, tt := range []struct {
			name    string
			v       *viewer.Viewer
			client  int
			allowed bool
		}{
			{"advisor/own", advisor1, own.ID, true},
			{"advisor/shared", advisor1, other.ID, false},
			{"bm/branch", as("bm1"), other.ID, true},
			{"hq", as("hq1"), own.ID, false},
			{"compliance", as("compliance1"), own.ID, false},
			{"pm", as("pm1"), own.ID, false},
		} {
			for what, write := range map[string]func(*viewer.Viewer, int) error{"interaction": logCall, "order": order} {
				err := write(tt.v, tt.client)
				if (err == nil) != tt.allowed {
					t.Errorf("%s writes an %s: err %v, allowed %v", tt.name, what, err, tt.allowed)
				}
			}
		}
		calls, err := db.Interaction.Query().Where(interaction.Summary("电话回访")).Count(ctx)
		must(t, err)
		orders, err := db.SalesOrder.Query().Where(salesorder.ProductID(product.ID), salesorder.Amount(10000_0000)).Count(ctx)
		must(t, err)
		if calls != 2 || orders != 2 {
			t.Errorf("written: %d interactions, %d orders; want 2 and 2", calls, orders)
		}
		t.Run("ClientConsultations", func(t *testing.T) {
			client := as("client1")
			logAs := func(clientID int, kind interaction.Kind) error {
				return db.Interaction.Create().SetClientID(clientID).SetChannel(interaction.ChannelAPP).
					SetKind(kind).SetSummary("咨询基金赎回").SetOccurredAt(time.Now()).
					Exec(viewer.NewContext(t.Context(), client))
			}
			if err := logAs(client.ClientID, interaction.KindCONSULTATION); err != nil {
				t.Errorf("a client's own consultation: %v", err)
			}
			if err := logAs(client.ClientID, interaction.KindSERVICE); err == nil {
				t.Error("a client wrote a service record")
			}
			if err := logAs(own.ID, interaction.KindCONSULTATION); err == nil {
				t.Error("a client wrote a consultation for someone else")
			}
		})
		// Updates are narrowed the same way: advisor1 cannot touch the
		// shared client's record even by id.
		err = db.Customer.UpdateOneID(other.ID).SetName("改名").Exec(viewer.NewContext(t.Context(), advisor1))
		if err == nil {
			t.Error("an advisor renamed a client shared with them")
		}
	})
}

// TestAuditTrail checks that changes, logins and reads of unmasked personal
// data are recorded, and that nothing changes a recorded row.
func TestAuditTrail(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx, db := system(), env.DB.Client
		users := usersByName(t, db)
		target, err := db.Customer.Query().Where(customer.AdvisorID(users["advisor2"].ID)).First(ctx)
		must(t, err)
		bm := env.Login(t, "bm1")
		env.Do(t, bm, reassign, map[string]any{"c": strconv.Itoa(target.ID), "a": strconv.Itoa(users["advisor1"].ID)}).
			Decode(t, &struct{}{})

		t.Run("Change", func(t *testing.T) {
			row, err := db.AuditLog.Query().
				Where(auditlog.ActionEQ(auditlog.ActionUPDATE), auditlog.EntityType(ent.TypeCustomer),
					auditlog.EntityID(strconv.Itoa(target.ID))).
				Only(ctx)
			must(t, err)
			if *row.ActorID != users["bm1"].ID || *row.ActorRole != viewer.BranchManager || row.Operation == "" ||
				row.IP == "" {
				t.Errorf("who/where of the change: %+v", row)
			}
			if len(row.Fields) == 0 || row.Before["advisor_id"] == nil || row.After["advisor_id"] == nil {
				t.Fatalf("fields %v before %v after %v", row.Fields, row.Before, row.After)
			}
			if int(row.Before["advisor_id"].(float64)) != users["advisor2"].ID ||
				int(row.After["advisor_id"].(float64)) != users["advisor1"].ID {
				t.Errorf("before %v after %v", row.Before, row.After)
			}
			created, err := db.AuditLog.Query().
				Where(auditlog.ActionEQ(auditlog.ActionCREATE), auditlog.EntityType(ent.TypeAdvisorAssignment)).Count(ctx)
			must(t, err)
			if created != 1 {
				t.Errorf("%d audit rows for the assignment, want 1", created)
			}
		})
		t.Run("Logins", func(t *testing.T) {
			env.Do(t, "", `mutation { login(username: "advisor1", password: "wrong-pass-1") { token } }`, nil)
			failed, err := db.AuditLog.Query().
				Where(auditlog.ActionEQ(auditlog.ActionLOGIN_FAILED), auditlog.ActorName("advisor1")).Count(ctx)
			must(t, err)
			ok, err := db.AuditLog.Query().
				Where(auditlog.ActionEQ(auditlog.ActionLOGIN), auditlog.ActorID(users["bm1"].ID)).Count(ctx)
			must(t, err)
			if failed != 1 || ok == 0 {
				t.Errorf("failed logins %d (want 1), logins of bm1 %d", failed, ok)
			}
		})
		t.Run("PersonalDataReads", func(t *testing.T) {
			query := `query($id: ID!) { node(id: $id) { ... on Customer { idNumber phone } } }`
			id := strconv.Itoa(target.ID)
			env.Do(t, env.Login(t, "advisor1"), query, map[string]any{"id": id}).Decode(t, &struct{}{}) // now theirs
			env.Do(t, bm, query, map[string]any{"id": id}).Decode(t, &struct{}{})                       // masked for bm1
			reads, err := db.AuditLog.Query().
				Where(auditlog.ActionEQ(auditlog.ActionREAD_PII), auditlog.EntityID(id)).All(ctx)
			must(t, err)
			if len(reads) != 1 || *reads[0].ActorID != users["advisor1"].ID ||
				len(reads[0].Fields) != 2 || reads[0].Fields[0] != "id_number" || reads[0].Fields[1] != "phone" {
				t.Errorf("reads of %s: %+v", id, reads)
			}
		})
		t.Run("OnlyComplianceReadsTheTrail", func(t *testing.T) {
			query := `{ auditLogs(first: 5, where: {action: UPDATE}) { totalCount edges { node { id actorName } } } }`
			for who, wantSome := range map[string]bool{"compliance1": true, "hq1": false, "admin": false, "bm1": false} {
				var data struct{ AuditLogs struct{ TotalCount int } }
				env.Do(t, env.Login(t, who), query, nil).Decode(t, &data)
				if (data.AuditLogs.TotalCount > 0) != wantSome {
					t.Errorf("%s sees %d audit rows", who, data.AuditLogs.TotalCount)
				}
			}
		})
		t.Run("ErrRowsCannotChange", func(t *testing.T) {
			row, err := db.AuditLog.Query().First(ctx)
			must(t, err)
			// Every field is immutable, so ent offers no setter at all; and
			// not even code with the system's decision may run an update or
			// a delete.
			if err := db.AuditLog.UpdateOneID(row.ID).Exec(ctx); err == nil {
				t.Error("an audit row was updated")
			}
			if _, err := db.AuditLog.Delete().Exec(ctx); err == nil {
				t.Error("audit rows were deleted")
			}
			// And the API offers no way: no mutation takes or returns one.
			var schema struct {
				Type struct {
					Fields []struct {
						Name string
						Type struct{ Name, OfType *struct{ Name string } }
					}
				} `json:"__type"`
			}
			env.Do(t, env.Login(t, "compliance1"), `{ __type(name: "Mutation") { fields { name type { name ofType { name } } } } }`, nil).
				Decode(t, &schema)
			for _, f := range schema.Type.Fields {
				if f.Type.OfType != nil && f.Type.OfType.Name == "AuditLog" {
					t.Errorf("mutation %s returns an audit row", f.Name)
				}
			}
			again, err := db.AuditLog.Get(ctx, row.ID)
			must(t, err)
			if again.ActorName != row.ActorName {
				t.Error("the row changed")
			}
		})
	})
}

func usersByName(t *testing.T, db *ent.Client) map[string]*ent.User {
	t.Helper()
	all, err := db.User.Query().Order(user.ByID()).All(system())
	must(t, err)
	out := map[string]*ent.User{}
	for _, u := range all {
		out[u.Username] = u
	}
	return out
}

// advisorOutside returns an advisor of another branch than branchID.
func advisorOutside(t *testing.T, users map[string]*ent.User, branchID int) *ent.User {
	t.Helper()
	for _, u := range users {
		if u.Role == viewer.Advisor && u.BranchID != nil && *u.BranchID != branchID {
			return u
		}
	}
	t.Fatal("the seed has advisors in one branch only")
	return nil
}

// TestPasswordsAndUsers checks the account mutations: changing one's own
// password ends one's other sessions; administrators create, disable and
// reset users, and nobody else may.
func TestPasswordsAndUsers(t *testing.T) {
	env := crmtest.New(t, "sqlite3")
	users := usersByName(t, env.DB.Client)
	first, second := env.Login(t, "advisor1"), env.Login(t, "advisor1")
	change := `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`
	if got := env.Do(t, first, change, map[string]any{"c": "not-it-123", "n": "new-pass-2025"}).Code(); got != "BAD_USER_INPUT" {
		t.Errorf("wrong current password: code %q", got)
	}
	if got := env.Do(t, first, change, map[string]any{"c": crmtest.Password, "n": "short"}).Code(); got != "BAD_USER_INPUT" {
		t.Errorf("weak new password: code %q", got)
	}
	env.Do(t, first, change, map[string]any{"c": crmtest.Password, "n": "new-pass-2025"}).Decode(t, &struct{}{})
	if resp := env.Do(t, second, `{ viewer { username } }`, nil); resp.Status != 401 {
		t.Errorf("the other session survived a password change: %d", resp.Status)
	}
	if resp := env.Do(t, first, `{ viewer { username } }`, nil); resp.Status != 200 {
		t.Errorf("the changing session was ended: %d", resp.Status)
	}

	admin := env.Login(t, "admin")
	create := `mutation($b: ID) { createUser(input: {username: "advisor-new", displayName: "新顾问", role: ADVISOR,
	  branchId: $b, password: "welcome-2025"}) { id username branch { code } } }`
	branch := map[string]any{"b": strconv.Itoa(*users["bm1"].BranchID)}
	if got := env.Do(t, env.Login(t, "hq1"), create, branch).Code(); got != "FORBIDDEN" {
		t.Errorf("head office creates a user: code %q", got)
	}
	if got := env.Do(t, admin, create, map[string]any{}).Code(); got != "BAD_USER_INPUT" {
		t.Errorf("an advisor without a branch: code %q", got)
	}
	var created struct{ CreateUser struct{ ID string } }
	env.Do(t, admin, create, branch).Decode(t, &created)
	if got := env.Do(t, admin, create, branch).Code(); got != "CONFLICT" {
		t.Errorf("the same username again: code %q", got)
	}
	update := `mutation($id: ID!, $role: UserRole, $b: ID) { updateUser(id: $id, input: {role: $role, branchId: $b}) { role } }`
	for name, vars := range map[string]map[string]any{
		"staff into a client":      {"id": created.CreateUser.ID, "role": "CLIENT"},
		"client into staff":        {"id": strconv.Itoa(users["client1"].ID), "role": "HEAD_OFFICE"},
		"advisor without a branch": {"id": strconv.Itoa(users["hq1"].ID), "role": "ADVISOR"},
	} {
		if got := env.Do(t, admin, update, vars).Code(); got != "BAD_USER_INPUT" {
			t.Errorf("%s: code %q, want BAD_USER_INPUT", name, got)
		}
	}
	var promoted struct{ UpdateUser struct{ Role string } }
	env.Do(t, admin, update, map[string]any{"id": created.CreateUser.ID, "role": "BRANCH_MANAGER"}).Decode(t, &promoted)
	if promoted.UpdateUser.Role != "BRANCH_MANAGER" {
		t.Errorf("role after promotion: %q", promoted.UpdateUser.Role)
	}
	newcomer := env.Do(t, "", `mutation { login(username: "advisor-new", password: "welcome-2025") { token } }`, nil)
	var session struct{ Login struct{ Token string } }
	newcomer.Decode(t, &session)
	env.Do(t, admin, `mutation($id: ID!) { updateUser(id: $id, input: {active: false}) { active } }`,
		map[string]any{"id": created.CreateUser.ID}).Decode(t, &struct{}{})
	if resp := env.Do(t, session.Login.Token, `{ viewer { username } }`, nil); resp.Status != 401 {
		t.Errorf("a disabled user's session still works: %d", resp.Status)
	}
}

// TestPartnerWebhooks checks the administration of webhook endpoints and
// that an order written by an advisor lands in the delivery log of an
// endpoint whose key may see the client, signed when delivered.
func TestPartnerWebhooks(t *testing.T) {
	env := crmtest.New(t, "sqlite3")
	ctx, db := system(), env.DB.Client
	users := usersByName(t, db)
	admin := env.Login(t, "admin")
	var key struct {
		CreateAPIKey struct{ APIKey struct{ ID string } }
	}
	env.Do(t, admin, `mutation($o: ID!) { createAPIKey(input: {name: "order feed", ownerId: $o, scopes: [ORDERS_READ]}) {
	  apiKey { id } } }`, map[string]any{"o": strconv.Itoa(users["bm1"].ID)}).Decode(t, &key)
	create := `mutation($k: ID!, $u: String!, $e: [String!]!) {
	  createWebhookEndpoint(input: {apiKeyId: $k, url: $u, events: $e}) { secret endpoint { id url events } } }`
	vars := func(url string, events ...string) map[string]any {
		return map[string]any{"k": key.CreateAPIKey.APIKey.ID, "u": url, "e": append([]string{}, events...)}
	}
	for name, tt := range map[string]struct {
		token string
		vars  map[string]any
		code  string
	}{
		"not an admin":   {env.Login(t, "hq1"), vars("https://partner.example.com/hook", "order.created"), "NOT_FOUND"},
		"plain http":     {admin, vars("http://partner.example.com/hook", "order.created"), "BAD_USER_INPUT"},
		"unknown event":  {admin, vars("https://partner.example.com/hook", "client.deleted"), "BAD_USER_INPUT"},
		"no event":       {admin, vars("https://partner.example.com/hook"), "BAD_USER_INPUT"},
		"not a URL":      {admin, vars("::", "order.created"), "BAD_USER_INPUT"},
		"http localhost": {admin, vars("http://localhost:9999/hook", "order.created"), ""},
	} {
		if got := env.Do(t, tt.token, create, tt.vars).Code(); got != tt.code {
			t.Errorf("%s: code %q, want %q", name, got, tt.code)
		}
	}
	var endpoint struct {
		CreateWebhookEndpoint struct{ Secret string }
	}
	env.Do(t, admin, create, vars("https://partner.example.com/hook", "order.created", "order.updated")).Decode(t, &endpoint)
	if !strings.HasPrefix(endpoint.CreateWebhookEndpoint.Secret, "whsec_") {
		t.Errorf("secret = %q", endpoint.CreateWebhookEndpoint.Secret)
	}

	// advisor1 (in bm1's branch) orders for a client: bm1's key hears of it.
	advisor, err := env.Auth.Authenticate(ctx, env.Login(t, "advisor1"))
	must(t, err)
	client, err := db.Customer.Query().Where(customer.AdvisorID(users["advisor1"].ID)).First(ctx)
	must(t, err)
	product, err := db.Product.Query().First(ctx)
	must(t, err)
	must(t, db.SalesOrder.Create().SetClientID(client.ID).SetProductID(product.ID).SetAmount(5_0000_0000).
		Exec(viewer.NewContext(t.Context(), advisor)))
	var log struct {
		APIKeys struct {
			Edges []struct {
				Node struct {
					Webhooks struct {
						Edges []struct {
							Node struct {
								URL        string
								Deliveries struct {
									Edges []struct {
										Node struct{ Event, Status, Payload string }
									}
								}
							}
						}
					}
				}
			}
		}
	}
	env.Do(t, admin, `{ apiKeys(first: 10) { edges { node { webhooks(first: 10) { edges { node { url
	  deliveries(first: 10) { edges { node { event status payload } } } } } } } } } }`, nil).Decode(t, &log)
	var events []string
	for _, k := range log.APIKeys.Edges {
		for _, w := range k.Node.Webhooks.Edges {
			for _, d := range w.Node.Deliveries.Edges {
				events = append(events, w.Node.URL+" "+d.Node.Event+" "+d.Node.Status)
				if !strings.Contains(d.Node.Payload, `"amount":"50000.0000"`) {
					t.Errorf("payload %s lacks the amount as a decimal string", d.Node.Payload)
				}
			}
		}
	}
	want := []string{"http://localhost:9999/hook order.created PENDING", "https://partner.example.com/hook order.created PENDING"}
	slices.Sort(events)
	if !slices.Equal(events, want) {
		t.Errorf("delivery log = %v, want %v", events, want)
	}
}

// TestEdgeMovesAndTagAudit checks that no viewer moves a client's records
// to another client through the client, and that tag changes are audited
// with the tags added and removed.
func TestEdgeMovesAndTagAudit(t *testing.T) {
	env := crmtest.New(t, "sqlite3")
	ctx, db := system(), env.DB.Client
	users := usersByName(t, db)
	own, err := db.Customer.Query().Where(customer.AdvisorID(users["advisor1"].ID)).First(ctx)
	must(t, err)
	other, err := db.Customer.Query().Where(customer.AdvisorID(users["advisor2"].ID), customer.HasAccounts()).First(ctx)
	must(t, err)
	stolen, err := other.QueryAccounts().FirstID(ctx)
	must(t, err)
	for _, who := range []string{"advisor2", "bm1"} {
		v, err := env.Auth.Authenticate(ctx, env.Login(t, who))
		must(t, err)
		target := other.ID // their own client, or their branch's
		if err := db.Customer.UpdateOneID(target).AddAccountIDs(stolen).Exec(viewer.NewContext(t.Context(), v)); err == nil {
			t.Errorf("%s moved an account through a client", who)
		}
	}
	tag, err := db.Tag.Query().Where(tag.KindEQ(tag.KindMANUAL)).First(ctx)
	must(t, err)
	env.Do(t, env.Login(t, "advisor1"), `mutation($c: ID!, $t: [ID!]!) { addClientTags(clientId: $c, tagIds: $t) { id } }`,
		map[string]any{"c": strconv.Itoa(own.ID), "t": []string{strconv.Itoa(tag.ID)}}).Decode(t, &struct{}{})
	row, err := db.AuditLog.Query().
		Where(auditlog.ActionEQ(auditlog.ActionUPDATE), auditlog.EntityID(strconv.Itoa(own.ID))).
		Order(ent.Desc(auditlog.FieldID)).First(ctx)
	must(t, err)
	if !slices.Contains(row.Fields, "tags+") || row.After["tags+"] == nil {
		t.Errorf("the tag change was audited as %v %v", row.Fields, row.After)
	}
}

// TestAPIKeyLifecycle checks that a key works until it is revoked, that an
// expired key and a key of a disabled owner are refused, and that only
// its hash is stored.
func TestAPIKeyLifecycle(t *testing.T) {
	env := crmtest.New(t, "sqlite3")
	ctx, db := system(), env.DB.Client
	users := usersByName(t, db)
	admin := env.Login(t, "admin")
	create := func(owner string, expires *time.Time) (string, string) {
		vars := map[string]any{"o": strconv.Itoa(users[owner].ID)}
		if expires != nil {
			vars["e"] = expires.Format(time.RFC3339)
		}
		var data struct {
			CreateAPIKey struct {
				Key    string
				APIKey struct{ ID, Prefix string }
			}
		}
		env.Do(t, admin, `mutation($o: ID!, $e: Time) { createAPIKey(input: {name: "feed", ownerId: $o,
		  scopes: [PRODUCTS_READ], expiresAt: $e}) { key apiKey { id prefix } } }`, vars).Decode(t, &data)
		if !strings.HasPrefix(data.CreateAPIKey.Key, "crm_"+data.CreateAPIKey.APIKey.Prefix+"_") {
			t.Errorf("key %q does not start with its prefix %q", data.CreateAPIKey.Key, data.CreateAPIKey.APIKey.Prefix)
		}
		return data.CreateAPIKey.Key, data.CreateAPIKey.APIKey.ID
	}
	works := func(key string) int {
		return env.Do(t, key, `{ products(first: 1) { totalCount } }`, nil).Status
	}
	key, id := create("hq1", nil)
	if got := works(key); got != http.StatusOK {
		t.Fatalf("a new key: %d", got)
	}
	stored, err := db.APIKey.Query().Where(apikey.Prefix(strings.Split(key, "_")[1])).Only(ctx)
	must(t, err)
	if bytes.Contains(stored.KeyHash, []byte(key)) || len(stored.KeyHash) != 32 {
		t.Error("the key is stored, not its HMAC")
	}
	env.Do(t, admin, `mutation($id: ID!) { revokeAPIKey(id: $id) { revokedAt } }`, map[string]any{"id": id}).Decode(t, &struct{}{})
	if got := works(key); got != http.StatusUnauthorized {
		t.Errorf("a revoked key: %d, want 401", got)
	}

	soon := time.Now().Add(time.Second)
	expiring, _ := create("hq1", &soon)
	time.Sleep(1100 * time.Millisecond)
	if got := works(expiring); got != http.StatusUnauthorized {
		t.Errorf("an expired key: %d, want 401", got)
	}
	if got := env.Do(t, admin, `mutation($o: ID!) { createAPIKey(input: {name: "x", ownerId: $o, scopes: [PRODUCTS_READ],
	  expiresAt: "2020-01-01T00:00:00Z"}) { key } }`, map[string]any{"o": strconv.Itoa(users["hq1"].ID)}).Code(); got != "BAD_USER_INPUT" {
		t.Errorf("a key expiring in the past: code %q", got)
	}

	pmKey, _ := create("pm1", nil)
	env.Do(t, admin, `mutation($id: ID!) { updateUser(id: $id, input: {active: false}) { active } }`,
		map[string]any{"id": strconv.Itoa(users["pm1"].ID)}).Decode(t, &struct{}{})
	if got := works(pmKey); got != http.StatusUnauthorized {
		t.Errorf("the key of a disabled owner: %d, want 401", got)
	}
}
