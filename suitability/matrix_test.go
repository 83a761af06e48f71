package suitability

import (
	"slices"
	"testing"
)

// TestCheckMatrix covers every cell of the C1–C5 × R1–R5 table of
// suitability.md "Matching", for ordinary investors, professional
// investors and the lowest category. Horizon and variety always match, so
// only risk decides.
func TestCheckMatrix(t *testing.T) {
	const (
		M = Match
		C = ConfirmationRequired
		X = Refused
	)
	levels := []RiskLevel{R1, R2, R3, R4, R5}
	tests := []struct {
		investor     string
		category     Category
		lowest, prof bool
		want         [5]Outcome // for R1 … R5
	}{
		{"ordinary", C1, false, false, [5]Outcome{M, C, C, C, C}},
		{"ordinary", C2, false, false, [5]Outcome{M, M, C, C, C}},
		{"ordinary", C3, false, false, [5]Outcome{M, M, M, C, C}},
		{"ordinary", C4, false, false, [5]Outcome{M, M, M, M, C}},
		{"ordinary", C5, false, false, [5]Outcome{M, M, M, M, M}},
		{"professional", C1, false, true, [5]Outcome{M, M, M, M, M}},
		{"professional", C2, false, true, [5]Outcome{M, M, M, M, M}},
		{"professional", C3, false, true, [5]Outcome{M, M, M, M, M}},
		{"professional", C4, false, true, [5]Outcome{M, M, M, M, M}},
		{"professional", C5, false, true, [5]Outcome{M, M, M, M, M}},
		{"lowest", C1, true, false, [5]Outcome{M, X, X, X, X}},
	}
	for _, tt := range tests {
		for i, level := range levels {
			t.Run(tt.investor+"/"+string(tt.category)+"/"+string(level), func(t *testing.T) {
				p := Profile{
					Professional: tt.prof,
					Category:     tt.category,
					Lowest:       tt.lowest,
					Horizon:      Any,
					Varieties:    allVarieties,
					AssessedAt:   now.AddDate(0, -1, 0),
				}
				prod := Product{RiskLevel: level, Horizon: Long, Variety: Complex}
				got := DefaultRules().Check(p, prod, now)
				if got.Outcome != tt.want[i] {
					t.Fatalf("outcome = %s, want %s (reasons %v)", got.Outcome, tt.want[i], got.Reasons)
				}
				var want []Reason
				switch tt.want[i] {
				case C:
					want = []Reason{RiskAboveTolerance}
				case X:
					want = []Reason{RiskAboveTolerance, LowestCategory}
				}
				if !slices.Equal(got.Reasons, want) {
					t.Errorf("reasons = %v, want %v", got.Reasons, want)
				}
				if got := tt.category.Covers(level); got != (i < categoryRank(tt.category)) {
					t.Errorf("%s.Covers(%s) = %v", tt.category, level, got)
				}
			})
		}
	}
}

// TestCoversUnknown: an unknown category or level matches nothing.
func TestCoversUnknown(t *testing.T) {
	for _, c := range []Category{C1, C5, "", "C6"} {
		for _, l := range []RiskLevel{"", "R6", "r1"} {
			if c.Covers(l) {
				t.Errorf("%q.Covers(%q) = true, want false", c, l)
			}
		}
		if c != C1 && c != C5 && c.Covers(R1) {
			t.Errorf("%q.Covers(R1) = true, want false", c)
		}
	}
}

// TestHorizonAccepts covers every pair of horizons: a product may tie
// money up no longer than the investor accepts; Any matches everything.
func TestHorizonAccepts(t *testing.T) {
	hs := []Horizon{Short, Medium, Long, Any}
	want := map[Horizon][4]bool{ // investor → product Short, Medium, Long, Any
		Short:  {true, false, false, true},
		Medium: {true, true, false, true},
		Long:   {true, true, true, true},
		Any:    {true, true, true, true},
		"":     {false, false, false, true},
	}
	for investor, row := range want {
		for i, product := range hs {
			if got := investor.Accepts(product); got != row[i] {
				t.Errorf("%q.Accepts(%q) = %v, want %v", investor, product, got, row[i])
			}
		}
	}
}
