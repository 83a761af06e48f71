package contact

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The seeds are the table tests' inputs plus shapes near the rules'
// edges; testdata/fuzz holds what earlier fuzzing runs found interesting.

func FuzzMobile(f *testing.F) {
	for _, s := range []string{
		"13800138000", "+86 138-0013-8000", "0086 13800138000", "8613800138000",
		"+", "+86", "0086", "86", "00", "+8686", "86 86 86 86 86 86 8",
		"1380013800O", "+85291234567", "01012345678", "\u3000138 0013 8000",
		"138\x000013\x008000", "\xff13800138000",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Mobile(s)
		if err != nil {
			if got != "" || ReasonOf(err) == "" {
				t.Fatalf("Mobile(%q) = %q, %v; want \"\" and an *Error", s, got, err)
			}
			return
		}
		if len(got) != 11 || got[0] != '1' || got[1] < '3' || strings.Trim(got, "0123456789") != "" {
			t.Fatalf("Mobile(%q) = %q, not 11 digits starting 13–19", s, got)
		}
		if again, err := Mobile(got); again != got || err != nil {
			t.Fatalf("Mobile(%q) = %q, %v; want it unchanged", got, again, err)
		}
	})
}

func FuzzEmail(f *testing.F) {
	for _, s := range []string{
		"zhang.san@example.com", "Zhang.San@Example.COM", "张三@例子.中国",
		"a@b.c", "a@b..c", "a@-b.c", "@example.com", "a@", "a@b@c.d",
		`"a b"@example.com`, "a@example.com (work)", "Zhang <z@example.com>",
		"=?utf-8?q?Zhang?= <z@example.com>", "a@[10.0.0.1]", "root@localhost",
		"A@ÀÉÎ.COM", "a@\u212a.com", "a@\u0130.com",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Email(s)
		if err != nil {
			if got != "" || ReasonOf(err) == "" {
				t.Fatalf("Email(%q) = %q, %v; want \"\" and an *Error", s, got, err)
			}
			return
		}
		if len(got) > maxEmailLength || !utf8.ValidString(got) {
			t.Fatalf("Email(%q) = %q: %d bytes or invalid UTF-8", s, got, len(got))
		}
		if again, err := Email(got); again != got || err != nil {
			t.Fatalf("Email(%q) = %q, %v; want it unchanged", got, again, err)
		}
	})
}
