package idcard

import "errors"

// Reason names the rule a number broke. The values are stable: APIs may
// pass them on to their clients as error codes.
type Reason string

// The reasons a number is rejected.
const (
	ReasonLength     Reason = "LENGTH"
	ReasonFormat     Reason = "FORMAT"
	ReasonBirthDate  Reason = "BIRTH_DATE"
	ReasonCheckDigit Reason = "CHECK_DIGIT"
)

// Error is the type of every error this package returns. The exported
// Err… values are the only instances, so errors.Is works on them, and
// errors.As gives the Reason for code that only wants the code.
type Error struct {
	Reason Reason
	msg    string
}

func (e *Error) Error() string { return e.msg }

// Errors of resident identity numbers. The messages are plain sentences
// because they may be shown to the advisor who typed the number.
var (
	ErrLength     = &Error{ReasonLength, "an ID number has 18 characters"}
	ErrFormat     = &Error{ReasonFormat, "an ID number is 17 digits followed by a digit or X"}
	ErrBirthDate  = &Error{ReasonBirthDate, "the birth date in the ID number is not a real past date"}
	ErrCheckDigit = &Error{ReasonCheckDigit, "the check digit of the ID number is wrong"}
)

// Errors of unified social credit codes.
var (
	ErrCreditCodeLength     = &Error{ReasonLength, "a unified social credit code has 18 characters"}
	ErrCreditCodeFormat     = &Error{ReasonFormat, "a unified social credit code uses digits and the capital letters ABCDEFGHJKLMNPQRTUWXY, with six digits of region code in places 3 to 8"}
	ErrCreditCodeCheckDigit = &Error{ReasonCheckDigit, "the check character of the unified social credit code is wrong"}
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
