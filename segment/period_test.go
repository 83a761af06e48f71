package segment

import (
	"testing"
	"time"
)

func TestPeriodBefore(t *testing.T) {
	for _, tc := range []struct {
		today  string
		period Period
		want   string
	}{
		{"2026-05-15", Period{90, Days}, "2026-02-14"},
		{"2026-05-15", Period{1, Days}, "2026-05-14"},
		{"2026-03-31", Period{1, Months}, "2026-02-28"}, // not 2026-03-03
		{"2024-03-31", Period{1, Months}, "2024-02-29"},
		{"2026-01-31", Period{2, Months}, "2025-11-30"},
		{"2026-05-15", Period{13, Months}, "2025-04-15"},
		{"2024-02-29", Period{1, Years}, "2023-02-28"},
		{"2024-02-29", Period{4, Years}, "2020-02-29"},
		{"2026-05-15", Period{100, Years}, "1926-05-15"},
	} {
		today, _ := time.Parse(dateLayout, tc.today)
		if got := tc.period.before(today).Format(dateLayout); got != tc.want {
			t.Errorf("%s minus %d %s: got %s, want %s", tc.today, tc.period.Amount, tc.period.Unit, got, tc.want)
		}
	}
}

// TestCalendarDay: today is the date where now is, not in UTC.
func TestCalendarDay(t *testing.T) {
	beijing := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 5, 15, 1, 30, 0, 0, beijing) // 2026-05-14 17:30 UTC
	if got := calendarDay(now).Format(dateLayout); got != "2026-05-15" {
		t.Errorf("got %s, want 2026-05-15", got)
	}
}
