package fake

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestPersonName(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 1))
	const n = 200_000
	var men, single int
	bySurname := map[string]int{}
	for range n {
		name, male := PersonName(r)
		runes := utf8.RuneCountInString(name)
		if runes < 2 || runes > 4 {
			t.Fatalf("PersonName = %q: %d characters, want 2–4", name, runes)
		}
		for _, c := range name {
			if !unicode.Is(unicode.Han, c) {
				t.Fatalf("PersonName = %q: %q is not a Chinese character", name, c)
			}
		}
		surname := surnameOf(name)
		if surname == "" {
			t.Fatalf("PersonName = %q: no known surname", name)
		}
		bySurname[surname]++
		if utf8.RuneCountInString(name)-utf8.RuneCountInString(surname) == 1 {
			single++
		}
		if male {
			men++
		}
	}
	tests := []struct {
		what      string
		got       float64
		low, high float64
	}{
		{"share of men", float64(men) / n, 0.48, 0.52},
		{"share of one-character given names", float64(single) / n, 0.17, 0.23},
		{"share of 王", float64(bySurname["王"]) / n, 0.06, 0.08},
		{"share of 张", float64(bySurname["张"]) / n, 0.06, 0.08},
		{"share of compound surnames", float64(bySurname["欧阳"]+bySurname["司马"]+bySurname["诸葛"]) / n, 0.00005, 0.001},
	}
	for _, tt := range tests {
		if tt.got < tt.low || tt.got > tt.high {
			t.Errorf("%s = %.4f, want %.4f–%.4f", tt.what, tt.got, tt.low, tt.high)
		}
	}
	if got := len(bySurname); got < 100 {
		t.Errorf("%d different surnames drawn, want at least 100", got)
	}
}

// surnameOf finds the surname a name starts with, compound ones first.
func surnameOf(name string) string {
	for _, s := range surnames {
		if utf8.RuneCountInString(s) == 2 && strings.HasPrefix(name, s) {
			return s
		}
	}
	for _, s := range surnames {
		if utf8.RuneCountInString(s) == 1 && strings.HasPrefix(name, s) {
			return s
		}
	}
	return ""
}

func TestNameTablesHaveNoRepeats(t *testing.T) {
	tables := map[string][]string{
		"surnames": surnames, "male": maleChars, "female": femaleChars, "shared": sharedChars,
	}
	all := map[string]string{}
	for _, table := range []string{"male", "female", "shared"} {
		for _, c := range tables[table] {
			if other, ok := all[c]; ok {
				t.Errorf("%s is in the %s and the %s characters", c, other, table)
			}
			all[c] = table
		}
	}
	seen := map[string]bool{}
	for _, s := range surnames {
		if seen[s] {
			t.Errorf("surname %s appears twice", s)
		}
		seen[s] = true
	}
	if got := len(surnames); got < 100 {
		t.Errorf("%d surnames, want at least 100", got)
	}
}

func BenchmarkPersonName(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	for b.Loop() {
		PersonName(r)
	}
}
