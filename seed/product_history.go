package seed

import (
	"math/rand/v2"
	"time"

	"github.com/brokercrm/crm/money"
)

// navMonths is how much NAV history a seeded fund has: enough for a
// one-year return and a chart.
const navMonths = 24

type navPoint struct {
	date time.Time
	nav  money.Decimal
}

// navHistory is a fund's month-end NAVs ending at today's nav: a random
// walk backwards, seeded by the product so that it does not disturb the
// rest of the data.
func navHistory(productID int, latest money.Decimal, today time.Time, fund bool) []navPoint {
	if !fund {
		return nil
	}
	r := rand.New(rand.NewPCG(uint64(productID), 0x4E41))
	out := make([]navPoint, navMonths+1)
	out[navMonths] = navPoint{date: today, nav: latest}
	nav := latest
	for k := 1; k <= navMonths; k++ {
		// A month's move of -6% to +6%, undone going back; never below 0.1.
		move := 940 + r.Int64N(121) // per mille
		back, _ := nav.MulInt(1000).Div(money.FromInt(move))
		nav = max(back, money.FromUnits(1000))
		monthEnd := time.Date(today.Year(), today.Month()-time.Month(k)+1, 0, 0, 0, 0, 0, time.UTC)
		out[navMonths-k] = navPoint{date: monthEnd, nav: nav}
	}
	return out
}

// oneYearReturn is what productops computes from the same history: the
// latest NAV over the last one at least a year older, in percent.
func oneYearReturn(navs []navPoint) *money.Decimal {
	if len(navs) == 0 {
		return nil
	}
	latest := navs[len(navs)-1]
	for i := len(navs) - 1; i >= 0; i-- {
		if !navs[i].date.After(latest.date.AddDate(-1, 0, 0)) {
			ratio, _ := latest.nav.MulInt(100).Div(navs[i].nav)
			r := ratio.Sub(money.FromInt(100))
			return &r
		}
	}
	return nil
}

// lifecycleOf is the history a seeded product in status went through:
// (action, status after) for each version.
func lifecycleOf(status string) [][2]string {
	steps := [][2]string{{"CREATE", "DRAFT"}}
	if status == "DRAFT" {
		return steps
	}
	steps = append(steps, [2]string{"SUBMIT", "IN_REVIEW"})
	if status == "IN_REVIEW" {
		return steps
	}
	steps = append(steps, [2]string{"APPROVE", "PUBLISHED"})
	switch status {
	case "SUSPENDED":
		steps = append(steps, [2]string{"SUSPEND", "SUSPENDED"})
	case "RETIRED":
		steps = append(steps, [2]string{"RETIRE", "RETIRED"})
	}
	return steps
}

// makeProductHistory writes the seeded products' NAV histories and
// lifecycle versions: pm1 created and submitted each, compliance1
// approved, suspended or retired it.
func (w *world) makeProductHistory() []*table {
	navs := newTable("product_navs", "id", "product_id", "date", "nav")
	versions := newTable("product_versions", "id", "product_id", "version", "action", "status",
		"actor_id", "actor_name", "comment", "at")
	for _, p := range w.products {
		for _, pt := range p.navs {
			navs.add(w.ids["product_navs"].take(), p.id, pt.date, pt.nav)
		}
		for i, step := range lifecycleOf(p.status) {
			actor, name, comment := w.pmID, "pm1", ""
			switch step[0] {
			case "APPROVE":
				actor, name, comment = w.complianceID, "compliance1", "同意上架"
			case "SUSPEND":
				actor, name, comment = w.complianceID, "compliance1", "暂停申购"
			case "RETIRE":
				actor, name, comment = w.complianceID, "compliance1", "产品到期"
			}
			versions.add(w.ids["product_versions"].take(), p.id, i+1, step[0], step[1], actor, name, comment, w.now)
		}
	}
	return []*table{navs, versions}
}
