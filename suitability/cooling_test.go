package suitability

import (
	"testing"
	"time"
)

func TestCoolingOffUntil(t *testing.T) {
	placed := at(2026, time.June, 15, 14, 30)
	tests := []struct {
		name    string
		profile Profile
		product Product
		rules   func(*Rules)
		want    time.Duration // 0: no cooling-off
	}{
		{name: "OK R3 none", profile: ordinary(), product: Product{RiskLevel: R3}},
		{name: "R4 ordinary 24h", profile: ordinary(), product: Product{RiskLevel: R4}, want: 24 * time.Hour},
		{name: "R5 ordinary 24h", profile: ordinary(), product: Product{RiskLevel: R5}, want: 24 * time.Hour},
		{name: "unknown level counts as high-risk", profile: ordinary(), product: Product{}, want: 24 * time.Hour},
		{name: "OK R5 professional none", profile: professional(), product: Product{RiskLevel: R5}},
		{name: "product's own, professional", profile: professional(), product: Product{RiskLevel: R2, CoolingOff: 24 * time.Hour}, want: 24 * time.Hour},
		{name: "product's own, R2 ordinary", profile: ordinary(), product: Product{RiskLevel: R2, CoolingOff: 2 * time.Hour}, want: 2 * time.Hour},
		{name: "longer of product's and rules'", profile: ordinary(), product: Product{RiskLevel: R4, CoolingOff: time.Hour}, want: 24 * time.Hour},
		{name: "product's longer", profile: ordinary(), product: Product{RiskLevel: R4, CoolingOff: 72 * time.Hour}, want: 72 * time.Hour},
		{name: "configured 48h", profile: ordinary(), product: Product{RiskLevel: R4},
			rules: func(r *Rules) { r.HighRisk.CoolingOff = 48 * time.Hour }, want: 48 * time.Hour},
		{name: "OK configured R5 only", profile: ordinary(), product: Product{RiskLevel: R4},
			rules: func(r *Rules) { r.HighRisk.From = R5 }},
		{name: "OK configured off", profile: ordinary(), product: Product{RiskLevel: R5},
			rules: func(r *Rules) { r.HighRisk = HighRisk{} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rules := DefaultRules()
			if tt.rules != nil {
				tt.rules(&rules)
			}
			until, ok := rules.CoolingOffUntil(tt.profile, tt.product, placed)
			if ok != (tt.want > 0) || ok && !until.Equal(placed.Add(tt.want)) {
				t.Fatalf("CoolingOffUntil = %v, %v; want %v", until, ok, tt.want)
			}
			if !ok {
				if rules.Cancellable(tt.profile, tt.product, placed, placed) {
					t.Error("Cancellable at placement without a cooling-off period")
				}
				return
			}
			if !rules.Cancellable(tt.profile, tt.product, placed, until.Add(-time.Nanosecond)) {
				t.Error("not Cancellable just before the period ends")
			}
			if rules.Cancellable(tt.profile, tt.product, placed, until) {
				t.Error("Cancellable exactly when the period ends")
			}
		})
	}
}

func TestFollowUpCallRequired(t *testing.T) {
	rules := DefaultRules()
	tests := []struct {
		name    string
		rules   Rules
		profile Profile
		level   RiskLevel
		want    bool
	}{
		{"OK R3", rules, ordinary(), R3, false},
		{"R4 ordinary", rules, ordinary(), R4, true},
		{"OK R5 professional", rules, professional(), R5, false},
		{"OK switched off", Rules{HighRisk: HighRisk{From: R4}}, ordinary(), R5, false},
	}
	for _, tt := range tests {
		if got := tt.rules.FollowUpCallRequired(tt.profile, Product{RiskLevel: tt.level}); got != tt.want {
			t.Errorf("%s: FollowUpCallRequired = %v, want %v", tt.name, got, tt.want)
		}
	}
}
