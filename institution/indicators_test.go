package institution_test

import (
	"regexp"
	"testing"

	"github.com/brokercrm/crm/institution"
	"github.com/brokercrm/crm/segment"
)

// TestIndicators checks the definitions as the Dimension entity will take
// them: keys it accepts, once each, values for an ENUM and no other.
func TestIndicators(t *testing.T) {
	key := regexp.MustCompile(`^org_[a-z0-9_]{2,59}$`)
	seen := map[string]bool{}
	for _, ind := range institution.Indicators() {
		switch {
		case !key.MatchString(ind.Key):
			t.Errorf("%q is not a key of the form org_…", ind.Key)
		case seen[ind.Key]:
			t.Errorf("%s twice", ind.Key)
		case ind.NameZH == "" || ind.NameEN == "" || ind.Description == "":
			t.Errorf("%s lacks a name or a description", ind.Key)
		case (ind.Type == segment.TypeEnum) != (len(ind.Enum) > 0):
			t.Errorf("%s: type %s with values %v", ind.Key, ind.Type, ind.Enum)
		}
		seen[ind.Key] = true
		if got, ok := institution.Lookup(ind.Key); !ok || got.Key != ind.Key {
			t.Errorf("Lookup(%s) = %v, %v", ind.Key, got, ok)
		}
	}
	if len(seen) < 20 {
		t.Errorf("only %d indicators", len(seen))
	}
	if _, ok := institution.Lookup("total_assets"); ok {
		t.Error("Lookup found a computed dimension")
	}
}
