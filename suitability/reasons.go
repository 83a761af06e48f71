package suitability

import (
	"io"

	"github.com/brokercrm/crm/enum"
)

// Reason is a stable code for why a check did not simply match. Codes
// that production systems spell differently are noted beside each.
type Reason string

// The reasons, in the order an Opinion lists them.
const (
	// IDExpired: the identity document has expired (ID_OVERDUE).
	IDExpired Reason = "ID_EXPIRED"
	// AssessmentMissing: an ordinary investor has no usable risk
	// assessment (suitability.md "What happens on a sale" 4).
	AssessmentMissing Reason = "ASSESSMENT_MISSING"
	// AssessmentExpired: the assessment is past its validity for this
	// product (RISK_EVAL_OVERDUE; "What happens on a sale" 4).
	AssessmentExpired Reason = "ASSESSMENT_EXPIRED"
	// ProfessionalOnly: the product is for professional investors only
	// ("Matching"; Art. 22(1)).
	ProfessionalOnly Reason = "PROFESSIONAL_ONLY"
	// QualifiedOnly: the product is for qualified investors only
	// ("Matching"; Art. 22(1)).
	QualifiedOnly Reason = "QUALIFIED_ONLY"
	// AgeLimit: the investor is at or above the product's age limit
	// ("Reason codes": an age limit on some products).
	AgeLimit Reason = "AGE_LIMIT"
	// RiskAboveTolerance: the product's risk level is above the investor's
	// category (RISK_LEVEL_NOT_MATCH; "Matching").
	RiskAboveTolerance Reason = "RISK_ABOVE_TOLERANCE"
	// HorizonMismatch: the product's horizon is longer than the investor
	// accepts (INVEST_TERM_NOT_MATCH; "Matching").
	HorizonMismatch Reason = "HORIZON_MISMATCH"
	// VarietyMismatch: the product's variety is not one the investor wants
	// (INVEST_KIND_NOT_MATCH; "Matching").
	VarietyMismatch Reason = "VARIETY_MISMATCH"
	// AgeHighRisk: an older ordinary investor buys a high-risk product
	// ("What happens on a sale" 5; Rules.Elderly).
	AgeHighRisk Reason = "AGE_HIGH_RISK"
	// LowestCategory: the investor is in the lowest category, so a
	// mismatch cannot be confirmed (Art. 19, Art. 22(5); "Matching",
	// "What happens on a sale" 3).
	LowestCategory Reason = "LOWEST_CATEGORY"
	// ProductRefusesMismatch: a confirmation would be needed, and the
	// product accepts none ("What happens on a sale" 3).
	ProductRefusesMismatch Reason = "PRODUCT_REFUSES_MISMATCH"
)

// reasonTexts are the words shown for each reason, Chinese first. The
// order of this list is the order of Values and of Opinion.Reasons.
var reasonTexts = []struct {
	reason Reason
	text   Warning
}{
	{IDExpired, Warning{
		"您的身份证明文件已过期，请更新后再购买。",
		"Your identity document has expired; update it before buying."}},
	{AssessmentMissing, Warning{
		"您尚未完成风险承受能力评估，请先完成评估。",
		"You have no risk tolerance assessment; take one before buying."}},
	{AssessmentExpired, Warning{
		"您的风险承受能力评估已过期，请重新评估后再购买。",
		"Your risk tolerance assessment has expired; take it again before buying."}},
	{ProfessionalOnly, Warning{
		"本产品仅向专业投资者销售。",
		"This product is sold to professional investors only."}},
	{QualifiedOnly, Warning{
		"本产品仅向合格投资者销售。",
		"This product is sold to qualified investors only."}},
	{AgeLimit, Warning{
		"您的年龄超出本产品的年龄限制。",
		"Your age is above this product's age limit."}},
	{RiskAboveTolerance, Warning{
		"本产品的风险等级高于您的风险承受能力等级。",
		"This product's risk level is above your risk tolerance."}},
	{HorizonMismatch, Warning{
		"本产品的投资期限长于您可接受的投资期限。",
		"This product's investment horizon is longer than the one you accept."}},
	{VarietyMismatch, Warning{
		"本产品的投资品种不在您的意向投资品种之内。",
		"This product's variety is not among the varieties you want to invest in."}},
	{AgeHighRisk, Warning{
		"您已达到高龄投资者的年龄标准，而本产品属于高风险产品。",
		"You have reached the age at which high-risk products call for extra protection, and this product is high-risk."}},
	{LowestCategory, Warning{
		"您属于风险承受能力最低类别的投资者，只能购买与您的风险承受能力、投资期限和投资品种均匹配的产品。",
		"You are in the lowest risk tolerance category: you may buy only products that match your risk tolerance, horizon and varieties."}},
	{ProductRefusesMismatch, Warning{
		"本产品仅向完全匹配的投资者销售，不接受投资者的风险确认。",
		"This product is sold only to investors who match it fully; it accepts no risk confirmation."}},
}

// Values lists the reasons, for the ent and GraphQL enums.
func (Reason) Values() []string {
	vs := make([]string, len(reasonTexts))
	for i, t := range reasonTexts {
		vs[i] = string(t.reason)
	}
	return vs
}

// Warning returns the words shown for the reason, in Chinese and English;
// zero for an unknown reason.
func (r Reason) Warning() Warning {
	for _, t := range reasonTexts {
		if t.reason == r {
			return t.text
		}
	}
	return Warning{}
}

// order is the reason's place in Values; unknown reasons go last.
func (r Reason) order() int {
	for i, t := range reasonTexts {
		if t.reason == r {
			return i
		}
	}
	return len(reasonTexts)
}

// MarshalGQL writes the reason as a GraphQL enum value.
func (r Reason) MarshalGQL(w io.Writer) { enum.Write(w, string(r)) }

// UnmarshalGQL reads a reason, refusing unknown ones.
func (r *Reason) UnmarshalGQL(v any) (err error) { *r, err = enum.Parse[Reason](v); return err }
