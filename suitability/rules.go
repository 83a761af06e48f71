package suitability

import (
	"errors"
	"fmt"
	"time"
)

// Rules are the firm's suitability settings: what suitability.md leaves to
// configuration ("where practice differs between firms, the product makes
// it configuration"). Start from DefaultRules; the zero Rules refuses every
// ordinary investor, since no assessment is ever valid under it.
type Rules struct {
	// AssessmentValidityMonths is how long a risk assessment stays valid
	// for products that set no validity of their own (suitability.md
	// "What happens on a sale" 4: brokers use 2 years).
	AssessmentValidityMonths int

	// Elderly is the extra protection for older ordinary investors buying
	// high-risk products (suitability.md "What happens on a sale" 5: draft
	// rules, R4+ to investors aged 65 or over).
	Elderly AgeRule

	// HighRisk are the extra steps for high-risk products sold to ordinary
	// investors (Art. 20; suitability.md "What happens on a sale" 5).
	HighRisk HighRisk
}

// AgeRule asks older ordinary investors buying high-risk products for a
// written confirmation, or refuses them.
type AgeRule struct {
	Age    int       // investors this age or older; 0 switches the rule off
	From   RiskLevel // products at this risk level or above
	Refuse bool      // refuse instead of asking for a confirmation
}

// HighRisk says which products are high-risk and what extra steps an
// ordinary investor's order for one takes.
type HighRisk struct {
	From         RiskLevel     // high-risk: this level or above; "" means none
	CoolingOff   time.Duration // cooling-off period (冷静期) before the order is final
	FollowUpCall bool          // a follow-up call (回访) is due after the order
}

// DefaultRules are the settings suitability.md names: assessments valid 2
// years, confirmation for R4 and R5 to investors aged 65 or over, and R4+
// high-risk with a 24-hour cooling-off period and a follow-up call.
func DefaultRules() Rules {
	return Rules{
		AssessmentValidityMonths: 24,
		Elderly:                  AgeRule{Age: 65, From: R4},
		HighRisk:                 HighRisk{From: R4, CoolingOff: 24 * time.Hour, FollowUpCall: true},
	}
}

// Validate reports settings that cannot be meant, for checking
// configuration once at start-up.
func (r Rules) Validate() error {
	var errs []error
	if r.AssessmentValidityMonths <= 0 {
		errs = append(errs, fmt.Errorf("assessment validity must be at least 1 month, not %d", r.AssessmentValidityMonths))
	}
	if r.Elderly.Age < 0 {
		errs = append(errs, fmt.Errorf("elderly age must not be negative, not %d", r.Elderly.Age))
	}
	if r.Elderly.Age > 0 && riskRank(r.Elderly.From) > 5 {
		errs = append(errs, fmt.Errorf("elderly rule: %q is not a risk level", r.Elderly.From))
	}
	if r.HighRisk.CoolingOff < 0 {
		errs = append(errs, fmt.Errorf("cooling-off period must not be negative, not %v", r.HighRisk.CoolingOff))
	}
	if r.HighRisk.From != "" && riskRank(r.HighRisk.From) > 5 {
		errs = append(errs, fmt.Errorf("high-risk rule: %q is not a risk level", r.HighRisk.From))
	}
	if r.HighRisk.From == "" && (r.HighRisk.CoolingOff > 0 || r.HighRisk.FollowUpCall) {
		errs = append(errs, errors.New("high-risk rule: a cooling-off period or follow-up call needs a risk level to start from"))
	}
	return errors.Join(errs...)
}

// highRisk reports whether a product level is high-risk under r. An unknown
// level counts as above R5.
func (r Rules) highRisk(l RiskLevel) bool {
	return r.HighRisk.From != "" && riskRank(l) >= riskRank(r.HighRisk.From)
}
