package clientmetrics

import (
	"testing"
)

// TestCatalogue checks what the issue asks of the catalogue as a whole:
// at least 150 dimensions, every group used, every one described.
func TestCatalogue(t *testing.T) {
	groups := map[string]int{}
	for _, m := range Catalogue() {
		groups[m.Group]++
		if m.NameZH == "" || m.NameEN == "" || m.Description == "" {
			t.Errorf("%s: names and description are required", m.Key)
		}
		if got, ok := Lookup(m.Key); !ok || got != m {
			t.Errorf("Lookup(%q) does not find it", m.Key)
		}
	}
	if n := len(Catalogue()); n < 150 {
		t.Errorf("the catalogue has %d dimensions, want at least 150", n)
	}
	for _, g := range []string{Basic, Behaviour, Holdings, Profitability, FundBehaviour, Contribution, Risk, Service, Margin, Marketing} {
		if groups[g] == 0 {
			t.Errorf("group %s has no dimension", g)
		}
	}
	t.Logf("%d dimensions: %v", len(Catalogue()), groups)
}
