package refresh

import (
	"testing"
	"time"
)

func TestNextDaily(t *testing.T) {
	at := 2 * time.Hour // 02:00 in China is 18:00 UTC the day before
	for now, want := range map[string]string{
		"2026-11-29T10:00:00Z": "2026-11-29T18:00:00Z",
		"2026-11-29T17:59:59Z": "2026-11-29T18:00:00Z",
		"2026-11-29T18:00:00Z": "2026-11-30T18:00:00Z",
		"2026-11-29T23:00:00Z": "2026-11-30T18:00:00Z",
	} {
		n, _ := time.Parse(time.RFC3339, now)
		w, _ := time.Parse(time.RFC3339, want)
		if got := nextDaily(n, at); !got.Equal(w) {
			t.Errorf("nextDaily(%s) = %s, want %s", now, got.UTC().Format(time.RFC3339), want)
		}
	}
}
