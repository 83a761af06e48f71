package fake

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/idcard"
)

// everything draws from every generator in turn and records the output.
func everything(seed uint64) string {
	r := rand.New(rand.NewPCG(seed, seed))
	var b strings.Builder
	cities := Cities()
	for i := range 300 {
		name, male := PersonName(r)
		c := cities[i%len(cities)]
		org, industry := Organisation(r)
		fmt.Fprintln(&b, name, male, Mobile(r), Email(r, name), Address(r, c), org, industry, CreditCode(r),
			RegisteredCapital(r), InteractionSummary(r, InteractionKinds()[i%5]),
			ProductName(r, ProductKinds()[i%len(ProductKinds())]))
	}
	for _, s := range Stocks(r, 200) {
		fmt.Fprintln(&b, s)
	}
	return b.String()
}

func TestSameSeedSameData(t *testing.T) {
	a, b := everything(42), everything(42)
	if a != b {
		t.Errorf("two runs with seed 42 differ")
	}
	if c := everything(43); a == c {
		t.Errorf("seeds 42 and 43 gave the same data")
	}
}

// TestIDNumbersOfCitiesValidate builds ID numbers the way the seeder
// does, from each city's region code.
func TestIDNumbersOfCitiesValidate(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 16))
	today := time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)
	for _, c := range Cities() {
		for range 1000 {
			_, male := PersonName(r)
			birth := today.AddDate(-18-r.IntN(70), 0, -r.IntN(365))
			id := idcard.Generate(c.RegionCode, birth, r.IntN(1000), male)
			if err := idcard.Validate(id); err != nil {
				t.Fatalf("ID number %s of %s: %v", id, c.Name, err)
			}
		}
	}
}
