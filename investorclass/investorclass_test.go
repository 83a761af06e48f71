package investorclass

import (
	"testing"

	"github.com/brokercrm/crm/money"
)

func TestCheck(t *testing.T) {
	m := money.FromInt
	cases := []struct {
		name  string
		kind  Kind
		e     Evidence
		short int
	}{
		{"individual by assets", Recognise, Evidence{FinancialAssets: m(5_000_000), ExperienceYears: 2}, 0},
		{"individual by income", Recognise, Evidence{AverageIncome: m(500_000), ExperienceYears: 3}, 0},
		{"individual just under", Recognise, Evidence{FinancialAssets: m(4_999_999), AverageIncome: m(499_999), ExperienceYears: 2}, 1},
		{"individual without experience", Recognise, Evidence{FinancialAssets: m(9_000_000), ExperienceYears: 1}, 1},
		{"qualifying work stands in for experience", Recognise, Evidence{FinancialAssets: m(9_000_000), QualifyingWork: true}, 0},
		{"individual short of both", Recognise, Evidence{FinancialAssets: m(1_000_000)}, 2},
		{"application, lower thresholds", Apply, Evidence{FinancialAssets: m(3_000_000), ExperienceYears: 1}, 0},
		{"application by income", Apply, Evidence{AverageIncome: m(300_000), ExperienceYears: 1}, 0},
		{"application short", Apply, Evidence{FinancialAssets: m(2_999_999), ExperienceYears: 1}, 1},
		{"application needs experience, work does not count", Apply, Evidence{FinancialAssets: m(3_000_000), QualifyingWork: true}, 1},
		{"organisation", Recognise, Evidence{Organisation: true, NetAssets: m(20_000_000), FinancialAssets: m(10_000_000), ExperienceYears: 2}, 0},
		{"organisation short on all three", Recognise, Evidence{Organisation: true, NetAssets: m(19_999_999), FinancialAssets: m(9_999_999), ExperienceYears: 1}, 3},
		{"organisation application", Apply, Evidence{Organisation: true, NetAssets: m(10_000_000), FinancialAssets: m(5_000_000), ExperienceYears: 1}, 0},
		{"organisation application short", Apply, Evidence{Organisation: true, NetAssets: m(9_000_000), FinancialAssets: m(5_000_000), ExperienceYears: 1}, 1},
		{"asking to be ordinary", AskOrdinary, Evidence{}, 0},
	}
	for _, c := range cases {
		got := Check(c.kind, c.e)
		if len(got) != c.short {
			t.Errorf("%s: %d shortfalls %v, want %d", c.name, len(got), got, c.short)
		}
		for _, s := range got {
			if s.ZH == "" || s.EN == "" {
				t.Errorf("%s: a shortfall without words: %+v", c.name, s)
			}
		}
	}
	if got := Check(Recognise, Evidence{FinancialAssets: money.FromInt(1)}); got[0].ZH != "金融资产不低于500万元，或近3年个人年均收入不低于50万元" {
		t.Errorf("words: %q", got[0].ZH)
	}
}
