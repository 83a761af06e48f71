package suitability

import (
	"testing"
	"time"
)

func TestRulesValidate(t *testing.T) {
	if err := DefaultRules().Validate(); err != nil {
		t.Errorf("DefaultRules().Validate() = %v", err)
	}
	tests := []struct {
		name   string
		change func(*Rules)
	}{
		{"ErrNoValidity", func(r *Rules) { r.AssessmentValidityMonths = 0 }},
		{"ErrNegativeAge", func(r *Rules) { r.Elderly.Age = -1 }},
		{"ErrElderlyLevel", func(r *Rules) { r.Elderly.From = "R6" }},
		{"ErrNegativeCoolingOff", func(r *Rules) { r.HighRisk.CoolingOff = -time.Hour }},
		{"ErrHighRiskLevel", func(r *Rules) { r.HighRisk.From = "r4" }},
		{"ErrCoolingOffWithoutLevel", func(r *Rules) { r.HighRisk.From = "" }},
	}
	for _, tt := range tests {
		r := DefaultRules()
		tt.change(&r)
		if err := r.Validate(); err == nil {
			t.Errorf("%s: Validate() = nil", tt.name)
		}
	}
	off := DefaultRules()
	off.Elderly, off.HighRisk = AgeRule{}, HighRisk{}
	if err := off.Validate(); err != nil {
		t.Errorf("rules switched off: Validate() = %v", err)
	}
}

// TestAssessmentValidUntil: the earlier of the recorded expiry and the
// product family's validity; zero without an assessment.
func TestAssessmentValidUntil(t *testing.T) {
	r := DefaultRules()
	p := ordinary()
	if got, want := r.AssessmentValidUntil(p, fund()), p.AssessedAt.AddDate(2, 0, 0); !got.Equal(want) {
		t.Errorf("default = %v, want %v", got, want)
	}
	if got, want := r.AssessmentValidUntil(p, Product{AssessmentValidityMonths: 12}), p.AssessedAt.AddDate(1, 0, 0); !got.Equal(want) {
		t.Errorf("12 months = %v, want %v", got, want)
	}
	p.AssessmentExpiresAt = p.AssessedAt.AddDate(0, 6, 0)
	if got := r.AssessmentValidUntil(p, fund()); !got.Equal(p.AssessmentExpiresAt) {
		t.Errorf("recorded expiry = %v, want %v", got, p.AssessmentExpiresAt)
	}
	p.AssessedAt = time.Time{}
	if got := r.AssessmentValidUntil(p, fund()); !got.IsZero() {
		t.Errorf("no assessment = %v, want zero", got)
	}
}

// TestAgeOn: the age goes up on the birthday, in the caller's time zone.
func TestAgeOn(t *testing.T) {
	p := Profile{BirthDate: day(1961, time.June, 15)}
	tests := []struct {
		now  time.Time
		want int
	}{
		{at(2026, time.June, 14, 23, 59), 64},
		{at(2026, time.June, 15, 0, 0), 65}, // still 14 June in UTC
		{at(2027, time.January, 1, 0, 0), 65},
	}
	for _, tt := range tests {
		if got, ok := p.AgeOn(tt.now); !ok || got != tt.want {
			t.Errorf("AgeOn(%v) = %d, %v; want %d", tt.now, got, ok, tt.want)
		}
	}
	if _, ok := (Profile{}).AgeOn(now); ok {
		t.Error("AgeOn without a birth date reports an age")
	}
}
