package store

import (
	"fmt"
	"strings"
	"time"
)

// NullTime scans a time that SQL computed (MAX of a timestamp column):
// PostgreSQL returns a time, SQLite the text it stores, since an
// expression has no declared column type for the driver to go by.
type NullTime struct {
	Time  time.Time
	Valid bool
}

// sqliteLayouts are the forms the SQLite driver writes times in.
var sqliteLayouts = []string{
	"2006-01-02 15:04:05.999999999-07:00", "2006-01-02 15:04:05.999999999 -0700 MST", time.RFC3339Nano, "2006-01-02 15:04:05",
}

func (n *NullTime) Scan(v any) error {
	switch v := v.(type) {
	case nil:
		*n = NullTime{}
		return nil
	case time.Time:
		*n = NullTime{Time: v, Valid: true}
		return nil
	case string:
		return n.parse(v)
	case []byte:
		return n.parse(string(v))
	}
	return fmt.Errorf("store: cannot scan %T as a time", v)
}

func (n *NullTime) parse(s string) error {
	// Databases written before times were stored in SQLite's form hold
	// Go's String form, which may end in the monotonic clock reading.
	if i := strings.Index(s, " m="); i > 0 {
		s = s[:i]
	}
	for _, layout := range sqliteLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			*n = NullTime{Time: t, Valid: true}
			return nil
		}
	}
	return fmt.Errorf("store: %q is not a time", s)
}

// Ptr is the time, or nil when there is none.
func (n NullTime) Ptr() *time.Time {
	if !n.Valid {
		return nil
	}
	return &n.Time
}
