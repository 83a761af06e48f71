package fake

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// provinceCodes are the first two digits of GB/T 2260 codes of the
// provinces the cities are in.
var provinceCodes = map[string]string{
	"北京市": "11", "天津市": "12", "辽宁省": "21", "上海市": "31", "江苏省": "32", "浙江省": "33",
	"安徽省": "34", "福建省": "35", "山东省": "37", "河南省": "41", "湖北省": "42", "湖南省": "43",
	"广东省": "44", "重庆市": "50", "四川省": "51", "云南省": "53", "陕西省": "61", "甘肃省": "62",
}

func TestCities(t *testing.T) {
	cities := Cities()
	if got := len(cities); got < 20 {
		t.Errorf("len(Cities()) = %d, want at least 20", got)
	}
	names := map[string]bool{}
	regions := map[string]bool{}
	for _, c := range cities {
		if names[c.Name] {
			t.Errorf("city %s appears twice", c.Name)
		}
		names[c.Name] = true
		regions[c.Region] = true
		if c.NameEn == "" || c.RegionEn == "" || c.District == "" {
			t.Errorf("city %+v lacks an English name, region or district", c)
		}
		if got, want := c.RegionEn, regionEn[c.Region]; got != want {
			t.Errorf("%s: RegionEn = %q, want %q", c.Name, got, want)
		}
		if len(c.RegionCode) != 6 || !digits(c.RegionCode) || strings.HasSuffix(c.RegionCode, "00") {
			t.Errorf("%s: RegionCode = %q, want the six digits of a district", c.Name, c.RegionCode)
		}
		if got, want := c.RegionCode[:2], provinceCodes[c.Province]; got != want {
			t.Errorf("%s: RegionCode %s starts %s, want %s (%s)", c.Name, c.RegionCode, got, want, c.Province)
		}
		if len(c.AreaCode) < 3 || len(c.AreaCode) > 4 || c.AreaCode[0] != '0' || !digits(c.AreaCode) {
			t.Errorf("%s: AreaCode = %q, want 0 and 2–3 digits", c.Name, c.AreaCode)
		}
	}
	if got, want := len(regions), 7; got != want {
		t.Errorf("cities cover %d regions, want %d", got, want)
	}
}

// TestDistrictCodesBelongToTheirCity checks every district code of the
// address tables: same city prefix as the city's own code, no repeats.
func TestDistrictCodesBelongToTheirCity(t *testing.T) {
	seen := map[string]string{}
	for _, c := range cityTable {
		if got, want := c.districts[0].code, c.RegionCode; got != want {
			t.Errorf("%s: first district code %s, want RegionCode %s", c.Name, got, want)
		}
		for _, d := range c.districts {
			if d.code[:4] != c.RegionCode[:4] {
				t.Errorf("%s%s: code %s is not in the city of %s", c.Name, d.name, d.code, c.RegionCode)
			}
			if other, ok := seen[d.code]; ok {
				t.Errorf("district code %s used by %s and %s%s", d.code, other, c.Name, d.name)
			}
			seen[d.code] = c.Name + d.name
			if len(d.streets) == 0 || !strings.HasSuffix(d.name, "区") {
				t.Errorf("%s%s: want a district (区) with streets", c.Name, d.name)
			}
		}
	}
}

func TestCitiesIsACopy(t *testing.T) {
	Cities()[0].Name = "changed"
	if got, want := Cities()[0].Name, "北京"; got != want {
		t.Errorf("after changing a copy, Cities()[0].Name = %q, want %q", got, want)
	}
}

func TestBranches(t *testing.T) {
	branches := Branches()
	if got := len(branches); got < 20 || got > 30 {
		t.Errorf("len(Branches()) = %d, want about 20", got)
	}
	cities := map[string]bool{}
	for _, c := range Cities() {
		cities[c.Name] = true
	}
	perCity := map[string]int{}
	names := map[string]bool{}
	for i, b := range branches {
		want := []byte("B000")
		putDigits(want[1:], i+1)
		if b.Code != string(want) {
			t.Errorf("branch %d: Code = %q, want %q", i, b.Code, want)
		}
		if !cities[b.City] {
			t.Errorf("branch %s: city %q is not in Cities()", b.Code, b.City)
		}
		if !strings.HasPrefix(b.Name, b.City) || !strings.HasSuffix(b.Name, "证券营业部") {
			t.Errorf("branch %s: Name = %q, want city…证券营业部", b.Code, b.Name)
		}
		if names[b.Name] {
			t.Errorf("branch name %s appears twice", b.Name)
		}
		names[b.Name] = true
		perCity[b.City]++
	}
	for city := range cities {
		if n := perCity[city]; n < 1 || n > 2 {
			t.Errorf("%s has %d branches, want 1 or 2", city, n)
		}
	}
	if got, want := branches[0].City, "北京"; got != want {
		t.Errorf("B001 is in %s, want %s", got, want)
	}
	if got, want := branches[0].Name, "北京建国门外大街证券营业部"; got != want {
		t.Errorf("B001 is %s, want %s", got, want)
	}
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return utf8.ValidString(s)
}
