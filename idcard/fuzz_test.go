package idcard

import (
	"errors"
	"testing"
	"time"
)

// The seeds cover each rule Validate checks, in the order it checks them;
// testdata/fuzz holds inputs earlier fuzzing runs found interesting.
var residentSeeds = []string{
	"11010519491231002X", "11010519491231002x", "440524188001010014",
	"110105194912310021", // check digit
	"110101199002300011", // 30 February
	"110101189912310010", // before 1900
	"110101299912310015", // in the future
	"11010519491231002", "1101051949123100２X", "11010519491231002Y",
	"1101051949123100XX", "-10105194912310021", "110105+9491231002X",
	"\xff10105194912310021", "",
}

// FuzzValidate checks that whatever Validate accepts, the functions that
// rely on it (BirthDate, Gender, CheckDigit) agree.
func FuzzValidate(f *testing.F) {
	for _, s := range residentSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		err := Validate(id)
		if err != nil {
			if ReasonOf(err) == "" {
				t.Fatalf("Validate(%q) = %v, not an *Error", id, err)
			}
			return
		}
		want, err := CheckDigit(id[:17])
		if err != nil || want != Normalize(id)[17] {
			t.Fatalf("Validate(%q) accepts, but CheckDigit = %q, %v", id, want, err)
		}
		born, err := BirthDate(id)
		if err != nil {
			t.Fatalf("Validate(%q) accepts, but BirthDate: %v", id, err)
		}
		// Today in China may be tomorrow in UTC: allow the 8 hours.
		if got := born.Format("20060102"); got != id[6:14] || born.Year() < 1900 || born.After(time.Now().Add(8*time.Hour)) {
			t.Fatalf("BirthDate(%q) = %v", id, born)
		}
		gender, err := Gender(id)
		if err != nil || (gender == Male) != ((id[16]-'0')%2 == 1) || (gender != Male && gender != Female) {
			t.Fatalf("Gender(%q) = %q, %v", id, gender, err)
		}
	})
}

// FuzzNormalize checks that Normalize only ever upper-cases the check
// character, so that it never changes what Validate says.
func FuzzNormalize(f *testing.F) {
	for _, s := range residentSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		n := Normalize(id)
		if len(n) != len(id) || (n != id && (id[:len(id)-1] != n[:len(n)-1] || id[len(id)-1] != 'x' || n[len(n)-1] != 'X')) {
			t.Fatalf("Normalize(%q) = %q, want only a final x made X", id, n)
		}
		if again := Normalize(n); again != n {
			t.Fatalf("Normalize(%q) = %q, want it unchanged", n, again)
		}
		if a, b := Validate(id), Validate(n); !errors.Is(a, b) && !errors.Is(b, a) {
			t.Fatalf("Validate(%q) = %v but Validate(%q) = %v", id, a, n, b)
		}
	})
}

// FuzzBirthDate checks that BirthDate fails exactly when Validate does,
// with the same error, and otherwise gives midnight UTC.
func FuzzBirthDate(f *testing.F) {
	for _, s := range residentSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, id string) {
		born, err := BirthDate(id)
		if v := Validate(id); err != v {
			t.Fatalf("BirthDate(%q) error %v, Validate error %v", id, err, v)
		}
		if err != nil {
			if !born.IsZero() {
				t.Fatalf("BirthDate(%q) = %v with error %v", id, born, err)
			}
			return
		}
		if born.Location() != time.UTC || born.Truncate(24*time.Hour) != born {
			t.Fatalf("BirthDate(%q) = %v, want midnight UTC", id, born)
		}
	})
}

// FuzzValidateCreditCode checks that an accepted code is in the alphabet
// with a numeric region code and carries its own check character.
func FuzzValidateCreditCode(f *testing.F) {
	for _, s := range []string{
		"91350100M000100Y43", "91350100M000100Y44", "91350100m000100y43",
		"91350100O000100Y43", "913501A0M000100Y43", "91350100M000100Y4I",
		"91350100M000100Y4", "000000000000000000", "YYYYYYYYYYYYYYYYYY",
		"9135010\x00M000100Y43", "\xff1350100M000100Y43", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		err := ValidateCreditCode(code)
		if err != nil {
			if ReasonOf(err) == "" {
				t.Fatalf("ValidateCreditCode(%q) = %v, not an *Error", code, err)
			}
			return
		}
		for i := 0; i < len(code); i++ {
			if creditValue[code[i]] < 0 || (i >= 2 && i < 8 && !isDigit(code[i])) {
				t.Fatalf("ValidateCreditCode(%q) accepts character %d", code, i)
			}
		}
		if want, err := CreditCodeCheck(code[:17]); err != nil || want != code[17] {
			t.Fatalf("ValidateCreditCode(%q) accepts, but CreditCodeCheck = %q, %v", code, want, err)
		}
	})
}
