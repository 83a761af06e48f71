package ordering

import (
	"context"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/riskassessment"
	"github.com/brokercrm/crm/suitability"
)

// profileOf is what the suitability engine needs of a client now: the
// investor class, the latest risk assessment (nil if never assessed) and
// identity facts.
func profileOf(ctx context.Context, client *ent.Client, c *ent.Customer) (suitability.Profile, *ent.RiskAssessment, error) {
	p := suitability.Profile{
		Professional: c.InvestorClass == customer.InvestorClassPROFESSIONAL,
		Qualified:    c.QualifiedInvestor,
	}
	if c.Kind == customer.KindINDIVIDUAL && c.BirthDate != nil {
		p.BirthDate = *c.BirthDate
	}
	if c.IDExpiresOn != nil {
		p.IDExpiresOn = *c.IDExpiresOn
	}
	a, err := client.RiskAssessment.Query().Where(riskassessment.ClientID(c.ID)).
		Order(ent.Desc(riskassessment.FieldAssessedAt), ent.Desc(riskassessment.FieldID)).First(ctx)
	switch {
	case ent.IsNotFound(err):
		return p, nil, nil
	case err != nil:
		return p, nil, err
	}
	p.Category, p.Lowest, p.Horizon, p.Varieties = a.Level, a.LowestCategory, a.Horizon, a.Varieties
	p.AssessedAt, p.AssessmentExpiresAt = a.AssessedAt, a.ExpiresAt
	return p, a, nil
}
