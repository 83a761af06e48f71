package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/scheme"
	"github.com/brokercrm/crm/store"
)

type schemeClass struct{ Key, NameZh, NameEn, Rule string }

type schemeOut struct {
	ID, Key, DimensionKey string
	Version               int
	Classes               []schemeClass
	Distribution          []struct {
		Value *string
		Count int
	}
	Revisions struct {
		TotalCount int
		Edges      []struct {
			Node struct {
				Version int
				Note    *string
			}
		}
	}
}

const schemesQuery = `{ classificationSchemes(first: 50) { totalCount edges { node {
  id key dimensionKey version classes { key nameZh nameEn rule } distribution { value count }
  revisions(first: 10) { totalCount edges { node { version note } } } } } } }`

func schemes(t *testing.T, env *crmtest.Env, token string) map[string]schemeOut {
	t.Helper()
	var out struct {
		ClassificationSchemes struct {
			TotalCount int
			Edges      []struct{ Node schemeOut }
		}
	}
	env.Do(t, token, schemesQuery, nil).Decode(t, &out)
	byKey := map[string]schemeOut{}
	for _, e := range out.ClassificationSchemes.Edges {
		byKey[e.Node.Key] = e.Node
	}
	return byKey
}

func distributionOf(s schemeOut) map[string]int {
	out := map[string]int{}
	for _, b := range s.Distribution {
		key := "-"
		if b.Value != nil {
			key = *b.Value
		}
		out[key] = b.Count
	}
	return out
}

// TestSchemes lists the standard schemes with their distributions, and
// has head office move a threshold: the distribution follows, a revision
// is kept, a stale edit is refused.
func TestSchemes(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		hq := env.Login(t, "hq1")
		all := schemes(t, env, hq)
		if len(all) < 12 {
			t.Fatalf("%d schemes, want at least 12", len(all))
		}
		clients := sqlInt(t, env, "SELECT count(*) FROM customers")
		for key, s := range all {
			sum := 0
			for _, b := range s.Distribution {
				sum += b.Count
			}
			if sum != clients || s.Version != 1 || s.Revisions.TotalCount != 1 || s.DimensionKey != "class_"+key {
				t.Errorf("%s: distribution sums to %d of %d clients, version %d, %d revisions", key, sum, clients,
					s.Version, s.Revisions.TotalCount)
			}
		}
		tiers := all["asset_tier"]
		before := distributionOf(tiers)
		under := func(yuan int) int {
			return sqlInt(t, env, "SELECT count(*) FROM customers c LEFT JOIN client_metrics m ON m.id = c.id LEFT JOIN client_metrics_more mm ON mm.id = c.id "+
				"WHERE COALESCE(m.total_assets, 0) < ?", yuan*10_000)
		}
		if before["T1"] != under(100_000) {
			t.Errorf("T1 holds %d clients, %d have under 100k", before["T1"], under(100_000))
		}
		// Head office raises the first threshold to 200k.
		classes := make([]map[string]any, len(tiers.Classes))
		for i, c := range tiers.Classes {
			classes[i] = map[string]any{"key": c.Key, "nameZh": c.NameZh, "nameEn": c.NameEn, "rule": c.Rule}
		}
		classes[0]["rule"] = `{"op":"LT","dimension":"total_assets","value":"200000"}`
		classes[0]["nameZh"] = "20万以下"
		const update = `mutation($id: ID!, $v: Int!, $c: [SchemeClassInput!]!) {
		  updateClassificationScheme(id: $id, version: $v, classes: $c, note: "门槛上调") { version } }`
		vars := map[string]any{"id": tiers.ID, "v": 1, "c": classes}
		for _, who := range []string{"advisor1", "bm1", "compliance1"} {
			if code := env.Do(t, env.Login(t, who), update, vars).Code(); code != "FORBIDDEN" {
				t.Errorf("%s editing a scheme: %q", who, code)
			}
		}
		env.Do(t, hq, update, vars).Decode(t, &struct{}{})
		after := schemes(t, env, hq)["asset_tier"]
		if after.Version != 2 || after.Revisions.TotalCount != 2 || distributionOf(after)["T1"] != under(200_000) {
			t.Errorf("after the edit: version %d, %d revisions, T1 %d (want %d)", after.Version, after.Revisions.TotalCount,
				distributionOf(after)["T1"], under(200_000))
		}
		if code := env.Do(t, hq, update, vars).Code(); code != "CONFLICT" {
			t.Errorf("an edit of version 1 after version 2: %q", code)
		}
		for name, rule := range map[string]string{
			"a bad rule":           `{"op":"LT","dimension":"total_assets","value":"much"}`,
			"a class of a class":   `{"op":"EQ","dimension":"class_activity","value":"HIGH"}`,
			"not JSON":             `{"op":`,
			"an unknown dimension": `{"op":"LT","dimension":"wealth","value":"1"}`,
		} {
			classes[0]["rule"] = rule
			resp := env.Do(t, hq, update, map[string]any{"id": tiers.ID, "v": 2, "c": classes})
			if resp.Code() != "BAD_USER_INPUT" || !strings.Contains(fmt.Sprint(resp.Errors), "T1") && name != "not JSON" {
				t.Errorf("%s: %q %v", name, resp.Code(), resp.Errors)
			}
			// The editor marks the faulty class's rule.
			if name != "not JSON" && !strings.Contains(fmt.Sprint(resp.Errors[0].Extensions["ruleErrors"]), "path:classes[0]") {
				t.Errorf("%s: ruleErrors %v do not point at classes[0]", name, resp.Errors[0].Extensions["ruleErrors"])
			}
		}
		// An advisor's distribution is of their own clients.
		own := sqlInt(t, env, "SELECT count(*) FROM customers WHERE advisor_id = ?", userID(t, env, "advisor1"))
		sum := 0
		for _, n := range distributionOf(schemes(t, env, env.Login(t, "advisor1"))["activity"]) {
			sum += n
		}
		if sum != own {
			t.Errorf("advisor1's activity distribution counts %d clients, they have %d", sum, own)
		}
	})
}

// TestClientClassesAndDimensions reads a client's classes and computed
// dimensions on the 360 page's query.
func TestClientClassesAndDimensions(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		advisorID := userID(t, env, "advisor1")
		id := sqlInt(t, env, "SELECT c.id FROM customers c JOIN client_metrics m ON m.id = c.id "+
			"WHERE c.advisor_id = ? AND m.total_assets >= 1000000000 ORDER BY c.id LIMIT 1", advisorID)
		assets := sqlInt(t, env, "SELECT total_assets FROM client_metrics WHERE id = ?", id)
		var out struct {
			Node struct {
				MetricsRefreshedAt *string
				Classes            []struct {
					Scheme struct{ Key string }
					Class  *struct{ Key string }
				}
				Dimensions []struct {
					Dimension struct{ Key, Type string }
					Value     *string
				}
			}
		}
		env.Do(t, env.Login(t, "advisor1"), `query($id: ID!) { node(id: $id) { ... on Customer {
		  metricsRefreshedAt classes { scheme { key } class { key } } dimensions(group: "HOLDINGS") { dimension { key type } value } } } }`,
			map[string]any{"id": fmt.Sprint(id)}).Decode(t, &out)
		n := out.Node
		if n.MetricsRefreshedAt == nil || len(n.Classes) < 12 || len(n.Dimensions) < 20 {
			t.Fatalf("refreshed %v, %d classes, %d holdings dimensions", n.MetricsRefreshedAt, len(n.Classes), len(n.Dimensions))
		}
		tier := map[bool]string{true: "T3", false: "T2"}[assets >= 500_000*10_000]
		if assets >= 2_000_000*10_000 {
			tier = "T4"
		}
		for _, c := range n.Classes {
			if c.Scheme.Key == "asset_tier" && (c.Class == nil || c.Class.Key != tier) && assets < 10_000_000*10_000 {
				t.Errorf("asset tier %+v for assets of %d", c.Class, assets)
			}
		}
		for _, d := range n.Dimensions {
			if d.Dimension.Key == "total_assets" && (d.Value == nil || *d.Value != fmt.Sprint(moneyText(assets))) {
				t.Errorf("total_assets %v, stored %d", deref(d.Value), assets)
			}
		}
		// Another advisor's client is not there at all.
		other := sqlInt(t, env, "SELECT id FROM customers WHERE advisor_id <> ? ORDER BY id LIMIT 1", advisorID)
		if code := env.Do(t, env.Login(t, "advisor1"), `query($id: ID!) { node(id: $id) { ... on Customer { dimensions { value } } } }`,
			map[string]any{"id": fmt.Sprint(other)}).Code(); code != "NOT_FOUND" {
			t.Errorf("another advisor's client's dimensions: %q", code)
		}
	})
}

// moneyText writes ten-thousandths as money.Decimal does.
func moneyText(units int) string { return fmt.Sprintf("%d.%04d", units/10_000, units%10_000) }

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestSchemesPageStatements loads the schemes page's query: the segment
// catalogue is read once for the operation, not once per scheme.
func TestSchemesPageStatements(t *testing.T) {
	env := crmtest.New(t, dialect.SQLite)
	token := env.Login(t, "hq1")
	ctx, counter := store.WithStatementCounter(context.Background())
	var data json.RawMessage
	env.DoContext(t, ctx, token, `{ classificationSchemes(first: 50) { edges { node { key distribution { value count } } } } }`, nil).Decode(t, &data)
	// The schemes and their count, the catalogue (imported dimensions,
	// schemes), then one statement per distribution.
	if n, schemes := counter.Load(), int64(len(scheme.Standards)); n > schemes+6 {
		t.Errorf("%d statements for %d distributions", n, schemes)
	}
}
