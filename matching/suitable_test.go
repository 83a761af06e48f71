package matching_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/ent/riskassessment"
	"github.com/brokercrm/crm/matching"
	"github.com/brokercrm/crm/suitability"
)

func TestMain(m *testing.M) { crmtest.Main(m) }

// TestSuitableAgreesWithCheck holds the SQL form of the matching rules to
// the engine: for every seeded client and a range of products, the
// clients Targets finds are exactly those Check gives MATCH (and that are
// NORMAL). It also checks the risk profile kept on each client against
// their latest assessment.
func TestSuitableAgreesWithCheck(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		db := env.DB.Client
		// Profiles the seed does not make: a C3 held to the lowest
		// category (an imported record can say so), a C5 assessed 18
		// months ago (past a 12-month validity, within the 24-month one).
		normal, err := db.Customer.Query().Where(customer.StatusEQ(customer.StatusNORMAL)).Limit(2).All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range normal {
			at := time.Now().Add(-time.Hour)
			level, lowest := suitability.C3, true
			if i == 1 {
				at, level, lowest = time.Now().AddDate(0, -18, 0), suitability.C5, false
			}
			err := db.RiskAssessment.Create().SetClientID(c.ID).SetQuestionnaireVersion("T").SetScore(50).
				SetLevel(level).SetLowestCategory(lowest).SetHorizon(suitability.Any).
				SetVarieties([]suitability.Variety{suitability.FixedIncome, suitability.Equity, suitability.Other}).
				SetAssessedAt(at).SetExpiresAt(at.AddDate(2, 0, 0)).SetChannel("BRANCH").Exec(ctx)
			if err != nil {
				t.Fatal(err)
			}
		}
		clients, err := db.Customer.Query().All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		checkProfiles(t, ctx, db, clients)

		rules := suitability.DefaultRules()
		now := time.Now()
		products := productsToMatch(t, ctx, db)
		for _, p := range products {
			q, err := matching.Targets(db, matching.ClientCatalog, rules, p, now)
			if err != nil {
				t.Fatal(err)
			}
			got, err := q.IDs(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var want []int
			for _, c := range clients {
				if c.Status == customer.StatusNORMAL && rules.Check(matching.ProfileOf(c), matching.ProductOf(p), now).Outcome == suitability.Match {
					want = append(want, c.ID)
				}
			}
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("%s (%s %s %s prof=%v qual=%v age<%v valid=%v): SQL finds %d clients, the engine %d",
					p.Code, p.RiskLevel, p.Horizon, p.Variety, p.ProfessionalOnly, p.QualifiedOnly,
					p.RefuseFromAge, p.AssessmentValidityMonths, len(got), len(want))
			}
			if len(want) == 0 && p.RiskLevel == suitability.R1 {
				t.Errorf("%s: an R1 product suits nobody; the check proves little", p.Code)
			}
		}
	})
}

// productsToMatch is a sample of the seeded library and products made to
// exercise each restriction.
func productsToMatch(t *testing.T, ctx context.Context, db *ent.Client) []*ent.Product {
	seeded, err := db.Product.Query().Where(product.StatusEQ(product.StatusPUBLISHED)).Limit(40).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	twelve, sixty, seventy := 12, 60, 70
	made := []func(*ent.ProductCreate){
		func(c *ent.ProductCreate) { c.SetRiskLevel("R1").SetHorizon("SHORT").SetVariety("FIXED_INCOME") },
		func(c *ent.ProductCreate) { c.SetRiskLevel("R5").SetHorizon("LONG").SetVariety("COMPLEX") },
		func(c *ent.ProductCreate) { c.SetRiskLevel("R4").SetHorizon("MEDIUM").SetVariety("EQUITY") },
		func(c *ent.ProductCreate) {
			c.SetRiskLevel("R3").SetHorizon("MEDIUM").SetVariety("EQUITY").SetProfessionalOnly(true)
		},
		func(c *ent.ProductCreate) {
			c.SetRiskLevel("R3").SetHorizon("LONG").SetVariety("OTHER").SetQualifiedOnly(true)
		},
		func(c *ent.ProductCreate) {
			c.SetRiskLevel("R2").SetHorizon("SHORT").SetVariety("FIXED_INCOME").SetRefuseFromAge(sixty)
		},
		func(c *ent.ProductCreate) {
			c.SetRiskLevel("R2").SetHorizon("MEDIUM").SetVariety("FIXED_INCOME").SetAssessmentValidityMonths(twelve)
		},
		func(c *ent.ProductCreate) {
			c.SetRiskLevel("R4").SetHorizon("SHORT").SetVariety("DERIVATIVES").SetRefuseFromAge(seventy)
		},
	}
	for i, edit := range made {
		c := db.Product.Create().SetCode("MATCH-" + string(rune('A'+i))).SetName("匹配测试").
			SetType(product.TypeOTHER).SetIssuer("测试").SetStatus(product.StatusPUBLISHED)
		edit(c)
		p, err := c.Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
		seeded = append(seeded, p)
	}
	return seeded
}

// checkProfiles compares each client's kept risk profile with their latest
// assessment.
func checkProfiles(t *testing.T, ctx context.Context, db *ent.Client, clients []*ent.Customer) {
	assessed := 0
	for _, c := range clients {
		a, err := db.RiskAssessment.Query().Where(riskassessment.ClientID(c.ID)).
			Order(ent.Desc(riskassessment.FieldAssessedAt), ent.Desc(riskassessment.FieldID)).First(ctx)
		if ent.IsNotFound(err) {
			if c.RiskCategory != nil {
				t.Errorf("client %d has a risk profile and no assessment", c.ID)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		assessed++
		p := matching.ProfileOf(c)
		if p.Category != a.Level || p.Lowest != a.LowestCategory || p.Horizon != a.Horizon ||
			!slices.Equal(p.Varieties, sorted(a.Varieties)) || !p.AssessedAt.Equal(a.AssessedAt) || !p.AssessmentExpiresAt.Equal(a.ExpiresAt) {
			t.Errorf("client %d: kept profile %+v, latest assessment %+v", c.ID, p, a)
		}
	}
	if assessed == 0 {
		t.Fatal("no client has an assessment")
	}
}

// sorted orders varieties as VarietyBits does.
func sorted(vs []suitability.Variety) []suitability.Variety {
	var out []suitability.Variety
	for _, v := range suitability.Variety("").Values() {
		if slices.Contains(vs, suitability.Variety(v)) {
			out = append(out, suitability.Variety(v))
		}
	}
	return out
}
