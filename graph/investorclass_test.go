package graph_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/investorclassdecision"
)

const decideClassOp = `mutation($c: ID!, $k: InvestorClassDecisionKind!, $e: InvestorClassEvidenceInput!, $a: Boolean!, $r: String!) {
  decideInvestorClass(clientId: $c, kind: $k, evidence: $e, approve: $a, reason: $r) {
    approved fromClass toClass decidedByName shortfalls { zh en } evidence { financialAssets experienceYears } } }`

// TestInvestorClassDecisions recognises a professional, refuses an
// application that falls short, and grants a request to be treated as
// ordinary, checking who may decide and what is kept.
func TestInvestorClassDecisions(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := system()
		db := env.DB.Client
		bm1 := usersByName(t, db)["bm1"]
		c, err := db.Customer.Query().Where(customer.BranchID(*bm1.BranchID), customer.KindEQ(customer.KindINDIVIDUAL),
			customer.InvestorClassEQ(customer.InvestorClassORDINARY), customer.StatusEQ(customer.StatusNORMAL)).First(ctx)
		must(t, err)
		id := strconv.Itoa(c.ID)
		rich := map[string]any{"organisation": false, "netAssets": "0", "financialAssets": "6000000",
			"averageIncome": "0", "experienceYears": 3, "qualifyingWork": false}
		poor := map[string]any{"organisation": false, "netAssets": "0", "financialAssets": "800000",
			"averageIncome": "120000", "experienceYears": 0, "qualifyingWork": false}
		decide := func(token, kind string, evidence map[string]any, approve bool) crmtest.Response {
			return env.Do(t, token, decideClassOp, map[string]any{"c": id, "k": kind, "e": evidence, "a": approve, "r": "核验资产证明及投资经历"})
		}
		for _, who := range []string{"advisor1", "compliance1", "hq1"} {
			if code := decide(env.Login(t, who), "RECOGNISE_PROFESSIONAL", rich, true).Code(); code != "FORBIDDEN" && code != "NOT_FOUND" {
				t.Errorf("%s decides an investor class: %q", who, code)
			}
		}
		bm := env.Login(t, "bm1")
		// An approval the evidence does not support is refused, and nothing kept.
		resp := decide(bm, "APPLY_PROFESSIONAL", poor, true)
		if resp.Code() != "BAD_USER_INPUT" || !strings.Contains(resp.Errors[0].Message, "financial assets") {
			t.Errorf("approving short evidence: %q %+v", resp.Code(), resp.Errors)
		}
		if n, _ := db.InvestorClassDecision.Query().Where(investorclassdecision.ClientID(c.ID)).Count(ctx); n != 0 {
			t.Errorf("%d decisions kept from a refused call", n)
		}
		// A refusal is kept with the thresholds not met.
		var refused struct {
			DecideInvestorClass struct {
				Approved   bool
				Shortfalls []struct{ ZH, EN string }
			}
		}
		decide(bm, "APPLY_PROFESSIONAL", poor, false).Decode(t, &refused)
		if refused.DecideInvestorClass.Approved || len(refused.DecideInvestorClass.Shortfalls) != 2 {
			t.Errorf("refusal: %+v", refused.DecideInvestorClass)
		}
		// Recognition by Art. 8 moves the client.
		var ok struct {
			DecideInvestorClass struct {
				Approved                          bool
				FromClass, ToClass, DecidedByName string
				Evidence                          struct{ FinancialAssets string }
			}
		}
		decide(bm, "RECOGNISE_PROFESSIONAL", rich, true).Decode(t, &ok)
		d := ok.DecideInvestorClass
		if !d.Approved || d.FromClass != "ORDINARY" || d.ToClass != "PROFESSIONAL" || d.DecidedByName != "bm1" || d.Evidence.FinancialAssets != "6000000.0000" {
			t.Errorf("recognition: %+v", d)
		}
		if c, _ = db.Customer.Get(ctx, c.ID); c.InvestorClass != customer.InvestorClassPROFESSIONAL {
			t.Errorf("after recognition the client is %s", c.InvestorClass)
		}
		if code := decide(bm, "RECOGNISE_PROFESSIONAL", rich, true).Code(); code != "CONFLICT" {
			t.Errorf("recognising a professional again: %q", code)
		}
		// A professional may ask to be treated as ordinary.
		decide(bm, "ASK_ORDINARY", map[string]any{"organisation": false, "netAssets": "0", "financialAssets": "0",
			"averageIncome": "0", "experienceYears": 0, "qualifyingWork": false}, true).Decode(t, &ok)
		if c, _ = db.Customer.Get(ctx, c.ID); c.InvestorClass != customer.InvestorClassORDINARY {
			t.Errorf("after asking to be ordinary the client is %s", c.InvestorClass)
		}
		if n, _ := db.InvestorClassDecision.Query().Where(investorclassdecision.ClientID(c.ID)).Count(ctx); n != 3 {
			t.Errorf("%d decisions kept, want 3", n)
		}
		if _, err := db.InvestorClassDecision.Delete().Exec(ctx); err == nil {
			t.Error("decisions were deleted")
		}
	})
}
