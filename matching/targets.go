package matching

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/predicate"
	"github.com/brokercrm/crm/suitability"
)

// Targets is the query of the clients a product is for: NORMAL clients
// who fit its target attributes (all clients when it has none) and to
// whom Check gives MATCH now. The viewer's privacy rules narrow it
// further, as every client query: an advisor's targets are their own
// clients. The caller counts it or pages it.
func Targets(client *ent.Client, targeting Targeting, rules suitability.Rules, p *ent.Product, now time.Time) (*ent.CustomerQuery, error) {
	ps := []predicate.Customer{
		customer.StatusEQ(customer.StatusNORMAL),
		Suitable(rules, ProductOf(p), now),
	}
	if p.TargetRule != nil {
		where, err := targeting.Where(*p.TargetRule, now)
		if err != nil {
			return nil, err
		}
		ps = append(ps, func(s *sql.Selector) { where(s) })
	}
	return client.Customer.Query().Where(ps...), nil
}

// ProductOf is what the suitability engine needs of a product.
func ProductOf(p *ent.Product) suitability.Product {
	sp := suitability.Product{
		RiskLevel: p.RiskLevel, Horizon: p.Horizon, Variety: p.Variety,
		ProfessionalOnly: p.ProfessionalOnly, QualifiedOnly: p.QualifiedOnly,
		RefuseMismatch: p.RefuseMismatch, CoolingOff: time.Duration(p.CoolingOffHours) * time.Hour,
	}
	if p.AssessmentValidityMonths != nil {
		sp.AssessmentValidityMonths = *p.AssessmentValidityMonths
	}
	if p.RefuseFromAge != nil {
		sp.RefuseFromAge = *p.RefuseFromAge
	}
	return sp
}

// ProfileOf is a client's profile as the engine needs it, from the risk
// profile kept on the client.
func ProfileOf(c *ent.Customer) suitability.Profile {
	p := suitability.Profile{
		Professional: c.InvestorClass == customer.InvestorClassPROFESSIONAL,
		Qualified:    c.QualifiedInvestor,
		Lowest:       c.RiskLowest,
	}
	if c.Kind == customer.KindINDIVIDUAL && c.BirthDate != nil {
		p.BirthDate = *c.BirthDate
	}
	if c.IDExpiresOn != nil {
		p.IDExpiresOn = *c.IDExpiresOn
	}
	if c.RiskCategory != nil && c.RiskAssessedAt != nil {
		p.Category, p.AssessedAt = *c.RiskCategory, *c.RiskAssessedAt
		if c.RiskHorizon != nil {
			p.Horizon = *c.RiskHorizon
		}
		if c.RiskExpiresAt != nil {
			p.AssessmentExpiresAt = *c.RiskExpiresAt
		}
		for _, v := range suitability.Variety("").Values() {
			if c.RiskVarieties&suitability.VarietyBit(suitability.Variety(v)) != 0 {
				p.Varieties = append(p.Varieties, suitability.Variety(v))
			}
		}
	}
	return p
}

// CountTargets counts a product's targets.
func CountTargets(ctx context.Context, client *ent.Client, targeting Targeting, rules suitability.Rules, p *ent.Product, now time.Time) (int, error) {
	q, err := Targets(client, targeting, rules, p, now)
	if err != nil {
		return 0, err
	}
	return q.Count(ctx)
}
