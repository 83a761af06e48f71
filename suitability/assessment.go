package suitability

import "time"

// AssessmentValidUntil returns the first instant at which the investor's
// risk assessment no longer counts for prod: the earlier of the expiry
// recorded with it and its date plus the validity of the product's family
// (or of Rules when the product sets none). It is zero when there is no
// usable assessment: none taken, or one without a valid category
// (suitability.md "What happens on a sale" 4).
func (r Rules) AssessmentValidUntil(p Profile, prod Product) time.Time {
	if p.AssessedAt.IsZero() || categoryRank(p.Category) == 0 {
		return time.Time{}
	}
	months := prod.AssessmentValidityMonths
	if months <= 0 {
		months = r.AssessmentValidityMonths
	}
	until := p.AssessedAt.AddDate(0, months, 0)
	if !p.AssessmentExpiresAt.IsZero() && p.AssessmentExpiresAt.Before(until) {
		until = p.AssessmentExpiresAt
	}
	return until
}
