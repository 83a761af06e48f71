// Package apperr is the CRM's one error type. An error is given a code
// where it is born (wtf's error.go); the GraphQL layer maps codes to
// extensions.code once, and never shows a client raw driver text.
package apperr

import (
	"errors"
	"fmt"
)

// Code classifies an error for the client.
type Code string

// The codes clients see in extensions.code.
const (
	Unauthenticated Code = "UNAUTHENTICATED"
	Forbidden       Code = "FORBIDDEN"
	NotFound        Code = "NOT_FOUND"
	BadUserInput    Code = "BAD_USER_INPUT"
	Conflict        Code = "CONFLICT"
	Internal        Code = "INTERNAL"
	// RateLimited: too many requests or failed logins; retry later.
	RateLimited Code = "RATE_LIMITED"
	// LimitExceeded: a query deeper, costlier or larger than allowed.
	LimitExceeded Code = "LIMIT_EXCEEDED"
)

// Error is an error with a code and a message safe to show a client.
type Error struct {
	Code    Code
	Message string
}

func (e *Error) Error() string { return e.Message }

// New returns an *Error with a formatted message.
func New(code Code, format string, args ...any) error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// CodeOf returns the code of the first *Error in err's chain, or "" if
// there is none.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
