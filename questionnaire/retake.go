package questionnaire

import (
	"fmt"
	"slices"
	"time"
)

// RetakeLimits cap how often an investor may take the questionnaire, so
// that it cannot be retaken until it gives the grade a product needs
// (suitability.md "What happens on a sale" 4: the 2025 AMAC draft allows
// at most 2 assessments a day and 8 in 12 months). A limit of zero or less
// means none.
type RetakeLimits struct {
	PerDay  int // assessments on one calendar day
	PerYear int // assessments in the last 12 months
}

// DefaultRetakeLimits are the 2025 AMAC draft's: 2 a day, 8 in 12 months.
func DefaultRetakeLimits() RetakeLimits {
	return RetakeLimits{PerDay: 2, PerYear: 8}
}

// The limits a RetakeError names.
const (
	LimitDay  = "DAY"
	LimitYear = "YEAR"
)

// RetakeError refuses an assessment over a limit, and says when the
// investor may take it again.
type RetakeError struct {
	Limit string // LimitDay or LimitYear
	Max   int    // the limit reached: assessments allowed per day or per 12 months
	// NextAllowed is when another assessment is allowed: for the day
	// limit the next midnight; for the year limit a year (AddDate) after
	// the assessment that has to leave the window, which around 29
	// February may be up to a day later than strictly needed.
	NextAllowed time.Time
}

// Message is the refusal shown to the investor, Chinese first.
func (e *RetakeError) Message() Text {
	when := e.NextAllowed.Format(time.DateTime)
	if e.Limit == LimitDay {
		return Text{
			ZH: fmt.Sprintf("您今日的风险承受能力评估次数已达上限（%d次），请于%s后再进行评估。", e.Max, when),
			EN: fmt.Sprintf("You have taken the risk tolerance assessment the most times allowed in a day (%d); you may take it again from %s.", e.Max, when),
		}
	}
	return Text{
		ZH: fmt.Sprintf("您最近12个月的风险承受能力评估次数已达上限（%d次），请于%s后再进行评估。", e.Max, when),
		EN: fmt.Sprintf("You have taken the risk tolerance assessment the most times allowed in 12 months (%d); you may take it again from %s.", e.Max, when),
	}
}

// Error is the message in Chinese, then in English.
func (e *RetakeError) Error() string {
	m := e.Message()
	return m.ZH + " " + m.EN
}

// Allow reports whether an investor who took the questionnaire at the
// previous times (in any order) may take it again at now, or returns a
// *RetakeError. Only assessments at or before now count: "a day" is now's
// calendar day in now's location, "12 months" the window
// (now.AddDate(-1, 0, 0), now]. When both limits are reached the error
// names the one that lifts later, so NextAllowed is truly allowed.
func (l RetakeLimits) Allow(previous []time.Time, now time.Time) error {
	var refusal *RetakeError
	if l.PerDay > 0 {
		y, m, d := now.Date()
		midnight := time.Date(y, m, d, 0, 0, 0, 0, now.Location())
		today := 0
		for _, t := range previous {
			if !t.Before(midnight) && !t.After(now) {
				today++
			}
		}
		if today >= l.PerDay {
			refusal = &RetakeError{Limit: LimitDay, Max: l.PerDay, NextAllowed: time.Date(y, m, d+1, 0, 0, 0, 0, now.Location())}
		}
	}
	if l.PerYear > 0 {
		start := now.AddDate(-1, 0, 0)
		var window []time.Time
		for _, t := range previous {
			if t.After(start) && !t.After(now) {
				window = append(window, t)
			}
		}
		if len(window) >= l.PerYear {
			// One more is allowed once only PerYear-1 remain in the
			// window: a year after the last of those that must leave
			// it, which is the oldest when the limit has been kept.
			slices.SortFunc(window, time.Time.Compare)
			next := window[len(window)-l.PerYear].In(now.Location()).AddDate(1, 0, 0)
			if refusal == nil || next.After(refusal.NextAllowed) {
				refusal = &RetakeError{Limit: LimitYear, Max: l.PerYear, NextAllowed: next}
			}
		}
	}
	if refusal == nil {
		return nil
	}
	return refusal
}
