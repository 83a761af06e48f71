package matching

import (
	"fmt"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/predicate"
	"github.com/brokercrm/crm/suitability"
)

// Suitable is the condition on a client's row under which rules.Check
// gives MATCH for the product at now: suitability.Rules.Check written as
// SQL over the risk profile kept on the client (see the RiskAssessment
// hook). TestSuitableAgreesWithCheck holds the two together.
func Suitable(rules suitability.Rules, p suitability.Product, now time.Time) predicate.Customer {
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, now.Location())
	ps := []predicate.Customer{
		// Anyone: a valid identity document, the product's restrictions.
		customer.Or(customer.IDExpiresOnIsNil(), customer.IDExpiresOnGTE(today)),
	}
	if p.ProfessionalOnly {
		ps = append(ps, customer.InvestorClassEQ(customer.InvestorClassPROFESSIONAL))
	}
	if p.QualifiedOnly {
		ps = append(ps, customer.QualifiedInvestor(true))
	}
	if p.RefuseFromAge > 0 {
		ps = append(ps, youngerThan(p.RefuseFromAge, today))
	}
	return customer.And(append(ps, customer.Or(
		customer.InvestorClassEQ(customer.InvestorClassPROFESSIONAL),
		ordinaryMatch(rules, p, now, today),
	))...)
}

// ordinaryMatch is the rest of Check for an ordinary investor: a valid
// assessment that matches on risk, horizon and variety, and not an older
// investor buying a high-risk product.
func ordinaryMatch(rules suitability.Rules, p suitability.Product, now, today time.Time) predicate.Customer {
	months := p.AssessmentValidityMonths
	if months <= 0 {
		months = rules.AssessmentValidityMonths
	}
	ps := []predicate.Customer{
		customer.RiskCategoryIn(categoriesCovering(p.RiskLevel)...),
		customer.RiskExpiresAtGT(now),
		// assessed_at + months > now, as assessed_at > now - months.
		customer.RiskAssessedAtGT(now.AddDate(0, -months, 0)),
		customer.RiskHorizonIn(horizonsAccepting(p.Horizon)...),
		wantsVariety(p.Variety),
	}
	if p.RiskLevel != suitability.R1 {
		// The lowest category counts as C1, which covers only R1.
		ps = append(ps, customer.RiskLowest(false))
	}
	if e := rules.Elderly; e.Age > 0 && p.RiskLevel.AtLeast(e.From) {
		ps = append(ps, youngerThan(e.Age, today))
	}
	return customer.And(ps...)
}

// youngerThan holds for clients under age on today, and those whose birth
// date is unknown (institutions): the age rules skip them.
func youngerThan(age int, today time.Time) predicate.Customer {
	// Born after this day: not yet age today (the birthday itself counts).
	return customer.Or(customer.BirthDateIsNil(), customer.BirthDateGT(today.AddDate(-age, 0, 0)))
}

func categoriesCovering(l suitability.RiskLevel) []suitability.Category {
	var out []suitability.Category
	for _, c := range suitability.Category("").Values() {
		if suitability.Category(c).Covers(l) {
			out = append(out, suitability.Category(c))
		}
	}
	return out
}

func horizonsAccepting(h suitability.Horizon) []suitability.Horizon {
	var out []suitability.Horizon
	for _, x := range suitability.Horizon("").Values() {
		if suitability.Horizon(x).Accepts(h) {
			out = append(out, suitability.Horizon(x))
		}
	}
	return out
}

// wantsVariety tests the variety's bit in the client's wanted varieties.
// The bit is a constant of the code, never user input.
func wantsVariety(v suitability.Variety) predicate.Customer {
	bit := suitability.VarietyBit(v)
	return func(s *sql.Selector) {
		s.Where(sql.P(func(b *sql.Builder) {
			b.WriteString(fmt.Sprintf("(%s & %d) <> 0", s.C(customer.FieldRiskVarieties), bit))
		}))
	}
}
