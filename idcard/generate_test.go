package idcard

import (
	"math/rand/v2"
	"testing"
	"time"
)

func TestGenerate(t *testing.T) {
	birth := time.Date(1949, 12, 31, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		region   string
		sequence int
		male     bool
		want     string
	}{
		{"110105", 2, false, "11010519491231002X"},
		{"110105", 3, false, "11010519491231002X"}, // 3 is odd: turned into 2
		{"110105", 2, true, "110105194912310038"},  // 2 is even: turned into 3
		{"110105", 1002, false, "11010519491231002X"},
		{"110105", -998, false, "11010519491231002X"},
		{"110105", 999, false, "110105194912319980"},
		{"110105", 0, true, "110105194912310011"},
	}
	for _, tt := range tests {
		got := Generate(tt.region, birth, tt.sequence, tt.male)
		if got != tt.want {
			t.Errorf("Generate(%q, 1949-12-31, %d, %v) = %q, want %q", tt.region, tt.sequence, tt.male, got, tt.want)
		}
	}
}

// TestGeneratedNumbersValidate draws many random inputs: every number must
// validate and read back the birth date and gender it was built from.
func TestGeneratedNumbersValidate(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	regions := []string{"110101", "310101", "440304", "500103", "650102", "000000", "999999"}
	first := time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Since(first).Hours() / 24)
	for range 50000 {
		region := regions[r.IntN(len(regions))]
		birth := first.AddDate(0, 0, r.IntN(days))
		seq := r.IntN(3000) - 1000
		male := r.IntN(2) == 0
		id := Generate(region, birth, seq, male)
		if err := Validate(id); err != nil {
			t.Fatalf("Generate(%s, %s, %d, %v) = %s: Validate = %v", region, birth.Format(time.DateOnly), seq, male, id, err)
		}
		gotBirth, _ := BirthDate(id)
		if !gotBirth.Equal(birth) {
			t.Fatalf("BirthDate(%s) = %v, want %v", id, gotBirth, birth)
		}
		gotGender, _ := Gender(id)
		if want := map[bool]string{true: Male, false: Female}[male]; gotGender != want {
			t.Fatalf("Gender(%s) = %s, want %s", id, gotGender, want)
		}
		if id[:6] != region {
			t.Fatalf("Generate(%s, …) = %s: region %s, want %s", region, id, id[:6], region)
		}
	}
}

func TestGeneratePanicsOnBadRegion(t *testing.T) {
	for _, region := range []string{"", "11010", "1101011", "11010A"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Generate(%q, …) did not panic", region)
				}
			}()
			Generate(region, time.Now(), 1, true)
		}()
	}
}

func BenchmarkGenerate(b *testing.B) {
	birth := time.Date(1985, 6, 15, 0, 0, 0, 0, time.UTC)
	for i := 0; b.Loop(); i++ {
		Generate("440304", birth, i, i%2 == 0)
	}
}

func BenchmarkValidate(b *testing.B) {
	for b.Loop() {
		_ = Validate("11010519491231002X")
	}
}
