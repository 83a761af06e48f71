package graph_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/store/bulk"
)

// sqlInt runs a count written with ? placeholders.
func sqlInt(t *testing.T, env *crmtest.Env, q string, args ...any) int {
	t.Helper()
	if env.DB.Dialect == dialect.Postgres {
		q = bulk.Numbered(q)
	}
	var n int
	if err := env.DB.SQL.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

func userID(t *testing.T, env *crmtest.Env, username string) int {
	return sqlInt(t, env, "SELECT id FROM users WHERE username = ?", username)
}

const segmentCount = `query($r: String!) { segmentCount(rule: $r) }`

func countOf(t *testing.T, env *crmtest.Env, token, rule string) int {
	t.Helper()
	var out struct{ SegmentCount int }
	env.Do(t, token, segmentCount, map[string]any{"r": rule}).Decode(t, &out)
	return out.SegmentCount
}

// TestSegmentCount checks live counts against counts written by hand in
// SQL, for head office (every client) and an advisor (their own), over
// the client's own fields, computed dimensions, a scheme's class and tags.
func TestSegmentCount(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		hq, advisor := env.Login(t, "hq1"), env.Login(t, "advisor1")
		advisorID := userID(t, env, "advisor1")
		const from = "FROM customers c LEFT JOIN client_metrics m ON m.id = c.id LEFT JOIN client_metrics_more mm ON mm.id = c.id WHERE "
		for _, c := range []struct {
			name, rule, where string
		}{
			{"own field and metric",
				`{"op":"AND","rules":[{"op":"EQ","dimension":"status","value":"NORMAL"},{"op":"GE","dimension":"total_assets","value":"100000"}]}`,
				"c.status = 'NORMAL' AND COALESCE(m.total_assets, 0) >= 1000000000"},
			{"or and not",
				`{"op":"OR","rules":[{"op":"GE","dimension":"trades_365d","value":20},{"op":"NOT","rules":[{"op":"IN","dimension":"risk_category","values":["C1","C2","C3"]}]}]}`,
				"COALESCE(m.trades_365d, 0) >= 20 OR NOT (c.risk_category IS NOT NULL AND c.risk_category IN ('C1','C2','C3'))"},
			{"between on a ratio",
				`{"op":"BETWEEN","dimension":"position_ratio","values":["20","80.5"]}`,
				"m.position_ratio BETWEEN 200000 AND 805000"},
			{"empty",
				`{"op":"EMPTY","dimension":"last_trade_on"}`,
				"m.last_trade_on IS NULL"},
			{"a scheme's class",
				`{"op":"IN","dimension":"class_asset_tier","values":["T2","T3"]}`,
				"COALESCE(m.total_assets, 0) >= 1000000000 AND COALESCE(m.total_assets, 0) < 20000000000"},
			{"class none of",
				`{"op":"NOT_IN","dimension":"class_asset_tier","values":["T1"]}`,
				"COALESCE(m.total_assets, 0) >= 1000000000"},
			{"no tag",
				`{"op":"NOT_HAS_TAG","dimension":"tags","value":"高净值"}`,
				"NOT EXISTS (SELECT 1 FROM customer_tags ct JOIN tags g ON g.id = ct.tag_id WHERE ct.customer_id = c.id AND g.name = '高净值')"},
		} {
			t.Run(c.name, func(t *testing.T) {
				all := sqlInt(t, env, "SELECT count(*) "+from+"("+c.where+")")
				own := sqlInt(t, env, "SELECT count(*) "+from+"("+c.where+") AND c.advisor_id = ?", advisorID)
				if all == 0 || own >= all {
					t.Fatalf("a poor case: %d clients match, %d of them advisor1's", all, own)
				}
				if got := countOf(t, env, hq, c.rule); got != all {
					t.Errorf("hq1 counts %d, SQL %d", got, all)
				}
				if got := countOf(t, env, advisor, c.rule); got != own {
					t.Errorf("advisor1 counts %d, SQL %d of their own", got, own)
				}
			})
		}
		// The members are the counted clients, each visible to the advisor.
		var members struct {
			SegmentMembers struct {
				TotalCount int
				Edges      []struct{ Node struct{ ID string } }
			}
		}
		rule := `{"op":"GE","dimension":"total_assets","value":"100000"}`
		env.Do(t, advisor, `query($r: String!) { segmentMembers(rule: $r, first: 100) { totalCount edges { node { id } } } }`,
			map[string]any{"r": rule}).Decode(t, &members)
		if members.SegmentMembers.TotalCount != countOf(t, env, advisor, rule) || len(members.SegmentMembers.Edges) == 0 {
			t.Fatalf("members: %+v", members.SegmentMembers)
		}
		for _, e := range members.SegmentMembers.Edges {
			if n := sqlInt(t, env, "SELECT count(*) FROM customers WHERE id = ? AND advisor_id = ?", e.Node.ID, advisorID); n != 1 {
				t.Errorf("member %s is not advisor1's", e.Node.ID)
			}
		}
	})
}

// TestSegmentRuleErrors sends bad rules: each gets BAD_USER_INPUT naming
// the problem, and none reaches SQL.
func TestSegmentRuleErrors(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		hq := env.Login(t, "hq1")
		clients := sqlInt(t, env, "SELECT count(*) FROM customers")
		for _, c := range []struct{ name, rule, problem string }{
			{"not JSON", `{"op": "AND", `, ""},
			{"malformed", `{"op":"AND","rules":[]}`, "BAD_STRUCTURE"},
			{"unknown operator", `{"op":"LIKE","dimension":"status","value":"N%"}`, "BAD_STRUCTURE"},
			{"unknown dimension", `{"op":"GE","dimension":"wealth","value":"1"}`, "UNKNOWN_DIMENSION"},
			{"type mismatch", `{"op":"GE","dimension":"total_assets","value":"lots"}`, "TYPE_MISMATCH"},
			{"operator of another type", `{"op":"LT","dimension":"status","value":"NORMAL"}`, "BAD_OPERATOR"},
			{"injection as an enum value", `{"op":"EQ","dimension":"status","value":"NORMAL' OR '1'='1"}`, "BAD_VALUE"},
			{"injection as a number", `{"op":"GE","dimension":"total_assets","value":"0; DROP TABLE customers"}`, "TYPE_MISMATCH"},
			{"injection as a key", `{"op":"EMPTY","dimension":"status\" IS NULL OR 1=1 --"}`, "UNKNOWN_DIMENSION"},
			{"injection as a date", `{"op":"GE","dimension":"last_trade_on","value":"2026-01-01' OR '1'='1"}`, "TYPE_MISMATCH"},
		} {
			t.Run(c.name, func(t *testing.T) {
				resp := env.Do(t, hq, segmentCount, map[string]any{"r": c.rule})
				if resp.Code() != "BAD_USER_INPUT" {
					t.Fatalf("code %q, want BAD_USER_INPUT: %+v", resp.Code(), resp.Errors)
				}
				if c.problem == "" {
					return
				}
				b, _ := json.Marshal(resp.Errors[0].Extensions["ruleErrors"])
				if !strings.Contains(string(b), `"problem":"`+c.problem+`"`) {
					t.Errorf("ruleErrors %s, want problem %s", b, c.problem)
				}
			})
		}
		// A tag name is a value like any other: bound, never SQL.
		if n := countOf(t, env, hq, `{"op":"HAS_TAG","dimension":"tags","value":"x' OR '1'='1"}`); n != 0 {
			t.Errorf("a tag named like an injection matched %d clients", n)
		}
		if n := sqlInt(t, env, "SELECT count(*) FROM customers"); n != clients {
			t.Errorf("customers went from %d to %d", clients, n)
		}
	})
}

// TestSegmentComposition counts a segment by a dimension and by a class.
func TestSegmentComposition(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		hq := env.Login(t, "hq1")
		rule := `{"op":"GE","dimension":"trades_365d","value":1}`
		total := countOf(t, env, hq, rule)
		for _, by := range []string{"status", "class_asset_tier", "trading_style", "has_credit_account"} {
			var out struct {
				SegmentComposition []struct {
					Value *string
					Count int
				}
			}
			env.Do(t, hq, `query($r: String, $by: String!) { segmentComposition(rule: $r, by: $by) { value count } }`,
				map[string]any{"r": rule, "by": by}).Decode(t, &out)
			sum := 0
			for _, b := range out.SegmentComposition {
				sum += b.Count
			}
			if sum != total || len(out.SegmentComposition) < 2 {
				t.Errorf("by %s: %+v sums to %d, the segment has %d", by, out.SegmentComposition, sum, total)
			}
		}
		if code := env.Do(t, hq, `{ segmentComposition(by: "total_assets") { count } }`, nil).Code(); code != "BAD_USER_INPUT" {
			t.Errorf("composition by a MONEY dimension: %q", code)
		}
	})
}

func TestSegmentDimensions(t *testing.T) {
	env := crmtest.New(t, dialect.SQLite)
	var out struct {
		SegmentDimensions []struct {
			Key, Group, Type string
			Operators        []string
			Values           []string
		}
	}
	env.Do(t, env.Login(t, "advisor1"), `{ segmentDimensions { key group type operators values } }`, nil).Decode(t, &out)
	byKey := map[string]int{}
	for i, d := range out.SegmentDimensions {
		byKey[d.Key] = i
	}
	if len(out.SegmentDimensions) < 150 {
		t.Errorf("%d dimensions, want at least 150", len(out.SegmentDimensions))
	}
	for _, key := range []string{"status", "branch_id", "total_assets", "tags", "class_asset_tier", "class_value_rfm"} {
		if _, ok := byKey[key]; !ok {
			t.Errorf("no dimension %s", key)
		}
	}
	tier := out.SegmentDimensions[byKey["class_asset_tier"]]
	if tier.Type != "ENUM" || fmt.Sprint(tier.Values) != "[T1 T2 T3 T4 T5]" || tier.Group != "CLASSIFICATION" {
		t.Errorf("class_asset_tier: %+v", tier)
	}
}
