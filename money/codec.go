package money

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
)

// MarshalGQL writes d as a GraphQL string, so clients never see a float.
func (d Decimal) MarshalGQL(w io.Writer) {
	_, _ = io.WriteString(w, strconv.Quote(d.String()))
}

// UnmarshalGQL accepts a decimal string. Integers are accepted too because
// they are exact; floats are refused because they may already have been
// rounded by the sender.
func (d *Decimal) UnmarshalGQL(v any) error {
	switch v := v.(type) {
	case string:
		p, err := Parse(v)
		if err != nil {
			return err
		}
		*d = p
		return nil
	case int:
		return d.fromInt64(int64(v))
	case int64:
		return d.fromInt64(v)
	case json.Number:
		p, err := Parse(v.String())
		if err != nil {
			return err
		}
		*d = p
		return nil
	default:
		return fmt.Errorf("%w: %v (%T) must be a decimal string such as \"12.50\"", ErrInvalid, v, v)
	}
}

func (d *Decimal) fromInt64(n int64) error {
	if n > int64(Max)/unit || n < int64(Min)/unit {
		return fmt.Errorf("%w: %d is out of range", ErrInvalid, n)
	}
	*d = FromInt(n)
	return nil
}

// MarshalJSON writes d as a JSON string.
func (d Decimal) MarshalJSON() ([]byte, error) {
	return []byte(strconv.Quote(d.String())), nil
}

// UnmarshalJSON reads a JSON string (or an integer) into d. A JSON null
// leaves d unchanged, as encoding/json expects of every Unmarshaler.
func (d *Decimal) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	if s, err := strconv.Unquote(string(b)); err == nil {
		return d.UnmarshalGQL(s)
	}
	return d.UnmarshalGQL(json.Number(b))
}

// MarshalText and UnmarshalText make Decimal usable in CSV and flags.
func (d Decimal) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText parses a decimal string.
func (d *Decimal) UnmarshalText(b []byte) error {
	p, err := Parse(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}
