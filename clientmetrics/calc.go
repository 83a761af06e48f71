package clientmetrics

import (
	"math"
	"time"

	"github.com/brokercrm/crm/money"
)

// chinaTime is the clock calendar days are counted in (UTC+8, no
// daylight saving).
var chinaTime = time.FixedZone("CST", 8*60*60)

// calendarDay is the day t falls on in China, as midnight UTC: how the
// store keeps DATE values.
func calendarDay(t time.Time) time.Time {
	t = t.In(chinaTime)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// Today is the calendar day of asOf in China, as midnight UTC (how DATE
// columns are compared).
func Today(asOf time.Time) time.Time { return calendarDay(asOf) }

// daysBetween counts the calendar days from a to b (negative when b is
// earlier).
func daysBetween(a, b time.Time) int64 {
	return int64(calendarDay(b).Sub(calendarDay(a)).Hours() / 24)
}

// daysSince is the days from t to the refresh; no value without t.
func daysSince(f *Facts, t *time.Time) (int64, bool) {
	if t == nil {
		return 0, false
	}
	return daysBetween(*t, f.AsOf), true
}

// unit is money.Decimal's one (ten-thousandths).
const unit = 10_000

// percent is a/b in percent (a/b×100), to four decimals; no value when b
// is not positive.
func percent(a, b money.Decimal) (money.Decimal, bool) {
	return ratio(a, b, 100)
}

// times is a/b as a multiple (turnover: 12 is 12×); no value when b is
// not positive.
func times(a, b money.Decimal) (money.Decimal, bool) {
	return ratio(a, b, 1)
}

// ratio is a/b×scale, rounded half away from zero to four decimals.
func ratio(a, b money.Decimal, scale int64) (money.Decimal, bool) {
	if b <= 0 {
		return 0, false
	}
	num := int64(a)
	if num < math.MaxInt64/(unit*scale) && num > math.MinInt64/(unit*scale) {
		n := num * unit * scale
		q, r := n/int64(b), n%int64(b)
		if 2*abs(r) >= int64(b) {
			q += sign(n)
		}
		return money.Decimal(q), true
	}
	return a.MulFrac(unit*scale, int64(b)), true
}

// countPercent is a/b in percent for counts.
func countPercent(a, b int64) (money.Decimal, bool) {
	return percent(money.FromInt(a), money.FromInt(b))
}

func abs(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

func sign(n int64) int64 {
	if n < 0 {
		return -1
	}
	return 1
}

// average is the mean of the window's snapshots; no value without any.
func (a *AssetFacts) average(w Window) (money.Decimal, bool) {
	if a.Count[w] == 0 {
		return 0, false
	}
	return a.Sum[w].MulFrac(1, a.Count[w]), true
}

// TotalAssets is cash plus the value of the positions, less margin debt.
func (f *Facts) TotalAssets() money.Decimal {
	return f.Accounts.Cash.Add(f.Holdings.Value).Sub(f.Accounts.MarginDebt)
}

// grossAssets is cash plus the value of the positions: what position
// ratios are shares of.
func (f *Facts) grossAssets() money.Decimal {
	return f.Accounts.Cash.Add(f.Holdings.Value)
}

// averageAssets is the average assets over the window, or today's when
// there are no snapshots in it: turnover and yields are shares of it.
func (f *Facts) averageAssets(w Window) money.Decimal {
	if v, ok := f.Assets.average(w); ok {
		return v
	}
	return f.TotalAssets()
}

// share is part of the gross assets, in percent.
func (f *Facts) share(part money.Decimal) (money.Decimal, bool) {
	return percent(part, f.grossAssets())
}

// revenue is what the client brought in the window: commission, fees,
// margin interest and the product fees of the window's share of a year.
func (f *Facts) revenue(w Window) money.Decimal {
	return f.Trades.Commission[w].Add(f.Trades.Fees[w]).Add(f.Flows.MarginInterest[w]).
		Add(f.Holdings.ProductFeesPerYear.MulFrac(int64(w.Days()), 365))
}

// yearStart is the first instant of the refresh's calendar year in China.
func yearStart(asOf time.Time) time.Time {
	t := asOf.In(chinaTime)
	return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, chinaTime)
}

// YearStart is the first instant of the calendar year of asOf in China:
// where the year-to-date figures of Facts begin.
func YearStart(asOf time.Time) time.Time { return yearStart(asOf) }

// argmax returns the name of the largest positive value; "" when none is.
func argmax(names []string, values []money.Decimal) string {
	best, name := money.Decimal(0), ""
	for i, v := range values {
		if v > best {
			best, name = v, names[i]
		}
	}
	return name
}

// argmaxCount is argmax for counts.
func argmaxCount(names []string, values []int64) string {
	ds := make([]money.Decimal, len(values))
	for i, v := range values {
		ds[i] = money.Decimal(v)
	}
	return argmax(names, ds)
}
