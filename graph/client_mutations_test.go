package graph_test

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/account"
	"github.com/brokercrm/crm/ent/auditlog"
	"github.com/brokercrm/crm/ent/clientstatuschange"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/interaction"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/tag"
	"github.com/brokercrm/crm/idcard"
	"github.com/brokercrm/crm/market"
	"github.com/brokercrm/crm/viewer"
)

const (
	logInteractionOp = `mutation($in: LogInteractionInput!) {
  logInteraction(input: $in) { id kind summary occurredAt followUpOn staff { username } }
}`
	addTagsOp = `mutation($c: ID!, $t: [ID!]!) {
  addClientTags(clientId: $c, tagIds: $t) { id tags(first: 50) { edges { node { id } } } }
}`
	removeTagsOp = `mutation($c: ID!, $t: [ID!]!) {
  removeClientTags(clientId: $c, tagIds: $t) { id tags(first: 50) { edges { node { id } } } }
}`
	updateContactOp = `mutation($c: ID!, $in: ContactDetailsInput!) {
  updateContactDetails(clientId: $c, input: $in) { id idNumber phone email address piiVisible }
}`
	changeStatusOp = `mutation($c: ID!, $s: CustomerStatus!, $r: String!) {
  changeClientStatus(clientId: $c, status: $s, reason: $r) { id status openedOn closedOn }
}`
)

// mutationWorld is what the client mutation tests start from: a NORMAL
// client of advisor1 with an account (own), a NORMAL client of advisor2
// that bm1 shared with advisor1 (shared), and the users' logins.
type mutationWorld struct {
	env    *crmtest.Env
	db     *ent.Client
	users  map[string]*ent.User
	own    *ent.Customer
	shared *ent.Customer
	tokens map[string]string
}

func newMutationWorld(t *testing.T, env *crmtest.Env) *mutationWorld {
	t.Helper()
	ctx, db := system(), env.DB.Client
	w := &mutationWorld{env: env, db: db, users: usersByName(t, db), tokens: map[string]string{}}
	normalOf := func(advisor string) *ent.Customer {
		c, err := db.Customer.Query().
			Where(customer.AdvisorID(w.users[advisor].ID), customer.StatusEQ(customer.StatusNORMAL),
				customer.IDTypeEQ(customer.IDTypeRESIDENT_ID), customer.HasAccounts()).
			Order(customer.ByID()).First(ctx)
		must(t, err)
		return c
	}
	w.own, w.shared = normalOf("advisor1"), normalOf("advisor2")
	w.env.Do(t, w.token(t, "bm1"), grantShare, map[string]any{
		"c": strconv.Itoa(w.shared.ID), "g": strconv.Itoa(w.users["advisor1"].ID),
		"d": time.Now().AddDate(0, 0, 7).Format(time.DateOnly), "r": "休假代班",
	}).Decode(t, &struct{}{})
	return w
}

// token logs name in once per test.
func (w *mutationWorld) token(t *testing.T, name string) string {
	if tok, ok := w.tokens[name]; ok {
		return tok
	}
	w.tokens[name] = w.env.Login(t, name)
	return w.tokens[name]
}

func (w *mutationWorld) do(t *testing.T, who, op string, vars map[string]any) crmtest.Response {
	t.Helper()
	return w.env.Do(t, w.token(t, who), op, vars)
}

// reload reads a client again, as the system.
func (w *mutationWorld) reload(t *testing.T, c *ent.Customer) *ent.Customer {
	t.Helper()
	c, err := w.db.Customer.Get(system(), c.ID)
	must(t, err)
	return c
}

// wantInputError checks that resp is BAD_USER_INPUT with a message naming
// field.
func wantInputError(t *testing.T, resp crmtest.Response, field string) {
	t.Helper()
	if resp.Code() != "BAD_USER_INPUT" || !strings.HasPrefix(resp.Errors[0].Message, field+": ") {
		t.Errorf("code %q, errors %+v; want BAD_USER_INPUT naming %s", resp.Code(), resp.Errors, field)
	}
}

// gqlID is the GraphQL ID of a row.
func gqlID(n int) string { return strconv.Itoa(n) }

// chinaToday is the date the server calls today.
func chinaToday() string { return auth.Today(time.Now()).Format(time.DateOnly) }

func TestLogInteraction(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newMutationWorld(t, env)
		count := func(clientID int) int {
			n, err := w.db.Interaction.Query().Where(interaction.ClientID(clientID)).Count(system())
			must(t, err)
			return n
		}
		input := func(clientID int, change map[string]any) map[string]any {
			in := map[string]any{"clientId": gqlID(clientID), "channel": "PHONE", "kind": "SERVICE", "summary": "电话回访，客户对服务满意"}
			for k, v := range change {
				in[k] = v
			}
			return map[string]any{"in": in}
		}
		type logged struct {
			LogInteraction struct {
				ID, Kind, Summary string
				OccurredAt        time.Time
				FollowUpOn        *string
				Staff             *struct{ Username string }
			}
		}

		t.Run("OK", func(t *testing.T) {
			before := time.Now()
			var data logged
			w.do(t, "advisor1", logInteractionOp, input(w.own.ID, map[string]any{"summary": "  电话回访  "})).Decode(t, &data)
			got := data.LogInteraction
			if got.Summary != "电话回访" || got.Staff == nil || got.Staff.Username != "advisor1" || got.FollowUpOn != nil {
				t.Errorf("got %+v, want a trimmed summary by advisor1", got)
			}
			if got.OccurredAt.Before(before.Add(-time.Second)) || got.OccurredAt.After(time.Now().Add(time.Second)) {
				t.Errorf("occurredAt %v, want now", got.OccurredAt)
			}
			at := time.Now().Add(-48 * time.Hour).UTC().Truncate(time.Second)
			w.do(t, "advisor1", logInteractionOp, input(w.own.ID, map[string]any{
				"kind": "MARKETING", "channel": "VISIT", "occurredAt": at.Format(time.RFC3339), "followUpOn": chinaToday(),
			})).Decode(t, &data)
			got = data.LogInteraction
			if !got.OccurredAt.Equal(at) || got.FollowUpOn == nil || *got.FollowUpOn != chinaToday() || got.Kind != "MARKETING" {
				t.Errorf("got %+v, want at %v, follow-up today", got, at)
			}
			// A few seconds ahead of the server's clock is a device's skew.
			w.do(t, "bm1", logInteractionOp, input(w.own.ID, map[string]any{
				"occurredAt": time.Now().Add(time.Minute).Format(time.RFC3339),
			})).Decode(t, &data)
			if data.LogInteraction.Staff == nil || data.LogInteraction.Staff.Username != "bm1" {
				t.Errorf("bm1's record names %+v", data.LogInteraction.Staff)
			}
		})
		t.Run("ErrBadInput", func(t *testing.T) {
			n := count(w.own.ID)
			yesterday := auth.Today(time.Now()).AddDate(0, 0, -1).Format(time.DateOnly)
			for field, change := range map[string][]map[string]any{
				"summary":    {{"summary": "  \n "}, {"summary": strings.Repeat("长", 2001)}},
				"occurredAt": {{"occurredAt": time.Now().Add(10 * time.Minute).Format(time.RFC3339)}, {"occurredAt": "1989-12-31T23:00:00+08:00"}},
				"followUpOn": {{"followUpOn": yesterday}},
			} {
				for _, c := range change {
					wantInputError(t, w.do(t, "advisor1", logInteractionOp, input(w.own.ID, c)), field)
				}
			}
			if got := count(w.own.ID); got != n {
				t.Errorf("bad input wrote %d interactions", got-n)
			}
		})
		t.Run("ClientConsultations", func(t *testing.T) {
			self := *w.users["client1"].ClientID
			var data logged
			w.do(t, "client1", logInteractionOp, input(self, map[string]any{"kind": "CONSULTATION", "channel": "APP"})).Decode(t, &data)
			if data.LogInteraction.Staff != nil {
				t.Errorf("a client's consultation names staff %+v", data.LogInteraction.Staff)
			}
			if got := w.do(t, "client1", logInteractionOp, input(self, nil)).Code(); got != "FORBIDDEN" {
				t.Errorf("a client logs a service record: code %q, want FORBIDDEN", got)
			}
			if got := w.do(t, "client1", logInteractionOp, input(w.own.ID, map[string]any{"kind": "COMPLAINT"})).Code(); got != "NOT_FOUND" {
				t.Errorf("a client logs for another client: code %q, want NOT_FOUND", got)
			}
		})
	})
}

func TestClientTags(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newMutationWorld(t, env)
		ctx := system()
		automatic, err := w.db.Tag.Create().SetName("自动:高频交易").SetKind(tag.KindAUTOMATIC).Save(ctx)
		must(t, err)
		has, err := w.own.QueryTags().IDs(ctx)
		must(t, err)
		manual, err := w.db.Tag.Query().Where(tag.KindEQ(tag.KindMANUAL), tag.IDNotIn(has...)).Order(tag.ByID()).Limit(2).IDs(ctx)
		must(t, err)
		if len(manual) < 2 {
			t.Fatalf("the seed left the client only %d manual tags to add", len(manual))
		}
		tagsOf := func() []int {
			ids, err := w.db.Customer.QueryTags(w.own).Order(tag.ByID()).IDs(ctx)
			must(t, err)
			return ids
		}
		want := func(ids ...int) []int { return slices.Sorted(slices.Values(append(slices.Clone(has), ids...))) }
		vars := func(ids ...int) map[string]any {
			s := make([]string, len(ids))
			for i, n := range ids {
				s[i] = gqlID(n)
			}
			return map[string]any{"c": gqlID(w.own.ID), "t": s}
		}

		t.Run("OK", func(t *testing.T) {
			var data struct {
				AddClientTags struct {
					Tags struct {
						Edges []struct{ Node struct{ ID string } }
					}
				}
			}
			w.do(t, "advisor1", addTagsOp, vars(manual[0], manual[1], manual[0])).Decode(t, &data)
			if got := len(data.AddClientTags.Tags.Edges); got != len(has)+2 {
				t.Errorf("the response lists %d tags, want %d", got, len(has)+2)
			}
			if got := tagsOf(); !slices.Equal(got, want(manual...)) {
				t.Errorf("tags %v, want %v", got, want(manual...))
			}
			// Adding again is a retry: no error, no change.
			w.do(t, "advisor1", addTagsOp, vars(manual[0])).Decode(t, &struct{}{})
			if got := tagsOf(); !slices.Equal(got, want(manual...)) {
				t.Errorf("after a repeated add: tags %v, want %v", got, want(manual...))
			}
			w.do(t, "bm1", removeTagsOp, vars(manual[0])).Decode(t, &struct{}{})
			w.do(t, "bm1", removeTagsOp, vars(manual[0])).Decode(t, &struct{}{})
			if got := tagsOf(); !slices.Equal(got, want(manual[1])) {
				t.Errorf("after removing %d twice: tags %v, want %v", manual[0], got, want(manual[1]))
			}
		})
		t.Run("ErrBadTags", func(t *testing.T) {
			before := tagsOf()
			for _, op := range []string{addTagsOp, removeTagsOp} {
				wantInputError(t, w.do(t, "advisor1", op, vars(manual[0], automatic.ID)), "tagIds")
				wantInputError(t, w.do(t, "advisor1", op, vars(manual[0], automatic.ID+1_000_000)), "tagIds")
				wantInputError(t, w.do(t, "advisor1", op, vars()), "tagIds")
			}
			if got := tagsOf(); !slices.Equal(got, before) {
				t.Errorf("refused requests changed the tags: %v, want %v", got, before)
			}
		})
	})
}

func TestUpdateContactDetails(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newMutationWorld(t, env)
		type updated struct {
			UpdateContactDetails struct {
				IDNumber              string
				Phone, Email, Address *string
				PiiVisible            bool
			}
		}
		update := func(who string, in map[string]any) crmtest.Response {
			return w.do(t, who, updateContactOp, map[string]any{"c": gqlID(w.own.ID), "in": in})
		}

		t.Run("OK", func(t *testing.T) {
			birth := time.Date(1985, 3, 9, 0, 0, 0, 0, time.UTC)
			idNumber := idcard.Generate("310104", birth, 0, false)
			for seq := 2; !strings.HasSuffix(idNumber, "X"); seq += 2 {
				idNumber = idcard.Generate("310104", birth, seq, false)
			}
			var data updated
			update("advisor1", map[string]any{
				"idNumber": strings.ToLower(idNumber), "phone": "+86 139-1234-5678",
				"email": "Li.Na@Example.COM", "address": "  上海市徐汇区漕溪北路88号  ",
			}).Decode(t, &data)
			got := w.reload(t, w.own)
			if got.IDNumber != idNumber || got.Phone != "13912345678" || got.Email != "Li.Na@example.com" ||
				got.Address != "上海市徐汇区漕溪北路88号" || got.PhoneLast4 != "5678" {
				t.Errorf("stored %q %q %q %q (last4 %q)", got.IDNumber, got.Phone, got.Email, got.Address, got.PhoneLast4)
			}
			// The primary advisor sees what they wrote; bm1 sees it masked.
			if r := data.UpdateContactDetails; !r.PiiVisible || r.Phone == nil || *r.Phone != "13912345678" || r.IDNumber != idNumber {
				t.Errorf("advisor1's response %+v", r)
			}
			update("bm1", map[string]any{"phone": "13800138000"}).Decode(t, &data)
			if r := data.UpdateContactDetails; r.PiiVisible || r.Phone == nil || *r.Phone != "138****8000" {
				t.Errorf("bm1's response %+v, want the phone masked", r)
			}
			// Empty strings clear; what is not given stays.
			update("advisor1", map[string]any{"phone": "", "address": ""}).Decode(t, &data)
			got = w.reload(t, w.own)
			if got.Phone != "" || got.PhoneLast4 != "" || got.Address != "" || got.Email != "Li.Na@example.com" || got.IDNumber != idNumber {
				t.Errorf("after clearing: %q %q %q %q", got.Phone, got.Address, got.Email, got.IDNumber)
			}
		})
		t.Run("Audit", func(t *testing.T) {
			update("advisor1", map[string]any{"phone": "13611112222"}).Decode(t, &struct{}{})
			row, err := w.db.AuditLog.Query().
				Where(auditlog.ActionEQ(auditlog.ActionUPDATE), auditlog.EntityType(ent.TypeCustomer),
					auditlog.EntityID(gqlID(w.own.ID))).
				Order(ent.Desc(auditlog.FieldID)).First(system())
			must(t, err)
			if row.ActorID == nil || *row.ActorID != w.users["advisor1"].ID || !slices.Contains(row.Fields, "phone") {
				t.Errorf("audit row %+v", row)
			}
			// The phone was cleared in OK: the row holds the empty value
			// before and the new number after.
			if row.Before["phone"] != "" || row.After["phone"] != "13611112222" {
				t.Errorf("phone before %#v after %#v", row.Before["phone"], row.After["phone"])
			}
		})
		t.Run("ErrBadInput", func(t *testing.T) {
			before := w.reload(t, w.own)
			good := before.IDNumber
			bad := good[:17] + map[bool]string{true: "1", false: "0"}[good[17] == '0']
			for field, inputs := range map[string][]map[string]any{
				"input":    {{}},
				"idNumber": {{"idNumber": bad}, {"idNumber": good[:16]}, {"idNumber": ""}},
				"phone":    {{"phone": "010-62345678"}, {"phone": "1381234567"}},
				"email":    {{"email": "not-an-address"}, {"email": "王丽 <wl@example.com>"}},
				"address":  {{"address": strings.Repeat("a", 501)}},
			} {
				for _, in := range inputs {
					// A valid value beside the bad one is not written either.
					if field != "input" && field != "phone" {
						in["phone"] = "13700001111"
					}
					wantInputError(t, update("advisor1", in), field)
				}
			}
			after := w.reload(t, w.own)
			if after.Phone != before.Phone || after.IDNumber != before.IDNumber || !after.UpdatedAt.Equal(before.UpdatedAt) {
				t.Errorf("refused updates changed the client: phone %q → %q", before.Phone, after.Phone)
			}
		})
	})
}

func TestChangeClientStatus(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newMutationWorld(t, env)
		ctx := system()
		type changed struct {
			ChangeClientStatus struct {
				Status             string
				OpenedOn, ClosedOn *string
			}
		}
		change := func(who string, c *ent.Customer, status, reason string) crmtest.Response {
			return w.do(t, who, changeStatusOp, map[string]any{"c": gqlID(c.ID), "s": status, "r": reason})
		}
		history := func(c *ent.Customer) []*ent.ClientStatusChange {
			steps, err := w.db.ClientStatusChange.Query().
				Where(clientstatuschange.ClientID(c.ID)).Order(clientstatuschange.ByID()).All(ctx)
			must(t, err)
			return steps
		}

		t.Run("OK", func(t *testing.T) {
			start := len(history(w.own))
			var data changed
			for _, step := range []struct{ who, to string }{
				{"advisor1", "FROZEN"}, {"advisor1", "REPORTED_LOST"}, {"bm1", "FROZEN"}, {"advisor1", "NORMAL"}, {"advisor1", "CLOSED"},
			} {
				change(step.who, w.own, step.to, "客户申请，已核实身份").Decode(t, &data)
				if data.ChangeClientStatus.Status != step.to {
					t.Errorf("status %s, want %s", data.ChangeClientStatus.Status, step.to)
				}
			}
			if c := data.ChangeClientStatus.ClosedOn; c == nil || *c != chinaToday() {
				t.Errorf("closedOn %v, want today %s", c, chinaToday())
			}
			steps := history(w.own)[start:]
			if len(steps) != 5 {
				t.Fatalf("%d steps recorded, want 5", len(steps))
			}
			last := steps[4]
			if last.FromStatus != "NORMAL" || last.ToStatus != "CLOSED" || last.Reason != "客户申请，已核实身份" ||
				last.ChangedByID == nil || *last.ChangedByID != w.users["advisor1"].ID {
				t.Errorf("last step %+v", last)
			}
			if s := steps[2]; s.FromStatus != "REPORTED_LOST" || *s.ChangedByID != w.users["bm1"].ID {
				t.Errorf("bm1's step %+v", s)
			}
			// CLOSED is final.
			for _, to := range []string{"NORMAL", "FROZEN", "POTENTIAL", "CLOSED"} {
				wantInputError(t, change("bm1", w.own, to, "误操作恢复"), "status")
			}
		})
		t.Run("ErrTransitions", func(t *testing.T) {
			c := w.shared // NORMAL; bm1 may write it
			start := len(history(c))
			resp := change("bm1", c, "NORMAL", "核实")
			wantInputError(t, resp, "status")
			if len(resp.Errors) > 0 && !strings.Contains(resp.Errors[0].Message, "already") {
				t.Errorf("same status: %q, want it to say already", resp.Errors[0].Message)
			}
			wantInputError(t, change("bm1", c, "POTENTIAL", "重新登记"), "status")
			wantInputError(t, change("bm1", c, "FROZEN", "冻"), "reason")
			wantInputError(t, change("bm1", c, "FROZEN", "  冻  "), "reason")
			wantInputError(t, change("bm1", c, "FROZEN", strings.Repeat("冻", 501)), "reason")
			if got := w.reload(t, c); got.Status != customer.StatusNORMAL || len(history(c)) != start {
				t.Errorf("refused changes left status %s and %d new steps", got.Status, len(history(c))-start)
			}
		})
		t.Run("ProspectOpensAnAccount", func(t *testing.T) {
			// bm1's branch has no prospect in the seed: advisor1 registers one.
			prospect, err := w.db.Customer.Create().SetClientNo("P-TEST-1").SetName("潜在客户").
				SetIDNumber(idcard.Generate("110105", time.Date(1990, 1, 2, 0, 0, 0, 0, time.UTC), 7, true)).
				SetStatus(customer.StatusPOTENTIAL).SetBranchID(w.own.BranchID).SetAdvisorID(w.users["advisor1"].ID).
				Save(ctx)
			must(t, err)
			resp := change("advisor1", prospect, "NORMAL", "已开户")
			wantInputError(t, resp, "status")
			if len(resp.Errors) > 0 && !strings.Contains(resp.Errors[0].Message, "account") {
				t.Errorf("no account: %q, want it to say so", resp.Errors[0].Message)
			}
			wantInputError(t, change("advisor1", prospect, "FROZEN", "司法冻结"), "status")
			opened := time.Now().UTC().Truncate(24*time.Hour).AddDate(0, 0, -2)
			must(t, w.db.Account.Create().SetClientID(prospect.ID).SetAccountNo("T"+gqlID(prospect.ID)).
				SetType(account.TypeSECURITIES).SetMarket(market.SH).
				SetOpenedOn(opened).Exec(ctx))
			var data changed
			change("advisor1", prospect, "NORMAL", "已开户").Decode(t, &data)
			if got := data.ChangeClientStatus; got.Status != "NORMAL" || got.OpenedOn == nil || *got.OpenedOn != opened.Format(time.DateOnly) {
				t.Errorf("got %+v, want NORMAL opened %s", got, opened.Format(time.DateOnly))
			}
			steps := history(prospect)
			if s := steps[len(steps)-1]; s.FromStatus != "POTENTIAL" || s.ToStatus != "NORMAL" {
				t.Errorf("last step %+v", s)
			}
		})
	})
}

// TestClientMutationsByRole checks who may make each client mutation:
// advisors for their own clients, not for clients only shared with them;
// the branch's manager; never head office or compliance. A client the
// viewer cannot see is NOT_FOUND, a write they may not make FORBIDDEN, and
// a refused write leaves nothing behind.
func TestClientMutationsByRole(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newMutationWorld(t, env)
		ctx := system()
		has, err := w.own.QueryTags().IDs(ctx)
		must(t, err)
		manual, err := w.db.Tag.Query().Where(tag.KindEQ(tag.KindMANUAL), tag.IDNotIn(has...)).FirstID(ctx)
		must(t, err)
		self, err := w.db.Customer.Get(ctx, *w.users["client1"].ClientID)
		must(t, err)
		// The status each caller asks for: NORMAL → FROZEN → NORMAL for
		// those allowed, a valid step for the refused, so that the refusal
		// is about who asks, not what.
		target := map[string]string{"advisor1": "FROZEN", "bm1": "NORMAL"}
		if self.Status == customer.StatusREPORTED_LOST {
			target["client1"] = "FROZEN"
		}
		mutations := map[string]func(who string, c *ent.Customer) (string, map[string]any){
			"logInteraction": func(who string, c *ent.Customer) (string, map[string]any) {
				return logInteractionOp, map[string]any{"in": map[string]any{
					"clientId": gqlID(c.ID), "channel": "PHONE", "kind": "SERVICE", "summary": "权限测试 " + who,
				}}
			},
			"addClientTags": func(who string, c *ent.Customer) (string, map[string]any) {
				return addTagsOp, map[string]any{"c": gqlID(c.ID), "t": []string{gqlID(manual)}}
			},
			"removeClientTags": func(who string, c *ent.Customer) (string, map[string]any) {
				return removeTagsOp, map[string]any{"c": gqlID(c.ID), "t": []string{gqlID(manual)}}
			},
			"updateContactDetails": func(who string, c *ent.Customer) (string, map[string]any) {
				return updateContactOp, map[string]any{"c": gqlID(c.ID), "in": map[string]any{"phone": "1390000" + strconv.Itoa(1000+len(who))}}
			},
			"changeClientStatus": func(who string, c *ent.Customer) (string, map[string]any) {
				to, ok := target[who]
				if !ok {
					to = "REPORTED_LOST"
				}
				return changeStatusOp, map[string]any{"c": gqlID(c.ID), "s": to, "r": "权限测试"}
			},
		}
		for name, mutation := range mutations {
			t.Run(name, func(t *testing.T) {
				for _, tt := range []struct {
					who    string
					client *ent.Customer
					code   string
				}{
					{"advisor1", w.shared, "FORBIDDEN"}, // shared with advisor1: read, not write
					{"advisor2", w.own, "NOT_FOUND"},    // another advisor's client is invisible
					{"hq1", w.own, "FORBIDDEN"},         // head office reads, never writes client data
					{"compliance1", w.own, "FORBIDDEN"}, // neither does compliance
					{"advisor1", w.own, ""},             // the client's own advisor
					{"bm1", w.own, ""},                  // the branch's manager
				} {
					op, vars := mutation(tt.who, tt.client)
					if resp := w.do(t, tt.who, op, vars); resp.Code() != tt.code {
						t.Errorf("%s on client %d: code %q, want %q (%+v)", tt.who, tt.client.ID, resp.Code(), tt.code, resp.Errors)
					}
				}
				// A client writes only their own consultations and
				// complaints (TestLogInteraction): a service record, tags,
				// contact details and status are not theirs to write.
				op, vars := mutation("client1", self)
				if got := w.do(t, "client1", op, vars).Code(); got != "FORBIDDEN" {
					t.Errorf("client1 on themselves: code %q, want FORBIDDEN", got)
				}
			})
		}
		t.Run("NothingWrittenWhenRefused", func(t *testing.T) {
			shared := w.reload(t, w.shared)
			if shared.Phone != w.shared.Phone || shared.Status != w.shared.Status || !shared.UpdatedAt.Equal(w.shared.UpdatedAt) {
				t.Errorf("the shared client changed: %+v", shared)
			}
			n, err := w.db.Interaction.Query().Where(interaction.SummaryHasPrefix("权限测试")).Count(ctx)
			must(t, err)
			steps, err := w.db.ClientStatusChange.Query().Where(clientstatuschange.Reason("权限测试")).Count(ctx)
			must(t, err)
			if n != 2 || steps != 2 {
				t.Errorf("%d interactions and %d status steps written, want advisor1's and bm1's: 2 and 2", n, steps)
			}
		})
		t.Run("ErrAdvisorMovesClientThroughEnt", func(t *testing.T) {
			as := func(name string) *viewer.Viewer {
				v, err := env.Auth.Authenticate(ctx, w.token(t, name))
				must(t, err)
				return v
			}
			advisor := viewer.NewContext(t.Context(), as("advisor1"))
			for what, u := range map[string]*ent.CustomerUpdateOne{
				"advisor":       w.db.Customer.UpdateOneID(w.own.ID).SetAdvisorID(w.users["advisor2"].ID),
				"no advisor":    w.db.Customer.UpdateOneID(w.own.ID).ClearAdvisor(),
				"branch":        w.db.Customer.UpdateOneID(w.own.ID).SetBranchID(*advisorOutside(t, w.users, w.own.BranchID).BranchID),
				"phone+advisor": w.db.Customer.UpdateOneID(w.own.ID).SetPhone("13900001111").SetAdvisorID(w.users["advisor2"].ID),
			} {
				if err := u.Exec(advisor); !errors.Is(err, privacy.Deny) {
					t.Errorf("advisor1 changes the client's %s: err %v, want a privacy denial", what, err)
				}
			}
			if got := w.reload(t, w.own); got.AdvisorID == nil || *got.AdvisorID != w.users["advisor1"].ID || got.BranchID != w.own.BranchID {
				t.Errorf("the client moved: advisor %v branch %d", got.AdvisorID, got.BranchID)
			}
			// Their own client's other fields are theirs to write; moving
			// stays the manager's.
			must(t, w.db.Customer.UpdateOneID(w.own.ID).SetEmail("own@example.com").Exec(advisor))
			must(t, w.db.Customer.UpdateOneID(w.own.ID).SetAdvisorID(w.users["advisor2"].ID).
				Exec(viewer.NewContext(t.Context(), as("bm1"))))
		})
	})
}
