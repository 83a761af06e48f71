package seed

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/brokercrm/crm/ent/dimension"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/institution"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/segment"
	"github.com/brokercrm/crm/store"
)

// indicatorIDs defines the institution indicators (they are shipped
// configuration) and returns their dimension ids by key, for the values
// the demo's institutions get.
func indicatorIDs(ctx context.Context, db *store.DB) (map[string]int, error) {
	if err := institution.Install(ctx, db.Client); err != nil {
		return nil, err
	}
	keys := make([]string, 0, len(institution.Indicators()))
	for _, ind := range institution.Indicators() {
		keys = append(keys, ind.Key)
	}
	dims, err := db.Client.Dimension.Query().Where(dimension.KeyIn(keys...)).
		All(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return nil, fmt.Errorf("institution indicators: %w", err)
	}
	ids := make(map[string]int, len(dims))
	for _, d := range dims {
		ids[d.Key] = d.ID
	}
	return ids, nil
}

// indicators gives an institution a value of every standard indicator, as
// its core systems and business lines would report them. They draw from a
// stream of their own, so the rest of the client's data is the same with
// or without them.
func (w *world) indicators(c *client, t *chunkTables) {
	r := rand.New(rand.NewPCG(w.opts.Seed^0x1d1ca7, uint64(c.id)))
	v := drawIndicators(r, c, w.opts.Today)
	for _, ind := range institution.Indicators() {
		value, ok := v[ind.Key]
		if !ok {
			continue
		}
		var number, text, flag, day any
		switch ind.Type {
		case segment.TypeEnum:
			text = value
		case segment.TypeBoolean:
			flag = value
		case segment.TypeDate:
			day = value
		default:
			number = value
		}
		t.indicators.add(w.ids["dimension_values"].take(), w.indicatorIDs[ind.Key], c.id, number, text, flag, day, w.now)
	}
}

// drawIndicators draws plausible, related figures: the balance sheet
// follows the revenue, used credit stays within the line, the internal
// rating follows the external one.
func drawIndicators(r *rand.Rand, c *client, today time.Time) map[string]any {
	pick := func(values []string, weights ...int) string {
		total := 0
		for _, w := range weights {
			total += w
		}
		n := r.IntN(total)
		for i, w := range weights {
			if n < w {
				return values[i]
			}
			n -= w
		}
		return values[len(values)-1]
	}
	logNormal := func(median, sigma float64) money.Decimal {
		yuan := math.Exp(math.Log(median) + sigma*r.NormFloat64())
		return money.FromCents(int64(min(yuan, 5e12) * 100))
	}
	kinds := enumOf("org_type")
	kind := pick(kinds, 40, 8, 16, 6, 6, 4, 6, 3, 3, 8)
	v := map[string]any{
		"org_type":               kind,
		"org_listing":            pick([]string{"A股", "港股", "美股", "新三板", "未上市"}, 18, 5, 2, 10, 65),
		"org_founded_on":         c.opened.AddDate(-1-r.IntN(25), -r.IntN(12), -r.IntN(28)),
		"org_employees":          money.FromInt(int64(math.Exp(math.Log(300) + 1.4*r.NormFloat64()))),
		"org_aml_risk":           pick([]string{"低", "中", "高"}, 80, 17, 3),
		"org_kyc_review_on":      today.AddDate(0, 0, r.IntN(400)-35), // some are overdue
		"org_business_lines":     money.FromInt(int64(1 + r.IntN(6))),
		"org_last_visit_on":      today.AddDate(0, 0, -r.IntN(240)),
		"org_satisfaction":       money.FromInt(int64(60 + r.IntN(41))),
		"org_investment_banking": r.IntN(100) < 15,
		"org_prime_brokerage":    r.IntN(100) < 10 || kind == "私募基金" && r.IntN(100) < 40,
		"org_otc_derivatives":    r.IntN(100) < 12,
	}
	revenue := logNormal(2e8, 1.5)
	v["org_revenue"] = revenue
	v["org_net_profit"] = revenue.MulFrac(int64(r.IntN(31)-8), 100) // −8% to 22%
	total := revenue.MulFrac(int64(80+r.IntN(220)), 100)
	debtRatio := int64(15 + r.IntN(71)) // percent
	v["org_total_assets"] = total
	v["org_net_assets"] = total.MulFrac(100-debtRatio, 100)
	v["org_debt_ratio"] = money.FromInt(debtRatio).Add(money.FromCents(int64(r.IntN(100))))

	ratings := enumOf("org_credit_rating")
	rating := ratings[min(pickSkewed(r, len(ratings)+2), len(ratings)-1)]
	v["org_credit_rating"] = rating
	internal := "D"
	switch rating {
	case "AAA", "AA+":
		internal = "A"
	case "AA", "AA-", "A+":
		internal = "B"
	case "A", "BBB":
		internal = "C"
	}
	v["org_internal_rating"] = internal

	switch kind {
	case "公募基金", "私募基金", "银行理财", "保险资管", "信托", "证券资管", "QFII/RQFII", "社保年金":
		v["org_aum"] = logNormal(5e9, 1.6)
		v["org_research_commission"] = logNormal(2e6, 1.2)
	}
	if r.IntN(100) < 30 {
		line := money.FromInt(int64(1+r.IntN(50)) * 10_000_000)
		v["org_credit_line"] = line
		v["org_credit_used"] = line.MulFrac(int64(r.IntN(91)), 100)
	}
	if r.IntN(100) < 20 {
		v["org_custody_assets"] = logNormal(8e8, 1.3)
	}
	return v
}

// enumOf is the values of an ENUM indicator.
func enumOf(key string) []string {
	ind, _ := institution.Lookup(key)
	return ind.Enum
}
