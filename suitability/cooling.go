package suitability

import "time"

// The extra steps after an order for a high-risk product (Art. 20;
// suitability.md "What happens on a sale" 5).

// CoolingOffUntil returns when the cooling-off period (冷静期) of an order
// placed at placedAt ends, and false if the order has none. The period is
// the longer of the product's own (Product.CoolingOff, for every investor)
// and, for an ordinary investor buying a high-risk product, that of
// Rules.HighRisk. Until then the order is not final and the investor may
// cancel it.
func (r Rules) CoolingOffUntil(p Profile, prod Product, placedAt time.Time) (time.Time, bool) {
	d := prod.CoolingOff
	if !p.Professional && r.highRisk(prod.RiskLevel) && r.HighRisk.CoolingOff > d {
		d = r.HighRisk.CoolingOff
	}
	if d <= 0 {
		return time.Time{}, false
	}
	return placedAt.Add(d), true
}

// Cancellable reports whether an order placed at placedAt is still in its
// cooling-off period at now; at the instant the period ends it is final.
func (r Rules) Cancellable(p Profile, prod Product, placedAt, now time.Time) bool {
	until, ok := r.CoolingOffUntil(p, prod, placedAt)
	return ok && now.Before(until)
}

// FollowUpCallRequired reports whether an ordinary investor's order for
// the product is due a follow-up call (回访).
func (r Rules) FollowUpCallRequired(p Profile, prod Product) bool {
	return !p.Professional && r.HighRisk.FollowUpCall && r.highRisk(prod.RiskLevel)
}
