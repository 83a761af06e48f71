package segment

import (
	"errors"

	"github.com/brokercrm/crm/apperr"
)

// Problem is the stable code of what is wrong with a rule, for the segment
// editor to mark the faulty condition; Message says it in English.
type Problem string

// The problems Validate reports.
const (
	// BadStructure: the node is malformed whatever the catalogue holds: an
	// unknown or missing op, a group without rules, NOT without exactly
	// one rule, a group with a dimension or values, a condition with
	// rules or without a dimension, a missing value or one the operator
	// does not take, BETWEEN without exactly two values, IN with none.
	BadStructure Problem = "BAD_STRUCTURE"
	// UnknownDimension: the catalogue has no dimension with that key.
	UnknownDimension Problem = "UNKNOWN_DIMENSION"
	// BadOperator: the dimension's type does not allow the operator
	// (LT on an ENUM, HAS_TAG on a number, WITHIN_LAST on a non-date…).
	BadOperator Problem = "BAD_OPERATOR"
	// TypeMismatch: a value cannot be read as the dimension's type: not
	// a number, not a whole number, more than 4 decimal places, not a
	// string, not a boolean, not a calendar date, not a period.
	TypeMismatch Problem = "TYPE_MISMATCH"
	// BadValue: a value of the right type that is not allowed: an enum
	// value outside Dimension.Enum, BETWEEN with lo > hi, a period of
	// zero or too many units, an empty tag name, a date out of range.
	BadValue Problem = "BAD_VALUE"
	// TooDeep: groups nested more than MaxDepth levels.
	TooDeep Problem = "TOO_DEEP"
	// TooMany: more than MaxConditions conditions, or more than
	// MaxValues values in one IN or NOT_IN.
	TooMany Problem = "TOO_MANY"
)

// RuleError is one problem with a rule, found where it is and coded where
// it is born. Validate joins several with errors.Join; RuleErrors takes
// them apart again.
type RuleError struct {
	// Path locates the node from the root: "" for the root itself,
	// "rules[1].rules[0]" for the first rule of the root's second rule.
	Path string `json:"path"`
	// Dimension is the key of the condition's dimension, if it has one.
	Dimension string `json:"dimension,omitempty"`
	// Problem is the stable code.
	Problem Problem `json:"problem"`
	// Message is English and names the condition and the value at fault,
	// e.g. `age LT: "abc" is not a number`.
	Message string `json:"message"`
}

// Error returns the message prefixed by where it is.
func (e *RuleError) Error() string {
	if e.Path == "" {
		return "segment rule: " + e.Message
	}
	return "segment rule at " + e.Path + ": " + e.Message
}

// Unwrap gives the error the application code BAD_USER_INPUT, so that the
// GraphQL error presenter shows a rule's problem to the user as it is.
func (e *RuleError) Unwrap() error {
	return &apperr.Error{Code: apperr.BadUserInput, Message: e.Error()}
}

// RuleErrors returns every *RuleError in err, in order, whether err is one
// of them, wraps one, or joins several. It returns nil for an error that
// holds none.
func RuleErrors(err error) []*RuleError {
	var out []*RuleError
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) {
		case nil:
		case *RuleError:
			out = append(out, e)
		case interface{ Unwrap() []error }:
			for _, inner := range e.Unwrap() {
				walk(inner)
			}
		default:
			walk(errors.Unwrap(err))
		}
	}
	walk(err)
	return out
}
