package graph

import (
	"encoding/json"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/graph/model"
	"github.com/brokercrm/crm/productops"
	"github.com/brokercrm/crm/segment"
)

// productInput is the editor's form as productops takes it.
func productInput(in model.ProductInput) (productops.Input, error) {
	var rule *segment.Rule
	if in.TargetRule != nil && *in.TargetRule != "" {
		rule = new(segment.Rule)
		if err := json.Unmarshal([]byte(*in.TargetRule), rule); err != nil {
			return productops.Input{}, apperr.New(apperr.BadUserInput, "targetRule: not a rule tree in JSON: %v", err)
		}
	}
	return productops.Input{
		Code: in.Code, Name: in.Name, Type: in.Type, Issuer: in.Issuer, Manager: deref(in.Manager),
		RiskLevel: in.RiskLevel, Horizon: in.Horizon, Variety: in.Variety,
		MinAmount: in.MinAmount, StepAmount: in.StepAmount,
		SubscriptionFee: in.SubscriptionFeeRate, RedemptionFee: in.RedemptionFeeRate,
		ManagementFee: in.ManagementFeeRate, CustodyFee: in.CustodyFeeRate,
		ExpectedReturnLo: in.ExpectedReturnMin, ExpectedReturnHi: in.ExpectedReturnMax,
		Documents:        derefAll(in.Documents),
		ProfessionalOnly: in.ProfessionalOnly, QualifiedOnly: in.QualifiedOnly, RefuseMismatch: in.RefuseMismatch,
		AssessmentValidityMonths: in.AssessmentValidityMonths, RefuseFromAge: in.RefuseFromAge,
		CoolingOffHours: in.CoolingOffHours, SaleStart: in.SaleStart, SaleEnd: in.SaleEnd,
		TargetRule: rule,
	}, nil
}

func navPoints(in []*model.NavPointInput) []productops.NavPoint {
	out := make([]productops.NavPoint, len(in))
	for i, p := range in {
		out[i] = productops.NavPoint{Date: p.Date, NAV: p.Nav}
	}
	return out
}

// derefAll copies a list of GraphQL input objects, which gqlgen hands
// over as pointers.
func derefAll[T any](in []*T) []T {
	out := make([]T, len(in))
	for i, p := range in {
		out[i] = *p
	}
	return out
}
