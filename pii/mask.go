package pii

import (
	"strings"
	"unicode/utf8"

	"github.com/brokercrm/crm/contact"
)

// The masks below work on runes, since names and addresses are Chinese,
// and always return valid UTF-8, since the result goes straight into
// JSON. Each keeps just enough for an advisor to tell two records apart
// on the telephone ("the number ending 5678").

const maskRune = '*'

// MaskIDNumber masks a resident ID number as 110***********1234: the
// region's first three digits say roughly where the client registered and
// the last four are what clients are asked to confirm. Other lengths (old
// 15-digit numbers, passports) keep at most the first and the last two
// characters, and never more than half.
func MaskIDNumber(s string) string {
	r := []rune(s)
	if len(r) == 18 {
		return keep(r, 3, 4)
	}
	tail := min(2, len(r)/2)
	head := min(1, len(r)/2-tail)
	return keep(r, head, tail)
}

// MaskPhone masks a mainland mobile as 138****5678, whatever way it was
// written: the first three digits name the carrier, which helps on the
// telephone and says nothing of the person. Other numbers keep their last
// four characters, or half of a short one such as an extension.
func MaskPhone(s string) string {
	if m, err := contact.Mobile(s); err == nil {
		return keep([]rune(m), 3, 4)
	}
	r := []rune(s)
	return keep(r, 0, min(4, len(r)/2))
}

// MaskEmail masks the part before the @ as its first character and ***,
// keeping the domain: z***@example.com. A one-character local part is
// masked whole, since showing it would show it all. Without an @ the
// whole value is treated as the local part.
func MaskEmail(s string) string {
	if s == "" {
		return ""
	}
	local, domain, hasDomain := s, "", false
	if at := strings.LastIndexByte(s, '@'); at >= 0 {
		local, domain, hasDomain = s[:at], strings.ToValidUTF8(s[at+1:], string(utf8.RuneError)), true
	}
	var b strings.Builder
	if utf8.RuneCountInString(local) > 1 {
		first, _ := utf8.DecodeRuneInString(local)
		b.WriteRune(first)
	}
	b.WriteString("***")
	if hasDomain {
		b.WriteByte('@')
		b.WriteString(domain)
	}
	return b.String()
}

// addressKept is about a province and a city (广东省深圳市): enough to
// know which branch serves the client, not where they live.
const addressKept = 6

// MaskAddress keeps the first six characters of an address, or half of a
// shorter one, then ****. The mask has a fixed length so that it does not
// tell how long the address is.
func MaskAddress(s string) string {
	if s == "" {
		return ""
	}
	r := []rune(s)
	n := min(addressKept, len(r)/2)
	return string(r[:n]) + "****"
}

// keep returns r with all but its first head and last tail runes replaced
// by maskRune; the length stays, as people expect of 138****5678.
func keep(r []rune, head, tail int) string {
	for i := head; i < len(r)-tail; i++ {
		r[i] = maskRune
	}
	return string(r)
}
