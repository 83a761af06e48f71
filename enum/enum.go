// Package enum gives string enum types their GraphQL encoding, so each
// domain enum needs only two one-line methods.
package enum

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

// Type is a string enum that lists its values (what ent requires anyway).
type Type interface {
	~string
	Values() []string
}

// Parse returns v as a T if it is one of T's values.
func Parse[T Type](v any) (T, error) {
	var zero T
	s, ok := v.(string)
	if !ok {
		return zero, fmt.Errorf("enum value must be a string, not %T", v)
	}
	if !slices.Contains(zero.Values(), s) {
		return zero, fmt.Errorf("%q is not one of %v", s, zero.Values())
	}
	return T(s), nil
}

// Write writes s as a quoted GraphQL enum value.
func Write(w io.Writer, s string) { _, _ = io.WriteString(w, strconv.Quote(s)) }
