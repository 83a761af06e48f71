package suitability

import (
	"strings"
	"testing"
	"time"
)

// TestSpecialWarning: a confirmation shows the grades, every reason and
// what confirming means, Chinese first.
func TestSpecialWarning(t *testing.T) {
	p := ordinary()
	p.BirthDate = day(1950, time.January, 1)
	got := DefaultRules().Check(p, Product{RiskLevel: R4, Horizon: Long, Variety: Equity}, now)
	if got.Outcome != ConfirmationRequired {
		t.Fatalf("outcome = %s, want CONFIRMATION_REQUIRED", got.Outcome)
	}
	w := got.Warning
	for _, want := range []string{"特别风险警示", "C3", "R4", "中期（1至5年）", "长期（5年以上）", "固定收益类、权益类",
		"1. " + RiskAboveTolerance.Warning().ZH, "2. " + HorizonMismatch.Warning().ZH, "3. " + AgeHighRisk.Warning().ZH,
		"风险警示书及投资确认书"} {
		if !strings.Contains(w.ZH, want) {
			t.Errorf("Chinese warning lacks %q:\n%s", want, w.ZH)
		}
	}
	for _, want := range []string{"Special risk warning", "C3", "R4", "medium (1 to 5 years)", "fixed income, equities",
		"1. " + RiskAboveTolerance.Warning().EN, "3. " + AgeHighRisk.Warning().EN, "investment confirmation"} {
		if !strings.Contains(w.EN, want) {
			t.Errorf("English warning lacks %q:\n%s", want, w.EN)
		}
	}
	if s := w.String(); !strings.HasPrefix(s, w.ZH) || !strings.HasSuffix(s, w.EN) {
		t.Errorf("String() is not Chinese then English:\n%s", s)
	}
	if (Warning{}).String() != "" {
		t.Error("zero Warning has text")
	}
}

func TestSpecialWarningNoVarieties(t *testing.T) {
	p := ordinary()
	p.Varieties = nil
	w := DefaultRules().Check(p, fund(), now).Warning
	if !strings.Contains(w.ZH, "意向投资品种为无") || !strings.Contains(w.EN, "want are none") {
		t.Errorf("warning does not say no varieties are wanted:\n%s", w)
	}
}
