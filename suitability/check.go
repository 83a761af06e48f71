package suitability

import (
	"slices"
	"time"
)

// Check gives the matching opinion for selling prod to the investor p at
// now, an order the investor asked for themselves (for what the firm may
// recommend, see Opinion.Recommendable). Calendar-day rules (age, identity
// document) use now's date in now's location: pass the firm's time.
//
// Every reason found is listed. Any refusing reason makes the outcome
// Refused; otherwise any reason makes it ConfirmationRequired, with the
// warning to show; otherwise it is Match.
func (r Rules) Check(p Profile, prod Product, now time.Time) Opinion {
	var reasons []Reason
	refuse, confirm := false, false
	add := func(reason Reason, refusing bool) {
		reasons = append(reasons, reason)
		if refusing {
			refuse = true
		} else {
			confirm = true
		}
	}

	// Every investor, professional or not.
	if p.IDExpired(now) { // ID_OVERDUE (suitability.md "Reason codes")
		add(IDExpired, true)
	}
	if prod.ProfessionalOnly && !p.Professional { // "Matching"; Art. 22(1)
		add(ProfessionalOnly, true)
	}
	if prod.QualifiedOnly && !p.Qualified { // "Matching"; Art. 22(1)
		add(QualifiedOnly, true)
	}
	age, ageKnown := p.AgeOn(now)
	if prod.RefuseFromAge > 0 && ageKnown && age >= prod.RefuseFromAge { // "Reason codes": age limit
		add(AgeLimit, true)
	}

	// A professional investor matches every risk level, and the
	// protections of ordinary investors do not apply ("Investor classes",
	// "Matching").
	if !p.Professional {
		// No sale of a graded product without a valid assessment; the
		// three matchings need one ("What happens on a sale" 4).
		switch until := r.AssessmentValidUntil(p, prod); {
		case until.IsZero():
			add(AssessmentMissing, true)
		case !now.Before(until):
			add(AssessmentExpired, true)
		default:
			// 三匹配 ("Matching"). A mismatch needs the investor's written
			// confirmation (Art. 19), and is refused for the lowest
			// category (Art. 19, Art. 22(5)).
			ms := mismatches(p, prod)
			for _, m := range ms {
				add(m, p.Lowest)
			}
			if len(ms) > 0 && p.Lowest {
				add(LowestCategory, true)
			}
		}
		// Older investors and high-risk products ("What happens on a
		// sale" 5; Art. 20).
		if e := r.Elderly; e.Age > 0 && ageKnown && age >= e.Age && prod.RiskLevel.AtLeast(e.From) {
			add(AgeHighRisk, e.Refuse)
		}
		// Products that accept no confirmation ("What happens on a sale" 3).
		if confirm && prod.RefuseMismatch {
			add(ProductRefusesMismatch, true)
		}
	}

	slices.SortStableFunc(reasons, func(a, b Reason) int { return a.order() - b.order() })
	switch {
	case refuse:
		return Opinion{Outcome: Refused, Reasons: reasons}
	case confirm:
		return Opinion{Outcome: ConfirmationRequired, Reasons: reasons, Warning: specialWarning(p, prod, reasons)}
	}
	return Opinion{Outcome: Match}
}
