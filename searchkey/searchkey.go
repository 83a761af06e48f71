// Package searchkey derives the keys client search looks names and phones
// up by, so that the data model, the seed and the importer all store the
// same keys: the pinyin initials of a name (张三丰 → zsf), the bigrams of a
// name (张三丰 → 张三, 三丰) and the last four digits of a phone.
package searchkey

import (
	"slices"
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

var initialsArgs = func() pinyin.Args {
	a := pinyin.NewArgs()
	a.Style = pinyin.FirstLetter
	// Letters and digits in a name (an English company name, "3M") keep
	// their own first letters.
	a.Fallback = func(r rune, _ pinyin.Args) []string {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return []string{strings.ToLower(string(r))}
		}
		return nil
	}
	return a
}()

// Initials returns the lower-case pinyin initials of a name: one letter a
// Chinese character, in the character's most common reading, and latin
// letters and digits as they are. 张三 → zs; 中信Securities → zxsecurities.
func Initials(name string) string {
	var b strings.Builder
	for _, syllable := range pinyin.LazyPinyin(name, initialsArgs) {
		b.WriteString(syllable)
	}
	return b.String()
}

// Bigrams returns the distinct pairs of adjacent characters of a name, in
// the order they first occur: 张三丰 → 张三, 三丰. Only letters and digits
// count, and a pair may span what was left out between them (Tom Lee →
// to, om, ml, le, ee), so that the bigrams of any part of a name are
// among the name's own: a search finds a name by a substring through
// them. Latin letters are lower-cased, so that a pair does not depend on
// the case the name was typed in. A name of fewer than two letters and
// digits has none.
func Bigrams(name string) []string {
	var grams []string
	var prev rune = -1
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		r = unicode.ToLower(r)
		if prev >= 0 {
			if g := string([]rune{prev, r}); !slices.Contains(grams, g) {
				grams = append(grams, g)
			}
		}
		prev = r
	}
	return grams
}

// PhoneLast4 returns the last four digits of a phone number, ignoring
// spaces, dashes and other punctuation; "" when it has fewer digits.
func PhoneLast4(phone string) string {
	digits := make([]byte, 0, len(phone))
	for i := 0; i < len(phone); i++ {
		if c := phone[i]; c >= '0' && c <= '9' {
			digits = append(digits, c)
		}
	}
	if len(digits) < 4 {
		return ""
	}
	return string(digits[len(digits)-4:])
}
