// Package idcard validates and builds China's 18-digit resident identity
// numbers (GB 11643-1999).
package idcard

import (
	"errors"
	"fmt"
	"time"
)

// Errors returned by Validate.
var (
	ErrLength     = errors.New("an ID number has 18 characters")
	ErrFormat     = errors.New("an ID number is 17 digits and a digit or X")
	ErrBirthDate  = errors.New("the birth date in the ID number is not a real date")
	ErrCheckDigit = errors.New("the check digit of the ID number is wrong")
)

var weights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

const checkChars = "10X98765432"

// CheckDigit returns the ISO 7064 MOD 11-2 check character of the first
// 17 digits.
func CheckDigit(first17 string) (byte, error) {
	if len(first17) != 17 {
		return 0, ErrLength
	}
	sum := 0
	for i := 0; i < 17; i++ {
		c := first17[i]
		if c < '0' || c > '9' {
			return 0, ErrFormat
		}
		sum += int(c-'0') * weights[i]
	}
	return checkChars[sum%11], nil
}

// Validate checks length, format, birth date and check digit.
func Validate(id string) error {
	if len(id) != 18 {
		return ErrLength
	}
	want, err := CheckDigit(id[:17])
	if err != nil {
		return err
	}
	last := id[17]
	if last == 'x' {
		last = 'X'
	}
	if (last < '0' || last > '9') && last != 'X' {
		return ErrFormat
	}
	if _, err := BirthDate(id); err != nil {
		return err
	}
	if last != want {
		return ErrCheckDigit
	}
	return nil
}

// BirthDate reads the birth date of an ID number.
func BirthDate(id string) (time.Time, error) {
	if len(id) != 18 {
		return time.Time{}, ErrLength
	}
	t, err := time.Parse("20060102", id[6:14])
	if err != nil || t.Year() < 1900 || t.After(time.Now()) {
		return time.Time{}, ErrBirthDate
	}
	return t, nil
}

// Generate builds a valid ID number; the sequence's parity is adjusted to
// the gender (odd for men).
func Generate(regionCode string, birth time.Time, sequence int, male bool) string {
	sequence %= 1000
	if (sequence%2 == 1) != male {
		sequence ^= 1
	}
	first17 := fmt.Sprintf("%s%s%03d", regionCode, birth.Format("20060102"), sequence)
	c, _ := CheckDigit(first17)
	return first17 + string(c)
}
