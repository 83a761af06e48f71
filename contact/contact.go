// Package contact validates and normalises the ways of reaching a client
// that the CRM records: mainland China mobile numbers and email addresses.
//
// Each validator returns the form to store, so that equal numbers and
// addresses compare equal, or an *Error whose message says in plain
// English what is wrong, since it may be shown to the advisor who typed
// the value.
package contact

import (
	"errors"
	"net/mail"
	"strings"
	"unicode"
)

// Reason names the rule a value broke. The values are stable: APIs may
// pass them on to their clients as error codes.
type Reason string

// The reasons a value is rejected.
const (
	ReasonEmpty       Reason = "EMPTY"
	ReasonFormat      Reason = "FORMAT"
	ReasonLength      Reason = "LENGTH"
	ReasonPrefix      Reason = "PREFIX"
	ReasonCountry     Reason = "COUNTRY"
	ReasonDisplayName Reason = "DISPLAY_NAME"
	ReasonDomain      Reason = "DOMAIN"
)

// Error is the type of every error this package returns. The exported
// Err… values are the only instances, so errors.Is works on them and
// errors.As gives the Reason.
type Error struct {
	Reason Reason
	msg    string
}

func (e *Error) Error() string { return e.msg }

// Errors of mobile numbers.
var (
	ErrMobileEmpty   = &Error{ReasonEmpty, "the mobile number is empty"}
	ErrMobileFormat  = &Error{ReasonFormat, "a mobile number may only contain digits, spaces, dashes and a leading +86"}
	ErrMobileCountry = &Error{ReasonCountry, "only mainland China mobile numbers (+86) are accepted"}
	ErrMobileLength  = &Error{ReasonLength, "a mainland China mobile number has 11 digits"}
	ErrMobilePrefix  = &Error{ReasonPrefix, "a mainland China mobile number starts with 13 to 19"}
)

// Errors of email addresses.
var (
	ErrEmailEmpty       = &Error{ReasonEmpty, "the email address is empty"}
	ErrEmailFormat      = &Error{ReasonFormat, "the email address is not of the form name@example.com"}
	ErrEmailDisplayName = &Error{ReasonDisplayName, "give the email address alone, without a name, comment or angle brackets"}
	ErrEmailLength      = &Error{ReasonLength, "an email address has at most 254 characters, and at most 64 before the @"}
	ErrEmailDomain      = &Error{ReasonDomain, "the part after the @ must be an internet domain such as example.com"}
)

// ReasonOf returns the Reason of an error of this package found in err's
// chain, or "" when there is none.
func ReasonOf(err error) Reason {
	var e *Error
	if errors.As(err, &e) {
		return e.Reason
	}
	return ""
}

const mobileLength = 11

// Mobile returns the 11 bare digits of a mainland China mobile number.
// People write the country code as +86, 0086 or 86 and group the digits
// with spaces or dashes; all of that is accepted and dropped, so that one
// number is stored one way.
func Mobile(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ErrMobileEmpty
	}
	plus := strings.HasPrefix(s, "+")
	if plus {
		s = s[1:]
	}
	digits := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits = append(digits, byte(r))
		case r == '-' || unicode.IsSpace(r):
			// Grouping only: 138-0013-8000, 138 0013 8000.
		default:
			return "", ErrMobileFormat
		}
	}
	d := string(digits)
	switch {
	case d == "":
		return "", ErrMobileFormat
	case plus && !strings.HasPrefix(d, "86"):
		return "", ErrMobileCountry
	case plus:
		d = d[2:]
	case strings.HasPrefix(d, "0086"):
		d = d[4:]
	case len(d) > mobileLength && strings.HasPrefix(d, "00"):
		// 00 is the international call prefix: another country's number.
		return "", ErrMobileCountry
	case len(d) == mobileLength+2 && strings.HasPrefix(d, "86"):
		// No mobile number starts with 8, so a leading 86 on 13 digits
		// can only be the country code.
		d = d[2:]
	}
	if len(d) != mobileLength {
		return "", ErrMobileLength
	}
	if d[0] != '1' || d[1] < '3' {
		return "", ErrMobilePrefix
	}
	return d, nil
}

// The limits are RFC 5321's, in bytes as the RFC counts them; the
// database column is 254 bytes too, so whatever Email accepts fits.
const (
	maxEmailLength = 254
	maxLocalLength = 64
)

// Email returns an email address with its domain in lower case; the part
// before the @ keeps its case because, strictly, mail servers may treat it
// as significant. Only a bare address is accepted: a display name, angle
// brackets, quotes or comments would be lost or mangled when the address
// is shown and used again, so the advisor is asked to remove them.
func Email(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", ErrEmailEmpty
	}
	addr, err := mail.ParseAddress(s)
	switch {
	case err != nil:
		return "", ErrEmailFormat
	case addr.Name != "" || strings.ContainsAny(s, "<>"):
		return "", ErrEmailDisplayName
	case addr.Address != s:
		// Quoted local parts and comments parse, but do not come back
		// out as typed.
		return "", ErrEmailFormat
	}
	at := strings.LastIndexByte(s, '@')
	local, domain := s[:at], strings.ToLower(s[at+1:])
	if err := checkDomain(domain); err != nil {
		return "", err
	}
	out := local + "@" + domain
	if len(local) > maxLocalLength || len(out) > maxEmailLength {
		return "", ErrEmailLength
	}
	return out, nil
}

// checkDomain asks for at least two labels: net/mail accepts "localhost"
// and "[10.0.0.1]", which are valid on a LAN but never a client's address.
func checkDomain(domain string) error {
	if strings.HasPrefix(domain, "[") || !strings.Contains(domain, ".") {
		return ErrEmailDomain
	}
	return nil
}
