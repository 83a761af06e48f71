package contact

import (
	"errors"
	"strings"
	"testing"
)

func TestMobile(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr error
	}{
		{"OK", "13800138000", "13800138000", nil},
		{"OKPlus86", "+8613800138000", "13800138000", nil},
		{"OKPlus86Grouped", "+86 138-0013-8000", "13800138000", nil},
		{"OK0086", "0086 13800138000", "13800138000", nil},
		{"OK86", "8613800138000", "13800138000", nil},
		{"OKSpaces", " 138 0013 8000 ", "13800138000", nil},
		{"OKDashes", "138-0013-8000", "13800138000", nil},
		{"OKIdeographicSpace", "138\u30000013\u30008000", "13800138000", nil},
		{"OK19", "19912345678", "19912345678", nil},
		{"ErrEmpty", "", "", ErrMobileEmpty},
		{"ErrBlank", "   ", "", ErrMobileEmpty},
		{"ErrLetters", "1380013800O", "", ErrMobileFormat},
		{"ErrParentheses", "(+86)13800138000", "", ErrMobileFormat},
		{"ErrPlusOnly", "+", "", ErrMobileFormat},
		{"ErrFullWidthDigits", "１３８００１３８０００", "", ErrMobileFormat},
		{"ErrOtherCountry", "+85291234567", "", ErrMobileCountry},
		{"ErrOtherCountry00", "0085291234567", "", ErrMobileCountry},
		{"ErrShort", "1380013800", "", ErrMobileLength},
		{"ErrLong", "138001380001", "", ErrMobileLength},
		{"ErrPlus86Short", "+86 1380013800", "", ErrMobileLength},
		{"ErrLandline", "01012345678", "", ErrMobilePrefix},
		{"ErrPrefix12", "12800138000", "", ErrMobilePrefix},
		{"ErrPrefix2", "23800138000", "", ErrMobilePrefix},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Mobile(tt.in)
			if got != tt.want || !errors.Is(err, tt.wantErr) {
				t.Errorf("Mobile(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestEmail(t *testing.T) {
	long := strings.Repeat("a", 64) + "@" + strings.Repeat("b", 185) + ".com" // 254 bytes
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr error
	}{
		{"OK", "zhang.san@example.com", "zhang.san@example.com", nil},
		{"OKDomainLowered", "Zhang.San@Example.COM", "Zhang.San@example.com", nil},
		{"OKTrimmed", "  li@example.cn\n", "li@example.cn", nil},
		{"OKPlusTag", "li+crm@mail.example.com.cn", "li+crm@mail.example.com.cn", nil},
		{"OKUnicode", "张三@例子.中国", "张三@例子.中国", nil},
		{"OKLongest", long, long, nil},
		{"ErrEmpty", "", "", ErrEmailEmpty},
		{"ErrNoAt", "zhang.example.com", "", ErrEmailFormat},
		{"ErrTwoAts", "a@b@example.com", "", ErrEmailFormat},
		{"ErrSpaceInside", "zhang san@example.com", "", ErrEmailFormat},
		{"ErrTrailingDot", "a@example.com.", "", ErrEmailFormat},
		{"ErrTwoAddresses", "a@example.com, b@example.com", "", ErrEmailFormat},
		{"ErrQuoted", `"zhang san"@example.com`, "", ErrEmailFormat},
		{"ErrComment", "a@example.com (work)", "", ErrEmailDisplayName}, // net/mail reads the comment as a name
		{"ErrDisplayName", "Zhang San <zhang@example.com>", "", ErrEmailDisplayName},
		{"ErrAngleBrackets", "<zhang@example.com>", "", ErrEmailDisplayName},
		{"ErrNoDot", "root@localhost", "", ErrEmailDomain},
		{"ErrIPLiteral", "a@[10.0.0.1]", "", ErrEmailDomain},
		{"ErrTooLong", "a" + long, "", ErrEmailLength},
		{"ErrLocalTooLong", strings.Repeat("a", 65) + "@example.com", "", ErrEmailLength},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Email(tt.in)
			if got != tt.want || !errors.Is(err, tt.wantErr) {
				t.Errorf("Email(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestReasonOf(t *testing.T) {
	if got, want := ReasonOf(ErrMobileCountry), ReasonCountry; got != want {
		t.Errorf("ReasonOf(ErrMobileCountry) = %q, want %q", got, want)
	}
	if got := ReasonOf(errors.New("other")); got != "" {
		t.Errorf("ReasonOf(other) = %q, want empty", got)
	}
}
