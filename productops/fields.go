package productops

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/brokercrm/crm/catalog"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/segment"
)

// apply writes the input to a product's mutation, clearing what the input
// leaves empty. It serves create and update alike.
func apply(m *ent.ProductMutation, in Input) {
	m.SetCode(in.Code)
	m.SetName(in.Name)
	m.SetType(in.Type)
	m.SetIssuer(in.Issuer)
	m.SetManager(in.Manager)
	m.SetRiskLevel(in.RiskLevel)
	m.SetHorizon(in.Horizon)
	m.SetVariety(in.Variety)
	m.SetMinAmount(in.MinAmount)
	m.SetStepAmount(in.StepAmount)
	m.SetSubscriptionFeeRate(in.SubscriptionFee)
	m.SetRedemptionFeeRate(in.RedemptionFee)
	m.SetManagementFeeRate(in.ManagementFee)
	m.SetCustodyFeeRate(in.CustodyFee)
	setOrClear(in.ExpectedReturnLo, m.SetExpectedReturnMin, m.ClearExpectedReturnMin)
	setOrClear(in.ExpectedReturnHi, m.SetExpectedReturnMax, m.ClearExpectedReturnMax)
	m.SetDocuments(in.Documents)
	m.SetProfessionalOnly(in.ProfessionalOnly)
	m.SetQualifiedOnly(in.QualifiedOnly)
	m.SetRefuseMismatch(in.RefuseMismatch)
	setOrClear(in.AssessmentValidityMonths, m.SetAssessmentValidityMonths, m.ClearAssessmentValidityMonths)
	setOrClear(in.RefuseFromAge, m.SetRefuseFromAge, m.ClearRefuseFromAge)
	m.SetCoolingOffHours(in.CoolingOffHours)
	setOrClear(in.SaleStart, m.SetSaleStart, m.ClearSaleStart)
	setOrClear(in.SaleEnd, m.SetSaleEnd, m.ClearSaleEnd)
	if in.TargetRule == nil {
		m.ClearTargetRule()
	} else {
		m.SetTargetRule(in.TargetRule)
	}
}

func setOrClear[T any](v *T, set func(T), clear func()) {
	if v == nil {
		clear()
		return
	}
	set(*v)
}

// InputOf is the editable part of a product, as the editor shows it.
func InputOf(p *ent.Product) Input {
	return Input{
		Code: p.Code, Name: p.Name, Type: p.Type, Issuer: p.Issuer, Manager: p.Manager,
		RiskLevel: p.RiskLevel, Horizon: p.Horizon, Variety: p.Variety,
		MinAmount: p.MinAmount, StepAmount: p.StepAmount,
		SubscriptionFee: p.SubscriptionFeeRate, RedemptionFee: p.RedemptionFeeRate,
		ManagementFee: p.ManagementFeeRate, CustodyFee: p.CustodyFeeRate,
		ExpectedReturnLo: p.ExpectedReturnMin, ExpectedReturnHi: p.ExpectedReturnMax,
		Documents:        p.Documents,
		ProfessionalOnly: p.ProfessionalOnly, QualifiedOnly: p.QualifiedOnly, RefuseMismatch: p.RefuseMismatch,
		AssessmentValidityMonths: p.AssessmentValidityMonths, RefuseFromAge: p.RefuseFromAge,
		CoolingOffHours: p.CoolingOffHours, SaleStart: p.SaleStart, SaleEnd: p.SaleEnd,
		TargetRule: p.TargetRule,
	}
}

// text is the input as field name → value in words, the form a change is
// recorded in. Field names are the GraphQL ones the editor uses.
func (in Input) text() map[string]string {
	docs := make([]string, len(in.Documents))
	for i, d := range in.Documents {
		docs[i] = fmt.Sprintf("%s [%s %s] %s", d.Title, d.Kind, d.Version, d.URL)
	}
	return map[string]string{
		"code": in.Code, "name": in.Name, "type": string(in.Type), "issuer": in.Issuer, "manager": in.Manager,
		"riskLevel": string(in.RiskLevel), "horizon": string(in.Horizon), "variety": string(in.Variety),
		"minAmount": in.MinAmount.String(), "stepAmount": in.StepAmount.String(),
		"subscriptionFeeRate": in.SubscriptionFee.String(), "redemptionFeeRate": in.RedemptionFee.String(),
		"managementFeeRate": in.ManagementFee.String(), "custodyFeeRate": in.CustodyFee.String(),
		"expectedReturnMin": decText(in.ExpectedReturnLo), "expectedReturnMax": decText(in.ExpectedReturnHi),
		"documents":        strings.Join(docs, "\n"),
		"professionalOnly": strconv.FormatBool(in.ProfessionalOnly), "qualifiedOnly": strconv.FormatBool(in.QualifiedOnly),
		"refuseMismatch":           strconv.FormatBool(in.RefuseMismatch),
		"assessmentValidityMonths": intText(in.AssessmentValidityMonths), "refuseFromAge": intText(in.RefuseFromAge),
		"coolingOffHours": strconv.Itoa(in.CoolingOffHours),
		"saleStart":       dayText(in.SaleStart), "saleEnd": dayText(in.SaleEnd),
		"targetRule": ruleText(in.TargetRule),
	}
}

// diff lists the fields whose values differ, by field name.
func diff(before, after Input) []catalog.Change {
	from, to := before.text(), after.text()
	var out []catalog.Change
	for field, v := range to {
		if from[field] != v {
			out = append(out, catalog.Change{Field: field, From: from[field], To: v})
		}
	}
	slices.SortFunc(out, func(a, b catalog.Change) int { return strings.Compare(a.Field, b.Field) })
	return out
}

// ruleText is a target rule as the JSON it is stored in; "" for none.
func ruleText(r *segment.Rule) string {
	if r == nil {
		return ""
	}
	b, _ := json.Marshal(r)
	return string(b)
}

// decText, intText and dayText write optional values as text, "" for none:
// in a change record and in CSV alike.
func decText(d *money.Decimal) string {
	if d == nil {
		return ""
	}
	return d.String()
}

func intText(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

func dayText(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.DateOnly)
}
