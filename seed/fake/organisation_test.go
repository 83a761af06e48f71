package fake

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/brokercrm/crm/idcard"
)

func TestOrganisation(t *testing.T) {
	r := rand.New(rand.NewPCG(6, 6))
	industries := Industries()
	byIndustry := map[string]int{}
	for range 20_000 {
		name, industry := Organisation(r)
		if !slices.Contains(industries, industry) {
			t.Fatalf("Organisation = %q, %q: unknown industry", name, industry)
		}
		byIndustry[industry]++
		if !strings.HasSuffix(name, "公司") && !strings.HasSuffix(name, "（有限合伙）") {
			t.Fatalf("Organisation = %q: want a company or partnership name", name)
		}
		if len(name) > 200 {
			t.Fatalf("Organisation = %q: %d bytes, over the 200 of customers.name", name, len(name))
		}
	}
	if got, want := len(byIndustry), len(industries); got != want {
		t.Errorf("%d industries drawn, want all %d", got, want)
	}
}

func TestOrganisationIn(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	c := Cities()[2] // 深圳, 广东省
	for range 1000 {
		name, _ := OrganisationIn(r, c)
		if !strings.HasPrefix(name, "深圳") && !strings.HasPrefix(name, "广东") {
			t.Fatalf("OrganisationIn(深圳) = %q, want it to start with 深圳 or 广东", name)
		}
	}
}

func TestCreditCode(t *testing.T) {
	r := rand.New(rand.NewPCG(8, 8))
	cityPrefixes := map[string]bool{}
	for _, c := range Cities() {
		cityPrefixes[c.RegionCode[:4]] = true
	}
	newStyle := 0
	for range 50_000 {
		code := CreditCode(r)
		if err := idcard.ValidateCreditCode(code); err != nil {
			t.Fatalf("CreditCode = %s: %v", code, err)
		}
		if c, _ := idcard.OrgCodeCheck(code[8:16]); code[16] != c {
			t.Fatalf("CreditCode = %s: organisation code check %q, want %q", code, code[16], c)
		}
		if !strings.HasPrefix(code, "91") || !cityPrefixes[code[2:6]] {
			t.Fatalf("CreditCode = %s: want 91 and the region of a city", code)
		}
		if code[8:10] == "MA" {
			newStyle++
		}
	}
	if newStyle < 30_000 || newStyle > 40_000 {
		t.Errorf("%d of 50000 codes are new-style, want about 35000", newStyle)
	}
	if code := CreditCodeIn(r, City{Name: "珠海", RegionCode: "440402"}); !strings.HasPrefix(code, "914404") {
		t.Errorf("CreditCodeIn(珠海) = %s, want 914404…", code)
	}
}

func TestRegisteredCapital(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 9))
	for range 10_000 {
		if y := RegisteredCapital(r); y < 1_000_000 || y > 1_000_000_000 || y%1_000_000 != 0 {
			t.Fatalf("RegisteredCapital = %d yuan, want a round million from 1 million to 1 billion", y)
		}
	}
}
