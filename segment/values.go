package segment

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/brokercrm/crm/money"
)

// maxText bounds a string value (an enum value, a tag name): longer is
// never a real one, and keeps messages and parameters small.
const maxText = 256

// valueError is what reading one value finds wrong; the checker adds
// where the value is.
type valueError struct {
	problem Problem
	msg     string
}

func mismatch(format string, args ...any) *valueError {
	return &valueError{TypeMismatch, fmt.Sprintf(format, args...)}
}

func badValue(format string, args ...any) *valueError {
	return &valueError{BadValue, fmt.Sprintf(format, args...)}
}

// readValue reads one value of a condition on d with op into what the
// compiler binds: int64 (INTEGER; NUMBER and MONEY in ten-thousandths),
// string (ENUM), bool, time.Time (DATE, as midnight UTC), Period or TagRef.
func readValue(d Dimension, op Op, raw json.RawMessage) (any, *valueError) {
	switch op {
	case OpWithinLast, OpBeforeLast:
		return readPeriod(raw)
	case OpHasTag, OpNotHasTag:
		return readTag(raw)
	}
	switch d.Type {
	case TypeNumber, TypeMoney:
		return readDecimal(raw)
	case TypeInteger:
		return readInteger(raw)
	case TypeEnum:
		return readEnum(d, raw)
	case TypeBoolean:
		return readBoolean(raw)
	case TypeDate:
		return readDate(raw)
	}
	return nil, mismatch("dimension type %q has no values", d.Type)
}

// readDecimal reads an exact decimal, from a JSON number or string, as
// ten-thousandths: never through float64, so 0.1 stays 0.1.
func readDecimal(raw json.RawMessage) (any, *valueError) {
	text, ok := numberText(raw)
	if !ok || len(text) > 64 {
		return nil, mismatch("%s is not a number", show(raw))
	}
	d, err := money.Parse(text)
	if err != nil {
		return nil, mismatch("%s", strings.TrimPrefix(err.Error(), money.ErrInvalid.Error()+": "))
	}
	return d.Units(), nil
}

// readInteger reads a whole number from a JSON number or string. A
// decimal with only zeros after the point ("35.0") is whole too.
func readInteger(raw json.RawMessage) (any, *valueError) {
	text, ok := numberText(raw)
	if !ok || len(text) > 64 {
		return nil, mismatch("%s is not a number", show(raw))
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err == nil {
		return n, nil
	}
	if errors.Is(err, strconv.ErrRange) {
		return nil, mismatch("%s is out of range", show(raw))
	}
	d, err := money.Parse(text)
	if err != nil {
		return nil, mismatch("%s is not a number", show(raw))
	}
	one := money.FromInt(1).Units()
	if d.Units()%one != 0 {
		return nil, mismatch("%s is not a whole number", show(raw))
	}
	return d.Units() / one, nil
}

// readEnum reads a string that must be one of d.Enum.
func readEnum(d Dimension, raw json.RawMessage) (any, *valueError) {
	s, ok := jsonString(raw)
	if !ok {
		return nil, mismatch("%s is not a string", show(raw))
	}
	if !slices.Contains(d.Enum, s) {
		return nil, badValue("%s is not one of %s", show(raw), listEnum(d.Enum))
	}
	return s, nil
}

// readBoolean reads JSON true or false; nothing else (not "true", not 1).
func readBoolean(raw json.RawMessage) (any, *valueError) {
	switch string(bytes.TrimSpace(raw)) {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return nil, mismatch("%s is not true or false", show(raw))
}

// readDate reads a calendar date written "2006-01-02".
func readDate(raw json.RawMessage) (any, *valueError) {
	s, ok := jsonString(raw)
	if !ok {
		return nil, mismatch("%s is not a date written as a string \"YYYY-MM-DD\"", show(raw))
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return nil, mismatch("%s is not a calendar date \"YYYY-MM-DD\"", show(raw))
	}
	if t.Year() < minYear || t.Year() > maxYear {
		return nil, badValue("%s is outside the years %04d to %d", show(raw), minYear, maxYear)
	}
	return t, nil
}

// readPeriod reads {"amount": 90, "unit": "DAY"} and nothing more.
func readPeriod(raw json.RawMessage) (any, *valueError) {
	var in struct {
		Amount json.RawMessage `json:"amount"`
		Unit   PeriodUnit      `json:"unit"`
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if !isObject(raw) || dec.Decode(&in) != nil || in.Amount == nil {
		return nil, mismatch(`%s is not a period such as {"amount": 90, "unit": "DAY"}`, show(raw))
	}
	amount, verr := readInteger(in.Amount)
	if verr != nil {
		return nil, mismatch("the amount of %s is not a whole number", show(raw))
	}
	n := amount.(int64)
	max, ok := maxPeriod[in.Unit]
	if !ok {
		return nil, badValue("the unit of %s is not DAY, MONTH or YEAR", show(raw))
	}
	if n < 1 || n > max {
		return nil, badValue("the amount of %s must be from 1 to %d", show(raw), max)
	}
	return Period{Amount: n, Unit: in.Unit}, nil
}

// readTag reads a tag id (a positive JSON integer) or name (a string).
func readTag(raw json.RawMessage) (any, *valueError) {
	if s, ok := jsonString(raw); ok {
		switch {
		case strings.TrimSpace(s) == "":
			return nil, badValue("%s is an empty tag name", show(raw))
		case len(s) > maxText:
			return nil, badValue("%s is longer than any tag name", show(raw))
		case strings.ContainsRune(s, 0):
			return nil, badValue("%s holds a NUL character", show(raw))
		}
		return TagRef{Name: s}, nil
	}
	if text, ok := numberText(raw); ok && !isString(raw) {
		id, err := strconv.ParseInt(text, 10, 64)
		if err != nil {
			return nil, mismatch("%s is not a tag id (a whole number)", show(raw))
		}
		if id < 1 {
			return nil, badValue("%s is not a tag id (ids start at 1)", show(raw))
		}
		return TagRef{ID: id}, nil
	}
	return nil, mismatch("%s is not a tag id (a number) or name (a string)", show(raw))
}

// orderValues orders two values read for the same dimension: int64 or
// time.Time (the types BETWEEN accepts).
func orderValues(a, b any) int {
	switch a := a.(type) {
	case int64:
		return cmp.Compare(a, b.(int64))
	case time.Time:
		return a.Compare(b.(time.Time))
	}
	return 0
}

// numberText returns the text of a JSON number, or the content of a JSON
// string, for the number readers to parse exactly.
func numberText(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", false
	}
	if s, ok := jsonString(raw); ok {
		return s, true
	}
	if c := raw[0]; c == '-' || c >= '0' && c <= '9' {
		return string(raw), true
	}
	return "", false
}

// jsonString returns the content of raw if it is a JSON string.
func jsonString(raw json.RawMessage) (string, bool) {
	if !isString(raw) {
		return "", false
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false
	}
	return s, true
}

func isString(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) > 0 && raw[0] == '"'
}

func isObject(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) > 0 && raw[0] == '{'
}

// isAbsent reports whether a value was left out or given as null.
func isAbsent(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	return len(raw) == 0 || string(raw) == "null"
}

// show writes a value for a message: its JSON, compacted and cut short,
// so that a long or hostile value cannot flood a message.
func show(raw json.RawMessage) string {
	var b bytes.Buffer
	if err := json.Compact(&b, raw); err != nil {
		b.Reset()
		b.Write(raw)
	}
	return shorten(b.String(), 40)
}

// shorten cuts s to at most n runes, marking the cut with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// listEnum writes allowed values for a message, the first dozen at most.
func listEnum(values []string) string {
	const most = 12
	if len(values) == 0 {
		return "the dimension's values (it has none)"
	}
	quoted := make([]string, 0, min(len(values), most))
	for _, v := range values[:min(len(values), most)] {
		quoted = append(quoted, strconv.Quote(v))
	}
	list := strings.Join(quoted, ", ")
	if len(values) > most {
		list += fmt.Sprintf(", … (%d in all)", len(values))
	}
	return list
}
