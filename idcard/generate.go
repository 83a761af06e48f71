package idcard

import "time"

// Generate builds a valid ID number from a 6-digit region code, a birth
// date and a 3-digit order code (0–999, taken modulo 1000). The order
// code's last bit is flipped when its parity disagrees with the gender,
// so any sequence works for either gender. Validate accepts the result
// when the birth date is from 1900 to today.
//
// Generate is for test and demo data and is called once per seeded client,
// so it writes into a fixed buffer instead of formatting. It panics on a
// region code that is not six digits: that is a bug in the caller, and a
// silently invalid number would only surface much later.
func Generate(regionCode string, birth time.Time, sequence int, male bool) string {
	if len(regionCode) != 6 || !allDigits(regionCode) {
		panic("idcard: region code " + regionCode + " is not six digits")
	}
	sequence %= 1000
	if sequence < 0 {
		sequence += 1000
	}
	if (sequence%2 == 1) != male {
		sequence ^= 1
	}
	var b [idLength]byte
	copy(b[:], regionCode)
	y, m, d := birth.Date()
	putDigits(b[6:10], (y%10000+10000)%10000) // stays digits even for absurd years
	putDigits(b[10:12], int(m))
	putDigits(b[12:14], d)
	putDigits(b[14:17], sequence)
	sum := 0
	for i := range 17 {
		sum += int(b[i]-'0') * residentWeights[i]
	}
	b[17] = residentCheckChars[sum%11]
	return string(b[:])
}

// putDigits writes the last len(dst) decimal digits of a non-negative n,
// zero-padded.
func putDigits(dst []byte, n int) {
	for i := len(dst) - 1; i >= 0; i-- {
		dst[i] = byte('0' + n%10)
		n /= 10
	}
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}
