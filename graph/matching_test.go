package graph_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/matching"
	"github.com/brokercrm/crm/segment"
	"github.com/brokercrm/crm/store/bulk"
	"github.com/brokercrm/crm/suitability"
)

// TestProductTargets lists a product's targets as an advisor (their own
// clients only) and counts them as a product manager (all, no names).
func TestProductTargets(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := system()
		db := env.DB.Client
		p, err := db.Product.Query().Where(product.StatusEQ(product.StatusPUBLISHED), product.RiskLevelEQ("R2")).First(ctx)
		must(t, err)
		q, err := matching.Targets(db, matching.ClientCatalog, suitability.DefaultRules(), p, time.Now())
		must(t, err)
		all, err := q.All(ctx)
		must(t, err)
		// The advisor of the first target with an advisor.
		var advisorID int
		for _, c := range all {
			if c.AdvisorID != nil {
				advisorID = *c.AdvisorID
				break
			}
		}
		advisor, err := db.User.Get(ctx, advisorID)
		must(t, err)
		own := 0
		for _, c := range all {
			if c.AdvisorID != nil && *c.AdvisorID == advisorID {
				own++
			}
		}
		if own == 0 || own == len(all) {
			t.Fatalf("%s has %d of %d targets; the check needs some and not all", advisor.Username, own, len(all))
		}
		const targets = `query($p: ID!) { productTargets(productId: $p, first: 200) { totalCount edges { node { id advisor { username } } } } }`
		var data struct {
			ProductTargets struct {
				TotalCount int
				Edges      []struct {
					Node struct {
						ID      string
						Advisor *struct{ Username string }
					}
				}
			}
		}
		env.Do(t, env.Login(t, advisor.Username), targets, map[string]any{"p": strconv.Itoa(p.ID)}).Decode(t, &data)
		if data.ProductTargets.TotalCount != own || len(data.ProductTargets.Edges) != own {
			t.Errorf("%s sees %d targets (%d listed), want %d", advisor.Username, data.ProductTargets.TotalCount, len(data.ProductTargets.Edges), own)
		}
		for _, e := range data.ProductTargets.Edges {
			if e.Node.Advisor == nil || e.Node.Advisor.Username != advisor.Username {
				t.Errorf("%s is shown client %s of %+v", advisor.Username, e.Node.ID, e.Node.Advisor)
			}
		}
		pm := env.Login(t, "pm1")
		env.Do(t, pm, targets, map[string]any{"p": strconv.Itoa(p.ID)}).Decode(t, &data)
		if data.ProductTargets.TotalCount != len(all) || len(data.ProductTargets.Edges) != 0 {
			t.Errorf("pm1: count %d (want %d), %d clients listed (want none)", data.ProductTargets.TotalCount, len(all), len(data.ProductTargets.Edges))
		}
		// Target attributes narrow the suitable clients: women only.
		women := 0
		for _, c := range all {
			if c.Gender != nil && *c.Gender == customer.GenderFEMALE {
				women++
			}
		}
		var rule segment.Rule
		must(t, json.Unmarshal([]byte(`{"op":"EQ","dimension":"gender","value":"FEMALE"}`), &rule))
		must(t, db.Product.UpdateOneID(p.ID).SetTargetRule(&rule).Exec(ctx))
		env.Do(t, pm, targets, map[string]any{"p": strconv.Itoa(p.ID)}).Decode(t, &data)
		if data.ProductTargets.TotalCount != women || women == 0 || women == len(all) {
			t.Errorf("women among the targets: %d, want %d of %d", data.ProductTargets.TotalCount, women, len(all))
		}
	})
}

// TestClientRecommendations checks that every recommendation is a full
// match for the client, ranked, and that a client sees their own.
func TestClientRecommendations(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := system()
		db := env.DB.Client
		c, err := db.Customer.Query().Where(customer.AdvisorIDNotNil(), customer.StatusEQ(customer.StatusNORMAL),
			customer.InvestorClassEQ(customer.InvestorClassORDINARY),
			customer.RiskCategoryIn("C3", "C4", "C5"), customer.RiskExpiresAtGT(time.Now())).First(ctx)
		must(t, err)
		advisor, err := db.User.Get(ctx, *c.AdvisorID)
		must(t, err)
		other := "advisor2"
		if advisor.Username == other {
			other = "advisor1"
		}
		const recs = `query($c: ID!) { clientRecommendations(clientId: $c, first: 20) { score reasons { zh en } product { id riskLevel status } } }`
		var data struct {
			ClientRecommendations []struct {
				Score   int
				Reasons []struct{ ZH, EN string }
				Product struct{ ID, RiskLevel, Status string }
			}
		}
		env.Do(t, env.Login(t, advisor.Username), recs, map[string]any{"c": strconv.Itoa(c.ID)}).Decode(t, &data)
		got := data.ClientRecommendations
		if len(got) == 0 || len(got) > 20 {
			t.Fatalf("%d recommendations", len(got))
		}
		profile := matching.ProfileOf(c)
		for i, r := range got {
			p, err := db.Product.Get(ctx, mustID(t, r.Product.ID))
			must(t, err)
			if o := suitability.DefaultRules().Check(profile, matching.ProductOf(p), time.Now()); o.Outcome != suitability.Match || r.Product.Status != "PUBLISHED" {
				t.Errorf("recommended %s (%s, %s): %s %v", r.Product.ID, r.Product.RiskLevel, r.Product.Status, o.Outcome, o.Reasons)
			}
			if len(r.Reasons) == 0 || r.Reasons[0].ZH == "" || r.Reasons[0].EN == "" {
				t.Errorf("recommendation %d says no reason", i)
			}
			if i > 0 && r.Score > got[i-1].Score {
				t.Errorf("recommendation %d scores %d after %d", i, r.Score, got[i-1].Score)
			}
		}
		// Another advisor's client is not there to recommend to.
		if code := env.Do(t, env.Login(t, other), recs, map[string]any{"c": strconv.Itoa(c.ID)}).Code(); code != "NOT_FOUND" {
			t.Errorf("%s gets recommendations for %s's client: %q", other, advisor.Username, code)
		}
	})
}

// TestPushOnlySuitable pushes products to a client: a full match goes;
// an unsuitable product or one not on sale is refused (Art. 22).
func TestPushOnlySuitable(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newOrderWorld(t, env)
		w.profile("C2", false, "MEDIUM", suitability.FixedIncome)
		ok := w.product("R2", "MEDIUM", suitability.FixedIncome)
		above := w.product("R4", "MEDIUM", suitability.FixedIncome)
		draft := w.product("R1", "SHORT", suitability.FixedIncome, func(c *ent.ProductCreate) { c.SetStatus(product.StatusDRAFT) })
		const pushOp = `mutation($c: ID!, $p: ID!) { pushProduct(clientId: $c, productId: $p, message: "适合您的稳健产品") { id status product { id } } }`
		push := func(p *ent.Product) crmtest.Response {
			return env.Do(t, w.token, pushOp, map[string]any{"c": strconv.Itoa(w.client.ID), "p": strconv.Itoa(p.ID)})
		}
		var data struct{ PushProduct struct{ Status string } }
		push(ok).Decode(t, &data)
		if data.PushProduct.Status != "SENT" {
			t.Errorf("push: %+v", data.PushProduct)
		}
		if resp := push(above); resp.Code() != "CONFLICT" || !strings.Contains(resp.Errors[0].Message, "RISK_ABOVE_TOLERANCE") {
			t.Errorf("pushing R4 to a C2 client: %q %+v", resp.Code(), resp.Errors)
		}
		if code := push(draft).Code(); code != "CONFLICT" {
			t.Errorf("pushing a draft: %q", code)
		}
	})
}

// TestTargetsOverEveryDimension gives a product target attributes over a
// computed dimension and a scheme's class: a product manager may save
// them, and productTargets keeps exactly the suitable clients that have
// them.
func TestTargetsOverEveryDimension(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := system()
		db := env.DB.Client
		p, err := db.Product.Query().Where(product.StatusEQ(product.StatusPUBLISHED), product.RiskLevelEQ("R2")).First(ctx)
		must(t, err)
		q, err := matching.Targets(db, matching.ClientCatalog, suitability.DefaultRules(), p, time.Now())
		must(t, err)
		suitable, err := q.IDs(ctx)
		must(t, err)
		rule := `{"op":"AND","rules":[{"op":"GE","dimension":"trades_365d","value":1},` +
			`{"op":"IN","dimension":"class_asset_tier","values":["T2","T3","T4","T5"]}]}`
		want := 0
		for _, id := range suitable {
			want += sqlInt(t, env, "SELECT count(*) FROM client_metrics WHERE id = ? AND trades_365d >= 1 AND total_assets >= 1000000000", id)
		}
		if want == 0 || want == len(suitable) {
			t.Fatalf("a poor case: %d of %d targets fit", want, len(suitable))
		}
		if _, err := env.DB.SQL.Exec(rebind(env, "UPDATE products SET target_rule = ? WHERE id = ?"), rule, p.ID); err != nil {
			t.Fatal(err)
		}
		var out struct{ ProductTargets struct{ TotalCount int } }
		env.Do(t, env.Login(t, "hq1"), `query($p: ID!) { productTargets(productId: $p, first: 1) { totalCount } }`,
			map[string]any{"p": fmt.Sprint(p.ID)}).Decode(t, &out)
		if out.ProductTargets.TotalCount != want {
			t.Errorf("%d targets, want the %d suitable clients with the attributes", out.ProductTargets.TotalCount, want)
		}
		// A product manager saves such attributes; an unknown dimension is refused.
		pm := env.Login(t, "pm1")
		in := draftInput("TGT-0001")
		in["targetRule"] = rule
		env.Do(t, pm, createProduct, map[string]any{"in": in}).Decode(t, &struct{}{})
		in = draftInput("TGT-0002")
		in["targetRule"] = `{"op":"GE","dimension":"wealth","value":"1"}`
		if code := env.Do(t, pm, createProduct, map[string]any{"in": in}).Code(); code != "BAD_USER_INPUT" {
			t.Errorf("a target over an unknown dimension: %q", code)
		}
	})
}

func rebind(env *crmtest.Env, q string) string {
	if env.DB.Dialect == dialect.Postgres {
		return bulk.Numbered(q)
	}
	return q
}
