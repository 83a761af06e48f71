package questionnaire

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

var cst = time.FixedZone("CST", 8*60*60)

func cstAt(y int, m time.Month, d, h, min int) time.Time {
	return time.Date(y, m, d, h, min, 0, 0, cst)
}

// monthly returns n assessment times a month apart, the first at from.
func monthly(from time.Time, n int) []time.Time {
	ts := make([]time.Time, n)
	for i := range ts {
		ts[i] = from.AddDate(0, i, 0)
	}
	return ts
}

func TestDefaultRetakeLimits(t *testing.T) {
	if got, want := DefaultRetakeLimits(), (RetakeLimits{PerDay: 2, PerYear: 8}); got != want {
		t.Errorf("DefaultRetakeLimits() = %+v, want %+v", got, want)
	}
}

func TestAllow(t *testing.T) {
	now := cstAt(2026, time.June, 15, 14, 30)
	midnight := cstAt(2026, time.June, 16, 0, 0)
	oldest := cstAt(2025, time.July, 1, 10, 0)
	tests := []struct {
		name     string
		limits   RetakeLimits // zero: DefaultRetakeLimits
		previous []time.Time
		now      time.Time // zero: now
		want     *RetakeError
		loose    bool // NextAllowed is allowed, but not the first instant that is
	}{
		{name: "OK first ever"},
		{name: "OK second today", previous: []time.Time{cstAt(2026, time.June, 15, 9, 0)}},
		{name: "ErrThirdToday",
			previous: []time.Time{cstAt(2026, time.June, 15, 9, 0), cstAt(2026, time.June, 15, 11, 0)},
			want:     &RetakeError{Limit: LimitDay, Max: 2, NextAllowed: midnight}},
		{name: "ErrThirdTodayFromMidnight",
			previous: []time.Time{cstAt(2026, time.June, 15, 0, 0), cstAt(2026, time.June, 15, 14, 30)},
			want:     &RetakeError{Limit: LimitDay, Max: 2, NextAllowed: midnight}},
		{name: "OK two yesterday",
			previous: []time.Time{cstAt(2026, time.June, 14, 23, 0), cstAt(2026, time.June, 14, 23, 59)}},
		{name: "OK across midnight",
			previous: []time.Time{cstAt(2026, time.June, 15, 9, 0), cstAt(2026, time.June, 15, 23, 59)},
			now:      midnight},
		{name: "ErrThirdTodayGivenInUTC", // 17:00 and 18:00 UTC on the 14th are 01:00 and 02:00 in Beijing on the 15th
			previous: []time.Time{time.Date(2026, time.June, 14, 17, 0, 0, 0, time.UTC), time.Date(2026, time.June, 14, 18, 0, 0, 0, time.UTC)},
			want:     &RetakeError{Limit: LimitDay, Max: 2, NextAllowed: midnight}},
		{name: "OK yesterday in Beijing, today in UTC", // 15:59 UTC on the 14th is 23:59 in Beijing on the 14th
			previous: []time.Time{time.Date(2026, time.June, 14, 15, 59, 0, 0, time.UTC), cstAt(2026, time.June, 15, 9, 0)}},
		{name: "ErrDayInNowsLocation", // the same instants, a day in UTC
			previous: []time.Time{time.Date(2026, time.June, 15, 1, 0, 0, 0, time.UTC), time.Date(2026, time.June, 15, 2, 0, 0, 0, time.UTC)},
			now:      now.UTC(),
			want:     &RetakeError{Limit: LimitDay, Max: 2, NextAllowed: time.Date(2026, time.June, 16, 0, 0, 0, 0, time.UTC)}},
		{name: "OK later today ignored", // not previous: a clock ahead, or a record out of order
			previous: []time.Time{cstAt(2026, time.June, 15, 9, 0), cstAt(2026, time.June, 15, 18, 0)}},

		{name: "OK eighth in 12 months", previous: monthly(oldest, 7)},
		{name: "ErrNinthIn12Months", previous: monthly(oldest, 8),
			want: &RetakeError{Limit: LimitYear, Max: 8, NextAllowed: cstAt(2026, time.July, 1, 10, 0)}},
		{name: "ErrNinthIn12MonthsUnsorted", previous: reversed(monthly(oldest, 8)),
			want: &RetakeError{Limit: LimitYear, Max: 8, NextAllowed: cstAt(2026, time.July, 1, 10, 0)}},
		{name: "OK oldest left the window exactly a year ago",
			previous: append(monthly(oldest, 7), now.AddDate(-1, 0, 0))},
		{name: "ErrOldestJustInTheWindow",
			previous: append(monthly(oldest, 7), now.AddDate(-1, 0, 0).Add(time.Nanosecond)),
			want:     &RetakeError{Limit: LimitYear, Max: 8, NextAllowed: now.Add(time.Nanosecond)}},
		{name: "ErrOlderOnesDoNotCount",
			previous: append(monthly(oldest, 8), cstAt(2024, time.January, 1, 9, 0), cstAt(2025, time.June, 1, 9, 0)),
			want:     &RetakeError{Limit: LimitYear, Max: 8, NextAllowed: cstAt(2026, time.July, 1, 10, 0)}},
		{name: "ErrOverTheLimit", // 10 in the window: the third oldest must leave it too
			previous: monthly(oldest, 10),
			want:     &RetakeError{Limit: LimitYear, Max: 8, NextAllowed: cstAt(2026, time.September, 1, 10, 0)}},
		{name: "ErrYearInNowsLocation",
			previous: monthly(oldest.UTC(), 8),
			want:     &RetakeError{Limit: LimitYear, Max: 8, NextAllowed: cstAt(2026, time.July, 1, 10, 0)}},
		{name: "ErrYearFrom29February",
			previous: monthly(cstAt(2024, time.February, 29, 10, 0), 8),
			now:      cstAt(2025, time.February, 28, 12, 0),
			want:     &RetakeError{Limit: LimitYear, Max: 8, NextAllowed: cstAt(2025, time.March, 1, 10, 0)},
			loose:    true}, // allowed from midnight: 1 March 2025 less a year is 1 March 2024

		{name: "ErrBothYearLater", // the day limit lifts at midnight, the year one only in July
			previous: append(monthly(oldest, 6), cstAt(2026, time.June, 15, 9, 0), cstAt(2026, time.June, 15, 11, 0)),
			want:     &RetakeError{Limit: LimitYear, Max: 8, NextAllowed: cstAt(2026, time.July, 1, 10, 0)}},
		{name: "ErrBothDayLater", // the year limit lifts at 20:00 today, the day one at midnight
			previous: append(monthly(cstAt(2025, time.June, 15, 20, 0), 6), cstAt(2026, time.June, 15, 9, 0), cstAt(2026, time.June, 15, 11, 0)),
			want:     &RetakeError{Limit: LimitDay, Max: 2, NextAllowed: midnight}},

		{name: "OK configured 3 a day", limits: RetakeLimits{PerDay: 3, PerYear: 8},
			previous: []time.Time{cstAt(2026, time.June, 15, 9, 0), cstAt(2026, time.June, 15, 11, 0)}},
		{name: "ErrConfigured 1 a day", limits: RetakeLimits{PerDay: 1},
			previous: []time.Time{cstAt(2026, time.June, 15, 9, 0)},
			want:     &RetakeError{Limit: LimitDay, Max: 1, NextAllowed: midnight}},
		{name: "OK no day limit", limits: RetakeLimits{PerYear: 8},
			previous: []time.Time{cstAt(2026, time.June, 15, 9, 0), cstAt(2026, time.June, 15, 10, 0), cstAt(2026, time.June, 15, 11, 0)}},
		{name: "OK no year limit", limits: RetakeLimits{PerDay: 2}, previous: monthly(oldest, 11)},
		{name: "ErrNoYearLimitStillDaily", limits: RetakeLimits{PerDay: 2},
			previous: append(monthly(oldest, 11), cstAt(2026, time.June, 15, 9, 0), cstAt(2026, time.June, 15, 11, 0)),
			want:     &RetakeError{Limit: LimitDay, Max: 2, NextAllowed: midnight}},
		{name: "OK negative limits are none", limits: RetakeLimits{PerDay: -1, PerYear: -1},
			previous: append(monthly(oldest, 11), cstAt(2026, time.June, 15, 9, 0), cstAt(2026, time.June, 15, 11, 0))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			limits, at := tt.limits, tt.now
			if limits == (RetakeLimits{}) {
				limits = DefaultRetakeLimits()
			}
			if at.IsZero() {
				at = now
			}
			err := limits.Allow(tt.previous, at)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Allow() = %v, want nil", err)
				}
				return
			}
			var got *RetakeError
			if !errors.As(err, &got) {
				t.Fatalf("Allow() = %v, want a *RetakeError", err)
			}
			if got.Limit != tt.want.Limit || got.Max != tt.want.Max || !got.NextAllowed.Equal(tt.want.NextAllowed) {
				t.Fatalf("Allow() = %+v, want %+v", got, tt.want)
			}
			if got.NextAllowed.Location() != at.Location() {
				t.Errorf("NextAllowed is in %v, want now's location %v", got.NextAllowed.Location(), at.Location())
			}
			if err := limits.Allow(tt.previous, got.NextAllowed); err != nil {
				t.Errorf("Allow() at NextAllowed = %v, want nil", err)
			}
			if before := got.NextAllowed.Add(-time.Nanosecond); !tt.loose && limits.Allow(tt.previous, before) == nil {
				t.Errorf("Allow() at %v, just before NextAllowed, = nil; want a refusal", before)
			}
		})
	}
}

// TestAllowUnlimited: the zero RetakeLimits allow anything.
func TestAllowUnlimited(t *testing.T) {
	now := cstAt(2026, time.June, 15, 14, 30)
	previous := make([]time.Time, 100)
	for i := range previous {
		previous[i] = now.Add(-time.Duration(i) * time.Minute)
	}
	if err := (RetakeLimits{}).Allow(previous, now); err != nil {
		t.Errorf("zero limits: Allow() = %v, want nil", err)
	}
}

func reversed(ts []time.Time) []time.Time {
	out := make([]time.Time, len(ts))
	for i, t := range ts {
		out[len(ts)-1-i] = t
	}
	return out
}

func TestRetakeErrorMessage(t *testing.T) {
	tests := []struct {
		err  RetakeError
		want Text
	}{
		{RetakeError{Limit: LimitDay, Max: 2, NextAllowed: cstAt(2026, time.June, 16, 0, 0)}, Text{
			ZH: "您今日的风险承受能力评估次数已达上限（2次），请于2026-06-16 00:00:00后再进行评估。",
			EN: "You have taken the risk tolerance assessment the most times allowed in a day (2); you may take it again from 2026-06-16 00:00:00.",
		}},
		{RetakeError{Limit: LimitYear, Max: 8, NextAllowed: cstAt(2026, time.July, 1, 10, 0)}, Text{
			ZH: "您最近12个月的风险承受能力评估次数已达上限（8次），请于2026-07-01 10:00:00后再进行评估。",
			EN: "You have taken the risk tolerance assessment the most times allowed in 12 months (8); you may take it again from 2026-07-01 10:00:00.",
		}},
	}
	for _, tt := range tests {
		if got := tt.err.Message(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Message() = %+v,\nwant %+v", tt.err.Limit, got, tt.want)
		}
		if got := tt.err.Error(); !strings.HasPrefix(got, tt.want.ZH) || !strings.HasSuffix(got, tt.want.EN) {
			t.Errorf("%s: Error() = %q, want the Chinese then the English", tt.err.Limit, got)
		}
	}
}
