package suitability

import "time"

// cst is China Standard Time, the firm's time; a fixed zone keeps the
// tests free of the time zone database.
var cst = time.FixedZone("CST", 8*60*60)

// at is an instant in the firm's time.
func at(y int, m time.Month, d, hh, mm int) time.Time { return time.Date(y, m, d, hh, mm, 0, 0, cst) }

// day is a calendar date as the database returns it (midnight UTC).
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// now is when the checks run unless a case says otherwise.
var now = at(2026, time.June, 15, 10, 0)

// ordinary is a C3 investor, aged 46, assessed a year ago, who accepts a
// medium horizon and wants fixed income and equities.
func ordinary() Profile {
	assessed := now.AddDate(-1, 0, 0)
	return Profile{
		Category:            C3,
		Horizon:             Medium,
		Varieties:           []Variety{FixedIncome, Equity},
		AssessedAt:          assessed,
		AssessmentExpiresAt: assessed.AddDate(2, 0, 0),
		BirthDate:           day(1980, time.May, 20),
		IDExpiresOn:         day(2035, time.March, 1),
	}
}

// professional is a professional investor with no assessment.
func professional() Profile {
	return Profile{Professional: true, BirthDate: day(1970, time.January, 1), IDExpiresOn: day(2035, time.March, 1)}
}

// fund is an R3 medium-horizon equity product that matches ordinary().
func fund() Product { return Product{RiskLevel: R3, Horizon: Medium, Variety: Equity} }

// allVarieties are all the varieties.
var allVarieties = []Variety{FixedIncome, Equity, Derivatives, Complex, Other}
