package idcard

import "time"

// Layout of an 18-character resident identity number: a 6-digit region
// code, an 8-digit birth date (YYYYMMDD), a 3-digit order code whose
// parity gives the gender, and a check character.
const (
	idLength    = 18
	birthStart  = 6
	birthEnd    = 14
	genderDigit = 16
)

// Genders as Gender reports them; they match the CRM's enum values.
const (
	Male   = "MALE"
	Female = "FEMALE"
)

// residentWeights are 2^(18-i) mod 11 for positions i = 1…17, the
// ISO 7064 MOD 11-2 weights.
var residentWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// residentCheckChars maps the weighted sum mod 11 to the check character.
const residentCheckChars = "10X98765432"

// chinaTime is Beijing time: "not born in the future" is judged by the
// calendar date in China, not in UTC, so that someone born early today
// is accepted.
var chinaTime = time.FixedZone("CST", 8*60*60)

// now is a variable so that tests can move the clock.
var now = time.Now

// CheckDigit returns the ISO 7064 MOD 11-2 check character ('0'–'9' or
// 'X') of the first 17 digits of an ID number.
func CheckDigit(first17 string) (byte, error) {
	if len(first17) != 17 {
		return 0, ErrLength
	}
	sum := 0
	for i := range 17 {
		c := first17[i]
		if !isDigit(c) {
			return 0, ErrFormat
		}
		sum += int(c-'0') * residentWeights[i]
	}
	return residentCheckChars[sum%11], nil
}

// Validate checks, in this order, the length, the characters, the birth
// date (a real calendar date from 1900 on, not after today in China) and
// the check character. A lower-case x is accepted as the check character
// because people type it; store Normalize(id).
func Validate(id string) error {
	if len(id) != idLength {
		return ErrLength
	}
	want, err := CheckDigit(id[:17])
	if err != nil {
		return err
	}
	last := upperX(id[17])
	if !isDigit(last) && last != 'X' {
		return ErrFormat
	}
	if _, ok := birthDate(id); !ok {
		return ErrBirthDate
	}
	if last != want {
		return ErrCheckDigit
	}
	return nil
}

// Normalize returns id with a trailing lower-case x made upper case, the
// form to store and compare.
func Normalize(id string) string {
	if len(id) == idLength && id[17] == 'x' {
		return id[:17] + "X"
	}
	return id
}

// BirthDate returns the birth date of a valid ID number, at midnight UTC.
// An invalid number gives Validate's error: a number with a wrong check
// character may have a mistyped date too.
func BirthDate(id string) (time.Time, error) {
	if err := Validate(id); err != nil {
		return time.Time{}, err
	}
	t, _ := birthDate(id)
	return t, nil
}

// Gender returns Male or Female for a valid ID number: the order code's
// last digit is odd for men. An invalid number gives Validate's error.
func Gender(id string) (string, error) {
	if err := Validate(id); err != nil {
		return "", err
	}
	if (id[genderDigit]-'0')%2 == 1 {
		return Male, nil
	}
	return Female, nil
}

// birthDate reads the date in places 7–14 of an 18-character number whose
// first 17 characters are digits. Parsing by hand rather than with
// time.Parse keeps Validate allocation-free.
func birthDate(id string) (time.Time, bool) {
	y := atoi(id[birthStart : birthStart+4])
	m := atoi(id[birthStart+4 : birthStart+6])
	d := atoi(id[birthStart+6 : birthEnd])
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	// time.Date normalises 30 February to 2 March: a real date survives
	// the round trip unchanged.
	if t.Year() != y || int(t.Month()) != m || t.Day() != d || y < 1900 {
		return time.Time{}, false
	}
	ty, tm, td := now().In(chinaTime).Date()
	if t.After(time.Date(ty, tm, td, 0, 0, 0, 0, time.UTC)) {
		return time.Time{}, false
	}
	return t, true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func upperX(c byte) byte {
	if c == 'x' {
		return 'X'
	}
	return c
}

// atoi reads a short run of ASCII digits the caller has checked.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
