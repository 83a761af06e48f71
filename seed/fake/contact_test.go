package fake

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestMobile(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 2))
	prefixes := map[string]int{}
	for range 100_000 {
		m := Mobile(r)
		if len(m) != 11 || !digits(m) || m[0] != '1' {
			t.Fatalf("Mobile = %q, want 11 digits starting with 1", m)
		}
		if !slices.Contains(mobilePrefixes, m[:3]) {
			t.Fatalf("Mobile = %q: prefix %s is no carrier's", m, m[:3])
		}
		prefixes[m[:3]]++
	}
	if got, want := len(prefixes), len(mobilePrefixes); got != want {
		t.Errorf("%d prefixes drawn, want all %d", got, want)
	}
}

func TestEmail(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 3))
	withYear := 0
	for i := range 50_000 {
		seed := "张伟"
		if i%2 == 0 {
			seed = "440304198506151229"
		}
		e := Email(r, seed)
		local, host, ok := strings.Cut(e, "@")
		if !ok || local == "" || strings.Contains(host, "@") || len(e) > 254 {
			t.Fatalf("Email = %q, want local@host", e)
		}
		if !slices.Contains(mailHosts, host) {
			t.Fatalf("Email = %q: unknown host %s", e, host)
		}
		for _, c := range local {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_') {
				t.Fatalf("Email = %q: %q in the local part", e, c)
			}
		}
		if local[0] == '.' || local[len(local)-1] == '.' || strings.Contains(local, "..") {
			t.Fatalf("Email = %q: misplaced dot", e)
		}
		if i%2 == 0 && (strings.HasSuffix(local, "1985") || strings.HasSuffix(local, "85")) {
			withYear++
		}
	}
	if withYear < 5000 {
		t.Errorf("%d of 25000 addresses of people born in 1985 carry the year, want more", withYear)
	}
}

func TestAddress(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	for _, c := range Cities() {
		for range 2000 {
			a := Address(r, c)
			want := cityPrefix(c)
			if !strings.HasPrefix(a, want) || !strings.HasSuffix(a, "室") || !strings.Contains(a, "区") {
				t.Fatalf("Address(%s) = %q, want %s…区…室", c.Name, a, want)
			}
			if len(a) > 500 {
				t.Fatalf("Address(%s) = %q: %d bytes, want at most 500", c.Name, a, len(a))
			}
		}
	}
	tests := []struct {
		city City
		want string
	}{
		{Cities()[0], "北京市"},
		{City{Name: "深圳", Province: "广东省"}, "广东省深圳市"},
		{City{Name: "珠海", Province: "广东省", District: "香洲区"}, "广东省珠海市香洲区"},
	}
	for _, tt := range tests {
		if got := Address(r, tt.city); !strings.HasPrefix(got, tt.want) {
			t.Errorf("Address(%s) = %q, want it to start with %q", tt.city.Name, got, tt.want)
		}
	}
}

func TestAddressExample(t *testing.T) {
	// The formats, one per style, stay readable.
	r := rand.New(rand.NewPCG(5, 5))
	seen := map[string]bool{}
	for range 1000 {
		a := Address(r, Cities()[1]) // 上海 has all four styles
		switch {
		case strings.Contains(a, "弄"):
			seen["弄"] = true
		case strings.Contains(a, "号院"):
			seen["号院"] = true
		case strings.Contains(a, "栋"):
			seen["栋"] = true
		case strings.Contains(a, "单元"):
			seen["单元"] = true
		}
	}
	if len(seen) < 3 {
		t.Errorf("styles drawn for 上海: %v, want at least three", seen)
	}
}

func BenchmarkMobile(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	for b.Loop() {
		Mobile(r)
	}
}

func BenchmarkAddress(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	c := Cities()[2]
	for b.Loop() {
		Address(r, c)
	}
}

func BenchmarkEmail(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	for b.Loop() {
		Email(r, "440304198506151229")
	}
}
