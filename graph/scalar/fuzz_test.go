package scalar

import (
	"bytes"
	"encoding/json"
	"strconv"
	"testing"
	"time"
)

// FuzzUnmarshalDate checks that a Date reads only as a calendar day at
// midnight UTC and writes back as the same text. The seeds are edges of
// time.Parse's DateOnly layout; testdata/fuzz holds what earlier fuzzing
// runs found interesting.
func FuzzUnmarshalDate(f *testing.F) {
	for _, s := range []string{
		"2024-03-31", "2024-02-29", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31",
		"0000-01-01", "9999-12-31", "10000-01-01", "-001-01-01", "2024-3-31", "2024-03-31T00:00:00Z",
		" 2024-03-31", "2024-03-31 ", "２０２４-03-31", "2024/03/31", "", "\xff",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range []any{s, json.Number(s), []byte(s), nil} {
			d, err := UnmarshalDate(v)
			if err != nil {
				if !d.IsZero() {
					t.Fatalf("UnmarshalDate(%#v) = %v with error %v", v, d, err)
				}
				continue
			}
			if _, ok := v.(string); !ok {
				t.Fatalf("UnmarshalDate(%#v) = %v, want an error for a %T", v, d, v)
			}
			if d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0 || d.Second() != 0 || d.Nanosecond() != 0 {
				t.Fatalf("UnmarshalDate(%q) = %v, want midnight UTC", s, d)
			}
			var buf bytes.Buffer
			MarshalDate(d).MarshalGQL(&buf)
			text, err := strconv.Unquote(buf.String())
			if err != nil || text != s {
				t.Fatalf("UnmarshalDate(%q) = %v, which writes as %s", s, d, buf.String())
			}
			if back, err := UnmarshalDate(text); err != nil || !back.Equal(d) {
				t.Fatalf("MarshalDate(%v) = %s, which reads back as %v, %v", d, buf.String(), back, err)
			}
		}
	})
}
