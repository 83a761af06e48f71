package ingest

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/brokercrm/crm/contact"
	"github.com/brokercrm/crm/idcard"
	"github.com/brokercrm/crm/money"
)

// column is a documented column of a kind's files.
type column struct {
	name     string
	required bool
	doc      string // what it holds, for the column reference
}

// fields reads one row's values, each checked against what its column
// may hold. The first problem is kept as the row's rejection and the
// readers return zero values after it, so a kind's parse function reads
// straight through and checks rej once at the end.
type fields struct {
	cols   []column
	vals   []string
	line   int
	rej    *Rejection
	masked map[int]bool // columns whose values are personal data
	env    any          // what the spec's load read
}

// china is the time zone of times written without one (the core systems
// run on Beijing time).
var china = time.FixedZone("CST", 8*3600)

func (f *fields) fail(i int, reason Reason, format string, args ...any) {
	if f.rej != nil {
		return
	}
	value := f.vals[i]
	if f.masked[i] {
		value = maskValue(value)
	}
	f.rej = &Rejection{Line: f.line, Column: f.cols[i].name, Value: value, Reason: reason,
		Message: fmt.Sprintf(format, args...)}
}

// raw is the trimmed text of column i.
func (f *fields) raw(i int) string { return strings.TrimSpace(f.vals[i]) }

// present reports whether column i has a value.
func (f *fields) present(i int) bool { return f.raw(i) != "" }

// text reads a string of at most maxLen characters; required says whether
// it may be empty.
func (f *fields) text(i, maxLen int, required bool) string {
	s := f.raw(i)
	switch {
	case s == "" && required:
		f.fail(i, "MISSING", "%s is required", f.cols[i].name)
	case utf8.RuneCountInString(s) > maxLen:
		f.fail(i, "TOO_LONG", "at most %d characters", maxLen)
	default:
		return s
	}
	return ""
}

// optionalText is text that may be empty, as nil.
func (f *fields) optionalText(i, maxLen int) any {
	if s := f.text(i, maxLen, false); s != "" {
		return s
	}
	return nil
}

// decimal reads an exact amount; nonNegative refuses amounts below zero.
// An empty optional column reads as def.
func (f *fields) decimal(i int, required, nonNegative bool, def money.Decimal) money.Decimal {
	s := strings.ReplaceAll(f.raw(i), ",", "") // 1,234.50 as core systems print it
	if s == "" {
		if required {
			f.fail(i, "MISSING", "%s is required", f.cols[i].name)
		}
		return def
	}
	d, err := money.Parse(s)
	if err != nil {
		f.fail(i, "BAD_NUMBER", "not a decimal number with at most %d decimal places", money.Scale)
		return 0
	}
	if nonNegative && d.Sign() < 0 {
		f.fail(i, "NEGATIVE", "%s cannot be negative", f.cols[i].name)
		return 0
	}
	return d
}

// dateLayouts are the day formats accepted.
var dateLayouts = []string{time.DateOnly, "20060102", "2006/01/02", "2006/1/2", "2006-1-2"}

// date reads a calendar day (2026-11-27, 20261127 or 2026/11/27).
func (f *fields) date(i int, required bool) *time.Time {
	s := f.raw(i)
	if s == "" {
		if required {
			f.fail(i, "MISSING", "%s is required", f.cols[i].name)
		}
		return nil
	}
	for _, layout := range dateLayouts {
		if d, err := time.Parse(layout, s); err == nil {
			return &d
		}
	}
	f.fail(i, "BAD_DATE", "not a date: use YYYY-MM-DD")
	return nil
}

// timeLayouts are the timestamp formats accepted; those without a zone
// are Beijing time.
var timeLayouts = []string{time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02T15:04:05", "20060102 15:04:05",
	"20060102150405", "2006/01/02 15:04:05", time.DateOnly}

// instant reads a point in time.
func (f *fields) instant(i int, required bool) *time.Time {
	s := f.raw(i)
	if s == "" {
		if required {
			f.fail(i, "MISSING", "%s is required", f.cols[i].name)
		}
		return nil
	}
	for _, layout := range timeLayouts {
		if t, err := time.ParseInLocation(layout, s, china); err == nil {
			t = t.UTC()
			return &t
		}
	}
	f.fail(i, "BAD_DATE", "not a time: use YYYY-MM-DD HH:MM:SS (Beijing time) or RFC 3339")
	return nil
}

// enum reads one of values, ignoring case; aliases map other spellings
// (the core systems' codes, Chinese words) to them. An empty optional
// column reads as def.
func (f *fields) enum(i int, values []string, aliases map[string]string, def string) string {
	s := f.raw(i)
	if s == "" {
		if def == "" {
			f.fail(i, "MISSING", "%s is required", f.cols[i].name)
		}
		return def
	}
	if v, ok := aliases[s]; ok {
		return v
	}
	up := strings.ToUpper(s)
	if slices.Contains(values, up) {
		return up
	}
	f.fail(i, "BAD_ENUM", "must be one of %s", strings.Join(values, ", "))
	return ""
}

// boolean reads true/false, 1/0, Y/N or 是/否; empty is def.
func (f *fields) boolean(i int, def bool) bool {
	switch strings.ToLower(f.raw(i)) {
	case "":
		return def
	case "true", "1", "y", "yes", "是":
		return true
	case "false", "0", "n", "no", "否":
		return false
	}
	f.fail(i, "BAD_ENUM", "must be true or false")
	return false
}

// integer reads a whole number within [lo, hi].
func (f *fields) integer(i int, required bool, lo, hi int) int {
	s := f.raw(i)
	if s == "" {
		if required {
			f.fail(i, "MISSING", "%s is required", f.cols[i].name)
		}
		return lo
	}
	var n int
	if _, err := fmt.Sscan(s, &n); err != nil || fmt.Sprint(n) != strings.TrimLeft(s, "+") {
		f.fail(i, "BAD_NUMBER", "not a whole number")
		return lo
	}
	if n < lo || n > hi {
		f.fail(i, "BAD_NUMBER", "must be between %d and %d", lo, hi)
	}
	return n
}

// residentID reads a mainland resident ID number and checks its check
// digit.
func (f *fields) residentID(i int) string {
	s := idcard.Normalize(f.raw(i))
	if err := idcard.Validate(s); err != nil {
		f.fail(i, "BAD_ID_NUMBER", "%v", err)
		return ""
	}
	return s
}

// creditCode reads a unified social credit code (统一社会信用代码).
func (f *fields) creditCode(i int) string {
	s := strings.ToUpper(f.raw(i))
	if err := idcard.ValidateCreditCode(s); err != nil {
		f.fail(i, "BAD_ID_NUMBER", "%v", err)
		return ""
	}
	return s
}

// mobile reads an optional mainland mobile number.
func (f *fields) mobile(i int) string {
	if !f.present(i) {
		return ""
	}
	s, err := contact.Mobile(f.raw(i))
	if err != nil {
		f.fail(i, "BAD_PHONE", "%v", err)
	}
	return s
}

// email reads an optional e-mail address.
func (f *fields) email(i int) string {
	if !f.present(i) {
		return ""
	}
	s, err := contact.Email(f.raw(i))
	if err != nil {
		f.fail(i, "BAD_EMAIL", "%v", err)
	}
	return s
}

// invalid rejects the row for a reason that involves several columns.
func (f *fields) invalid(i int, format string, args ...any) { f.fail(i, "INVALID", format, args...) }

// maskValue hides all but the first three and last four characters of a
// personal-data value in rejections.
func maskValue(s string) string {
	r := []rune(s)
	if len(r) <= 7 {
		return strings.Repeat("*", len(r))
	}
	return string(r[:3]) + strings.Repeat("*", len(r)-7) + string(r[len(r)-4:])
}
