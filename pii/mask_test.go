package pii_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/brokercrm/crm/contact"
	"github.com/brokercrm/crm/pii"
)

func TestMaskIDNumber(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"11010519491231002X", "110***********002X"},
		{"110105194912310021", "110***********0021"},
		{"110105491231002", "1************02"}, // the old 15-digit number
		{"E12345678", "E******78"},             // a passport
		{"123456", "1***56"},
		{"12345", "***45"}, // 1+2 would be more than half
		{"1234", "**34"},
		{"12", "*2"},
		{"1", "*"},
		{"粤A12345", "粤****45"},
		{"\xff\xfe", "*\uFFFD"}, // invalid bytes come out as U+FFFD, never raw
	}
	for _, tt := range tests {
		if got := pii.MaskIDNumber(tt.in); got != tt.want {
			t.Errorf("MaskIDNumber(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMaskPhone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"13812345678", "138****5678"},
		{"+86 138-1234-5678", "138****5678"},
		{"008613812345678", "138****5678"},
		{"010-62345678", "********5678"},
		{"+852 9123 4567", "**********4567"},
		{"8008", "**08"}, // an extension: half, not all four
		{"12", "*2"},
		{"1", "*"},
	}
	for _, tt := range tests {
		if got := pii.MaskPhone(tt.in); got != tt.want {
			t.Errorf("MaskPhone(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMaskEmail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"zhang.san@example.com", "z***@example.com"},
		{"张三@例子.中国", "张***@例子.中国"},
		{"z@example.com", "***@example.com"}, // the first character is all of it
		{"@example.com", "***@example.com"},
		{`"a@b"@example.com`, `"***@example.com`},
		{"not an address", "n***"},
		{"ab@\xff.com", "a***@\uFFFD.com"},
	}
	for _, tt := range tests {
		if got := pii.MaskEmail(tt.in); got != tt.want {
			t.Errorf("MaskEmail(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMaskAddress(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"广东省深圳市南山区科技园南区深南大道10000号", "广东省深圳市****"},
		{"北京市朝阳区建国路88号", "北京市朝阳区****"},
		{"北京市朝阳区", "北京市****"}, // six characters: only half of them
		{"上海", "上****"},
		{"x", "****"},
		{"1 Main Street, Springfield", "1 Main****"},
	}
	for _, tt := range tests {
		if got := pii.MaskAddress(tt.in); got != tt.want {
			t.Errorf("MaskAddress(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// The fuzz tests check what a mask promises, not how it is computed:
// output that is valid UTF-8 and not longer than it should be, and no
// character of the masked part showing through. They have seeds only:
// the pii package's testdata belongs to its owner.

// shown checks that out has the rune length of in, that every rune of out
// other than the first head and last tail is the mask, that at most limit
// runes show, and that the masked middle of in (when it is longer than
// either end, so that it cannot be one of them) is not in out.
func shown(t *testing.T, in, out string, head, tail, limit int) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("%q → %q: not valid UTF-8", in, out)
	}
	r, o := []rune(in), []rune(out)
	if len(o) != len(r) {
		t.Fatalf("%q → %q: %d runes, want %d", in, out, len(o), len(r))
	}
	n := 0
	for i, c := range o {
		if c == '*' {
			continue
		}
		n++
		if i >= head && i < len(o)-tail {
			t.Fatalf("%q → %q: rune %d shows", in, out, i)
		}
	}
	if n > limit {
		t.Fatalf("%q → %q: %d runes show, want at most %d", in, out, n, limit)
	}
	if len(r) > head+tail {
		middle := string(r[head : len(r)-tail])
		if len(r)-head-tail > max(head, tail) && !strings.ContainsRune(middle, '*') && strings.Contains(out, middle) {
			t.Fatalf("%q → %q: the masked %q shows", in, out, middle)
		}
	}
}

func FuzzMaskIDNumber(f *testing.F) {
	for _, s := range []string{"", "11010519491231002X", "110105491231002", "1234", "1", "粤A12345", "\xff\xfe", "000000000000000000", "**************1234"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := pii.MaskIDNumber(s)
		n := utf8.RuneCountInString(s)
		if n == 18 {
			shown(t, s, out, 3, 4, 7)
		} else {
			shown(t, s, out, 1, 2, min(3, n/2))
		}
	})
}

func FuzzMaskPhone(f *testing.F) {
	for _, s := range []string{"", "13812345678", "+86 138-1234-5678", "13856785678", "010-62345678", "8008", "+852 9123 4567", "1381234567８", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := pii.MaskPhone(s)
		if m, err := contact.Mobile(s); err == nil {
			if want := m[:3] + "****" + m[7:]; out != want {
				t.Fatalf("MaskPhone(%q) = %q, want %q", s, out, want)
			}
			return
		}
		shown(t, s, out, 0, 4, min(4, utf8.RuneCountInString(s)/2))
	})
}

func FuzzMaskEmail(f *testing.F) {
	for _, s := range []string{"", "zhang.san@example.com", "张三@例子.中国", "z@example.com", "@", "@@", `"a@b"@example.com`, "ab@\xff.com", "\xffa@b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := pii.MaskEmail(s)
		if s == "" {
			if out != "" {
				t.Fatalf("MaskEmail(\"\") = %q", out)
			}
			return
		}
		if !utf8.ValidString(out) || utf8.RuneCountInString(out) > utf8.RuneCountInString(s)+3 {
			t.Fatalf("MaskEmail(%q) = %q: invalid UTF-8 or too long", s, out)
		}
		local, wantRest := s, ""
		if at := strings.LastIndexByte(s, '@'); at >= 0 {
			local, wantRest = s[:at], "@"+strings.ToValidUTF8(s[at+1:], "\uFFFD")
		}
		shown, ok := strings.CutSuffix(out, "***"+wantRest)
		if !ok || utf8.RuneCountInString(shown) > 1 || (shown != "" && utf8.RuneCountInString(local) < 2) {
			t.Fatalf("MaskEmail(%q) = %q: want at most the first character, then ***%s", s, out, wantRest)
		}
	})
}

func FuzzMaskAddress(f *testing.F) {
	for _, s := range []string{"", "广东省深圳市南山区科技园南区深南大道10000号", "北京市朝阳区", "x", "\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8\xf7\xf6\xf5\xf4\xf3", "******深圳市南山区"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := pii.MaskAddress(s)
		if s == "" {
			if out != "" {
				t.Fatalf("MaskAddress(\"\") = %q", out)
			}
			return
		}
		r := []rune(s)
		kept, ok := strings.CutSuffix(out, "****")
		k := utf8.RuneCountInString(kept)
		if !ok || !utf8.ValidString(out) || k > min(6, len(r)/2) || kept != string(r[:k]) {
			t.Fatalf("MaskAddress(%q) = %q: want at most min(6, half) leading characters, then ****", s, out)
		}
		if rest := string(r[k:]); len(r)-k > 6 && !strings.ContainsRune(rest, '*') && strings.Contains(out, rest) {
			t.Fatalf("MaskAddress(%q) = %q: the masked %q shows", s, out, rest)
		}
	})
}
