package idcard

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestCreditCodeCheck(t *testing.T) {
	tests := []struct {
		first17 string
		want    byte
		wantErr error
	}{
		// 9·1+1·3+3·9+5·27+1·26+M(21)·20+1·8+Y(30)·30+4·28 = 1640;
		// 1640 mod 31 = 28; 31-28 = 3.
		{"91350100M000100Y4", '3', nil},
		{"9135010", 0, ErrCreditCodeLength},
		{"91350100M000100I4", 0, ErrCreditCodeFormat}, // I is not in the alphabet
		{"91350100m000100Y4", 0, ErrCreditCodeFormat}, // lower case
	}
	for _, tt := range tests {
		got, err := CreditCodeCheck(tt.first17)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("CreditCodeCheck(%q) = %q, %v; want %q, %v", tt.first17, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestCreditCodeCheckZero covers the one special case of the formula: a
// sum divisible by 31 gives 31-0 = 31, which is written as 0.
func TestCreditCodeCheckZero(t *testing.T) {
	// 17 zeros sum to 0.
	if got, err := CreditCodeCheck("00000000000000000"); got != '0' || err != nil {
		t.Errorf("CreditCodeCheck(17 zeros) = %q, %v; want '0', nil", got, err)
	}
}

func TestValidateCreditCode(t *testing.T) {
	tests := []struct {
		name string
		code string
		want error
	}{
		{"published example", "91350100M000100Y43", nil},
		{"composed", ComposeCreditCode("91", "440300", "MA5D1234"), nil},
		{"wrong check character", "91350100M000100Y44", ErrCreditCodeCheckDigit},
		{"swapped characters", "93150100M000100Y43", ErrCreditCodeCheckDigit},
		{"lower case", "91350100m000100y43", ErrCreditCodeFormat},
		{"letter O", "91350100O000100Y43", ErrCreditCodeFormat},
		{"letter in region code", "913501A0M000100Y43", ErrCreditCodeFormat},
		{"bad check character", "91350100M000100Y4I", ErrCreditCodeFormat},
		{"17 characters", "91350100M000100Y4", ErrCreditCodeLength},
		{"old 15-digit licence number", "350100100001234", ErrCreditCodeLength},
		{"empty", "", ErrCreditCodeLength},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ValidateCreditCode(tt.code); !errors.Is(got, tt.want) {
				t.Errorf("ValidateCreditCode(%q) = %v, want %v", tt.code, got, tt.want)
			}
		})
	}
}

func TestOrgCodeCheck(t *testing.T) {
	tests := []struct {
		body    string
		want    byte
		wantErr error
	}{
		// M(22)·3+1·5+Y(34)·2 = 139; 139 mod 11 = 7; 11-7 = 4: the
		// organisation code inside the published credit code above.
		{"M000100Y", '4', nil},
		{"00000000", '0', nil}, // 11-0 = 11 is written 0
		{"40000000", 'X', nil}, // 4·3 = 12 ≡ 1; 11-1 = 10 is written X
		{"M000100", 0, ErrCreditCodeLength},
		{"M000100I", 0, ErrCreditCodeFormat},
	}
	for _, tt := range tests {
		got, err := OrgCodeCheck(tt.body)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("OrgCodeCheck(%q) = %q, %v; want %q, %v", tt.body, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestGenerateCreditCode(t *testing.T) {
	if got, want := GenerateCreditCode("91350100M000100Y4"), "91350100M000100Y43"; got != want {
		t.Errorf("GenerateCreditCode = %q, want %q", got, want)
	}
}

// TestGeneratedCreditCodesValidate builds codes from random parts of the
// alphabet: all must validate, and changing any one character must not.
func TestGeneratedCreditCodesValidate(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pick := func(alphabet string, n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte(alphabet[r.IntN(len(alphabet))])
		}
		return b.String()
	}
	for range 20000 {
		code := ComposeCreditCode(pick(creditCharset, 2), pick("0123456789", 6), pick(creditCharset, 8))
		if err := ValidateCreditCode(code); err != nil {
			t.Fatalf("ValidateCreditCode(%s) = %v", code, err)
		}
		if c, _ := OrgCodeCheck(code[8:16]); code[16] != c {
			t.Fatalf("code %s: organisation code check %q, want %q", code, code[16], c)
		}
		// A single changed character is always caught: 31 is prime and no
		// weight is a multiple of it.
		i := r.IntN(18)
		if i >= 2 && i < 8 {
			i = 0 // keep the mutated code's region code digits
		}
		b := []byte(code)
		b[i] = creditCharset[(int(creditValue[b[i]])+1+r.IntN(30))%31]
		if err := ValidateCreditCode(string(b)); err == nil {
			t.Fatalf("ValidateCreditCode(%s), one character off %s, = nil", b, code)
		}
	}
	full := GenerateCreditCode(pick(creditCharset, 2) + pick("0123456789", 6) + pick(creditCharset, 9))
	if err := ValidateCreditCode(full); err != nil {
		t.Errorf("ValidateCreditCode(%s) = %v", full, err)
	}
}

func TestCreditCodePanicsOnBadInput(t *testing.T) {
	for name, f := range map[string]func(){
		"generate short":    func() { GenerateCreditCode("9135") },
		"generate letter O": func() { GenerateCreditCode("91350100O000100Y4") },
		"compose region":    func() { ComposeCreditCode("91", "3501A0", "M000100Y") },
		"compose body":      func() { ComposeCreditCode("91", "350100", "M00010") },
		"compose alphabet":  func() { ComposeCreditCode("91", "350100", "M00010IY") },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s did not panic", name)
				}
			}()
			f()
		}()
	}
}
