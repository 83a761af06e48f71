package idcard

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"
)

func TestCheckDigit(t *testing.T) {
	tests := []struct {
		first17 string
		want    byte
		wantErr error
	}{
		// 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2
		// = 167; 167 mod 11 = 2, which maps to X.
		{"11010519491231002", 'X', nil},
		{"44052418800101001", '4', nil},
		{"11010119900307001", '1', nil}, // sum 154 ≡ 0
		{"1101051949123100", 0, ErrLength},
		{"1101051949123100A", 0, ErrFormat},
	}
	for _, tt := range tests {
		got, err := CheckDigit(tt.first17)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("CheckDigit(%q) = %q, %v; want %q, %v", tt.first17, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestCheckDigitMatchesTextbookFormula cross-checks the table-driven
// implementation against the standard's formula written another way:
// check = (12 - sum mod 11) mod 11, with 10 written as X.
func TestCheckDigitMatchesTextbookFormula(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		var b [17]byte
		sum := 0
		for i := range b {
			d := r.IntN(10)
			b[i] = byte('0' + d)
			sum += d * ((1 << (17 - i)) % 11) // weight 2^(18-place) mod 11
		}
		v := (12 - sum%11) % 11
		want := byte('0' + v)
		if v == 10 {
			want = 'X'
		}
		got, err := CheckDigit(string(b[:]))
		if err != nil || got != want {
			t.Fatalf("CheckDigit(%s) = %q, %v; want %q", b[:], got, err, want)
		}
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name string
		id   string
		want error
	}{
		{"published example", "11010519491231002X", nil},
		{"lower-case x", "11010519491231002x", nil},
		{"digit check character", "110101199003070011", nil},
		{"leap day", "110101200002290018", nil},
		{"wrong check digit", "110105194912310021", ErrCheckDigit},
		{"wrong check digit X", "11010119900307001X", ErrCheckDigit},
		{"30 February", "110101199002300011", ErrBirthDate},
		{"29 February, not a leap year", "110101190002290011", ErrBirthDate},
		{"month 13", "110101199013010011", ErrBirthDate},
		{"day 0", "110101199001000011", ErrBirthDate},
		{"born in the future", "110101299001010011", ErrBirthDate},
		// Published as a valid old-style example, with a correct check
		// digit, but born in 1880: before the 1900 floor the CRM demands.
		{"born before 1900", "440524188001010014", ErrBirthDate},
		{"17 characters", "11010519491231002", ErrLength},
		{"19 characters", "11010519491231002X1", ErrLength},
		{"empty", "", ErrLength},
		{"15-digit old number", "110105491231002", ErrLength},
		{"letter inside", "11010519491231O02X", ErrFormat},
		{"bad last character", "11010519491231002Y", ErrFormat},
		{"X not last", "X10105194912310021", ErrFormat},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Validate(tt.id); !errors.Is(got, tt.want) {
				t.Errorf("Validate(%q) = %v, want %v", tt.id, got, tt.want)
			}
		})
	}
}

func TestValidateFullWidthIsLengthOrFormat(t *testing.T) {
	// 18 bytes of multi-byte characters must not pass as 18 characters.
	id := "１１０１０５" // 6 runes, 18 bytes
	if got, want := ReasonOf(Validate(id)), ReasonFormat; got != want {
		t.Errorf("ReasonOf(Validate(%q)) = %q, want %q", id, got, want)
	}
}

// TestValidateBornTodayInChina checks that "not in the future" is judged
// by the date in Beijing: at 01:00 on 1 March in China it is still
// 28 February in UTC, and a baby born that day is valid.
func TestValidateBornTodayInChina(t *testing.T) {
	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return time.Date(2024, 2, 29, 17, 0, 0, 0, time.UTC) } // 01:00 on 1 March in Beijing
	today := Generate("110101", time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), 1, true)
	if err := Validate(today); err != nil {
		t.Errorf("Validate(%s) = %v, want nil", today, err)
	}
	tomorrow := Generate("110101", time.Date(2024, 3, 2, 0, 0, 0, 0, time.UTC), 1, true)
	if got, want := Validate(tomorrow), ErrBirthDate; got != want {
		t.Errorf("Validate(%s) = %v, want %v", tomorrow, got, want)
	}
}

func TestBirthDate(t *testing.T) {
	tests := []struct {
		id      string
		want    time.Time
		wantErr error
	}{
		{"11010519491231002X", time.Date(1949, 12, 31, 0, 0, 0, 0, time.UTC), nil},
		{"110101200002290018", time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC), nil},
		{"110101199002300011", time.Time{}, ErrBirthDate},
		{"110105194912310021", time.Time{}, ErrCheckDigit},
	}
	for _, tt := range tests {
		got, err := BirthDate(tt.id)
		if !got.Equal(tt.want) || !errors.Is(err, tt.wantErr) {
			t.Errorf("BirthDate(%q) = %v, %v; want %v, %v", tt.id, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestGender(t *testing.T) {
	tests := []struct {
		id      string
		want    string
		wantErr error
	}{
		{"11010519491231002X", Female, nil}, // order code 002
		{"110101199003070011", Male, nil},   // order code 001
		{"11010519491231002x", Female, nil},
		{"1101051949123100", "", ErrLength},
		{"110105194912310021", "", ErrCheckDigit},
	}
	for _, tt := range tests {
		got, err := Gender(tt.id)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("Gender(%q) = %q, %v; want %q, %v", tt.id, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ id, want string }{
		{"11010519491231002x", "11010519491231002X"},
		{"11010519491231002X", "11010519491231002X"},
		{"110101199003070011", "110101199003070011"},
		{"x", "x"},
	}
	for _, tt := range tests {
		if got := Normalize(tt.id); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

func TestErrorsCarryReasons(t *testing.T) {
	tests := []struct {
		err  error
		want Reason
	}{
		{ErrLength, ReasonLength},
		{ErrFormat, ReasonFormat},
		{ErrBirthDate, ReasonBirthDate},
		{ErrCheckDigit, ReasonCheckDigit},
		{ErrCreditCodeLength, ReasonLength},
		{ErrCreditCodeFormat, ReasonFormat},
		{ErrCreditCodeCheckDigit, ReasonCheckDigit},
		{errors.New("other"), ""},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := ReasonOf(tt.err); got != tt.want {
			t.Errorf("ReasonOf(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
	wrapped := errors.Join(errors.New("client 7"), ErrBirthDate)
	if got, want := ReasonOf(wrapped), ReasonBirthDate; got != want {
		t.Errorf("ReasonOf(wrapped) = %q, want %q", got, want)
	}
	if !errors.Is(wrapped, ErrBirthDate) {
		t.Errorf("errors.Is(wrapped, ErrBirthDate) = false, want true")
	}
}
