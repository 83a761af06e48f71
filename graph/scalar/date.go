// Package scalar implements the GraphQL scalars that are not Go types of
// their own: Date is a time.Time at midnight UTC, written "2006-01-02".
package scalar

import (
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/brokercrm/crm/apperr"
)

// DateLayout is how a Date is written.
const DateLayout = time.DateOnly

// MarshalDate writes t's calendar day.
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.Format(DateLayout)))
	})
}

// UnmarshalDate reads "2006-01-02" into midnight UTC of that day.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, apperr.New(apperr.BadUserInput, "a Date must be a string such as \"2024-03-31\", not %T", v)
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, apperr.New(apperr.BadUserInput, "%q is not a date of the form YYYY-MM-DD", s)
	}
	return t, nil
}
