package store

import (
	"testing"
	"time"
)

func TestNullTimeScansEveryStoredForm(t *testing.T) {
	want := time.Date(2026, 11, 29, 9, 20, 53, 355815200, time.UTC)
	for _, stored := range []any{
		want,
		"2026-11-29 09:20:53.3558152+00:00",
		"2026-11-29 09:20:53.3558152 +0000 UTC",
		"2026-11-29 09:20:53.3558152 +0000 UTC m=+11.108655425",
		[]byte("2026-11-29T09:20:53.3558152Z"),
	} {
		var n NullTime
		if err := n.Scan(stored); err != nil || !n.Valid || !n.Time.Equal(want) {
			t.Errorf("Scan(%v) = %v, %v", stored, n, err)
		}
	}
	var n NullTime
	if err := n.Scan(nil); err != nil || n.Valid {
		t.Errorf("Scan(nil) = %v, %v", n, err)
	}
	if err := n.Scan("yesterday"); err == nil {
		t.Error("Scan(yesterday) succeeded")
	}
}
