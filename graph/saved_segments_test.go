package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/matching"
	"github.com/brokercrm/crm/suitability"
)

const createSegment = `mutation($in: SavedSegmentInput!) { createSavedSegment(input: $in) { id name visibility rule liveCount } }`

type savedSegment struct {
	ID, Name, Visibility, Rule string
	LiveCount                  int
	MemberCount                *int
}

func saveSegment(t *testing.T, env *crmtest.Env, token, name, visibility, rule string) savedSegment {
	t.Helper()
	var out struct{ CreateSavedSegment savedSegment }
	env.Do(t, token, createSegment, map[string]any{"in": map[string]any{"name": name, "rule": rule,
		"visibility": visibility}}).Decode(t, &out)
	return out.CreateSavedSegment
}

// visibleSegments lists the names of the segments token may read.
func visibleSegments(t *testing.T, env *crmtest.Env, token string) map[string]bool {
	t.Helper()
	var out struct {
		SavedSegments struct {
			Edges []struct{ Node struct{ Name string } }
		}
	}
	env.Do(t, token, `{ savedSegments(first: 100) { edges { node { name } } } }`, nil).Decode(t, &out)
	names := map[string]bool{}
	for _, e := range out.SavedSegments.Edges {
		names[e.Node.Name] = true
	}
	return names
}

// TestSavedSegments saves segments with each visibility and checks who
// reads, changes, refreshes and snapshots them.
func TestSavedSegments(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		a1, a2, bm, hq := env.Login(t, "advisor1"), env.Login(t, "advisor2"), env.Login(t, "bm1"), env.Login(t, "hq1")
		rule := `{"op":"AND","rules":[{"op":"EQ","dimension":"status","value":"NORMAL"},{"op":"GE","dimension":"trades_365d","value":1}]}`
		private := saveSegment(t, env, a1, "我的活跃客户", "PRIVATE", rule)
		branch := saveSegment(t, env, a1, "营业部活跃客户", "BRANCH", rule)
		shared := saveSegment(t, env, hq, "全公司活跃客户", "ALL", rule)
		if private.LiveCount == 0 || private.LiveCount != countOf(t, env, a1, rule) {
			t.Fatalf("liveCount %d, segmentCount %d", private.LiveCount, countOf(t, env, a1, rule))
		}
		sameBranch := sqlInt(t, env, "SELECT count(*) FROM users a JOIN users b ON a.branch_id = b.branch_id "+
			"WHERE a.username = 'advisor1' AND b.username = 'advisor2'") == 1
		for _, c := range []struct {
			who   string
			token string
			sees  map[string]bool
		}{
			{"advisor1", a1, map[string]bool{private.Name: true, branch.Name: true, shared.Name: true}},
			{"advisor2", a2, map[string]bool{private.Name: false, branch.Name: sameBranch, shared.Name: true}},
			{"bm1", bm, map[string]bool{private.Name: false, branch.Name: true, shared.Name: true}},
			{"hq1", hq, map[string]bool{private.Name: true, branch.Name: true, shared.Name: true}},
		} {
			got := visibleSegments(t, env, c.token)
			for name, want := range c.sees {
				if got[name] != want {
					t.Errorf("%s sees %q: %v, want %v", c.who, name, got[name], want)
				}
			}
		}
		if code := env.Do(t, a2, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": private.ID}).Code(); code != "NOT_FOUND" {
			t.Errorf("advisor2 reading advisor1's private segment: %q", code)
		}
		// An advisor opening head office's segment counts their own clients.
		var opened struct{ Node savedSegment }
		env.Do(t, a1, `query($id: ID!) { node(id: $id) { ... on SavedSegment { liveCount } } }`,
			map[string]any{"id": shared.ID}).Decode(t, &opened)
		if opened.Node.LiveCount != private.LiveCount || opened.Node.LiveCount >= countOf(t, env, hq, rule) {
			t.Errorf("advisor1 counts %d in hq's segment; own count %d, hq's %d", opened.Node.LiveCount, private.LiveCount,
				countOf(t, env, hq, rule))
		}

		update := `mutation($id: ID!, $in: SavedSegmentInput!) { updateSavedSegment(id: $id, input: $in) { id name } }`
		in := map[string]any{"name": "改名", "rule": rule, "visibility": "PRIVATE"}
		if code := env.Do(t, a2, update, map[string]any{"id": shared.ID, "in": in}).Code(); code != "FORBIDDEN" {
			t.Errorf("advisor2 changing hq's segment: %q", code)
		}
		if code := env.Do(t, env.Login(t, "compliance1"), createSegment, map[string]any{"in": in}).Code(); code != "FORBIDDEN" {
			t.Errorf("compliance creating a segment: %q", code)
		}
		bad := map[string]any{"name": "坏的", "rule": `{"op":"GE","dimension":"total_assets","value":"x"}`, "visibility": "PRIVATE"}
		if code := env.Do(t, a1, createSegment, map[string]any{"in": bad}).Code(); code != "BAD_USER_INPUT" {
			t.Errorf("saving a bad rule: %q", code)
		}
		env.Do(t, a1, update, map[string]any{"id": private.ID, "in": in}).Decode(t, &struct{}{})

		var refreshed struct{ RefreshSavedSegment savedSegment }
		env.Do(t, a1, `mutation($id: ID!) { refreshSavedSegment(id: $id) { memberCount } }`,
			map[string]any{"id": branch.ID}).Decode(t, &refreshed)
		if m := refreshed.RefreshSavedSegment.MemberCount; m == nil || *m != private.LiveCount {
			t.Errorf("refreshed memberCount %v, want %d", m, private.LiveCount)
		}
		var snap struct {
			SnapshotSavedSegment struct {
				ID          string
				MemberCount int
			}
		}
		env.Do(t, a1, `mutation($id: ID!) { snapshotSavedSegment(id: $id) { id memberCount } }`,
			map[string]any{"id": branch.ID}).Decode(t, &snap)
		stored := sqlInt(t, env, "SELECT count(*) FROM segment_members WHERE snapshot_id = ?", snap.SnapshotSavedSegment.ID)
		if snap.SnapshotSavedSegment.MemberCount != private.LiveCount || stored != private.LiveCount {
			t.Errorf("snapshot of %d members, %d stored; want %d", snap.SnapshotSavedSegment.MemberCount, stored, private.LiveCount)
		}
		// Another advisor cannot delete it, nor its snapshot with it.
		del := `mutation($id: ID!) { deleteSavedSegment(id: $id) }`
		if code := env.Do(t, a2, del, map[string]any{"id": branch.ID}).Code(); code != "FORBIDDEN" && code != "NOT_FOUND" {
			t.Errorf("advisor2 deleting advisor1's segment: %q", code)
		}
		if n := sqlInt(t, env, "SELECT count(*) FROM segment_members WHERE snapshot_id = ?", snap.SnapshotSavedSegment.ID); n != stored {
			t.Errorf("a refused delete left %d of %d snapshot members", n, stored)
		}
		var deleted struct{ DeleteSavedSegment string }
		env.Do(t, a1, `mutation($id: ID!) { deleteSavedSegment(id: $id) }`, map[string]any{"id": branch.ID}).Decode(t, &deleted)
		if n := sqlInt(t, env, "SELECT count(*) FROM segment_members WHERE snapshot_id = ?", snap.SnapshotSavedSegment.ID); n != 0 {
			t.Errorf("%d snapshot members left after deleting the segment", n)
		}
	})
}

// TestPushToSegment pushes a published product to an advisor's segment:
// the members it suits (the product's targets among them) get a push,
// the others are counted.
func TestPushToSegment(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := system()
		db := env.DB.Client
		p, err := db.Product.Query().Where(product.StatusEQ(product.StatusPUBLISHED), product.RiskLevelEQ("R2")).First(ctx)
		must(t, err)
		q, err := matching.Targets(db, matching.ClientCatalog, suitability.DefaultRules(), p, time.Now())
		must(t, err)
		targets, err := q.All(ctx)
		must(t, err)
		// An advisor with targets, and how many are theirs.
		own := map[int]int{}
		for _, c := range targets {
			if c.AdvisorID != nil {
				own[*c.AdvisorID]++
			}
		}
		var advisorID int
		for id, n := range own { // one with clients the product does not suit, too
			if sqlInt(t, env, "SELECT count(*) FROM customers WHERE advisor_id = ? AND status = 'NORMAL'", id) > n {
				advisorID = id
				break
			}
		}
		advisor, err := db.User.Get(ctx, advisorID)
		must(t, err)
		token := env.Login(t, advisor.Username)
		seg := saveSegment(t, env, token, "推送目标", "PRIVATE", `{"op":"EQ","dimension":"status","value":"NORMAL"}`)
		before := sqlInt(t, env, "SELECT count(*) FROM pushes")
		var out struct {
			PushProductToSegment struct{ Pushed, Unsuitable int }
		}
		env.Do(t, token, `mutation($s: ID!, $p: ID!) { pushProductToSegment(segmentId: $s, productId: $p, message: "新品") { pushed unsuitable } }`,
			map[string]any{"s": seg.ID, "p": fmt.Sprint(p.ID)}).Decode(t, &out)
		r := out.PushProductToSegment
		if r.Pushed != own[advisorID] || r.Pushed+r.Unsuitable != seg.LiveCount || r.Unsuitable == 0 {
			t.Fatalf("pushed %d, unsuitable %d, of %d members; %s has %d targets", r.Pushed, r.Unsuitable, seg.LiveCount,
				advisor.Username, own[advisorID])
		}
		if n := sqlInt(t, env, "SELECT count(*) FROM pushes") - before; n != r.Pushed {
			t.Errorf("%d pushes stored, %d reported", n, r.Pushed)
		}
	})
}
