package segment

import "time"

// Period is the value of WITHIN_LAST and BEFORE_LAST: a number of days,
// months or years back from today, written {"amount": 90, "unit": "DAY"}.
type Period struct {
	Amount int64      `json:"amount"`
	Unit   PeriodUnit `json:"unit"`
}

// PeriodUnit is the unit of a Period.
type PeriodUnit string

// The period units.
const (
	Days   PeriodUnit = "DAY"
	Months PeriodUnit = "MONTH"
	Years  PeriodUnit = "YEAR"
)

// maxPeriod bounds each unit at about a century: longer looks back past
// any client's history, and keeps the dates computed in range.
var maxPeriod = map[PeriodUnit]int64{Days: 36_600, Months: 1_200, Years: 100}

// dateLayout is how DATE values are written in rules and bound in SQL.
const dateLayout = "2006-01-02"

// The range of dates a rule may hold. The last year is 9998 so that the
// day after any date (used for "on or before") still has four digits and
// compares correctly as text on SQLite.
const (
	minYear = 1
	maxYear = 9998
)

// calendarDay returns the calendar date of t in t's own location, as
// midnight UTC so that date arithmetic ignores daylight saving.
func calendarDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// before returns the day p before today. Months and years that land past
// the end of a month stop at its last day (31 March minus one month is
// 28 or 29 February, not 3 March).
func (p Period) before(today time.Time) time.Time {
	switch p.Unit {
	case Days:
		return today.AddDate(0, 0, -int(p.Amount))
	case Years:
		return addMonths(today, -12*int(p.Amount))
	default:
		return addMonths(today, -int(p.Amount))
	}
}

// addMonths adds n months to the calendar day t, keeping the day of the
// month when it exists and taking the month's last day otherwise.
func addMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return time.Date(first.Year(), first.Month(), min(d, last), 0, 0, 0, 0, time.UTC)
}
