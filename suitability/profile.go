package suitability

import (
	"slices"
	"time"
)

// Profile is what the engine needs of a client at the time of a check:
// the investor class, the current risk assessment and a few identity
// facts. It is a snapshot; when any of it changes the caller checks again
// (Art. 21).
type Profile struct {
	// Professional is true for a professional investor (专业投资者, Art. 8),
	// including an ordinary investor the firm has reclassified; false for
	// an ordinary investor, including a professional who asked to be
	// treated as one (Art. 11).
	Professional bool
	// Qualified is true for a qualified investor (合格投资者), recognised
	// outside this package.
	Qualified bool

	// The current risk assessment. A zero AssessedAt means there is none.
	Category            Category  // C1–C5
	Lowest              bool      // 风险承受能力最低类别; treated as C1 whatever Category says
	Horizon             Horizon   // the horizon the investor accepts; Any: no specific requirement
	Varieties           []Variety // the varieties the investor wants
	AssessedAt          time.Time
	AssessmentExpiresAt time.Time // the expiry recorded with the assessment; zero if none

	// BirthDate is the day of birth (only its calendar date counts); zero
	// for an institution, which the age rules then skip.
	BirthDate time.Time
	// IDExpiresOn is the last day the identity document is valid (the end
	// date printed on it; only its calendar date counts); zero if it does
	// not expire (长期).
	IDExpiresOn time.Time
}

// AgeOn returns the investor's age in whole years on now's calendar day in
// now's location, and false if the birth date is unknown. The age goes up
// on the birthday itself; someone born on 29 February gets older on 1
// March in other years.
func (p Profile) AgeOn(now time.Time) (int, bool) {
	if p.BirthDate.IsZero() {
		return 0, false
	}
	by, bm, bd := p.BirthDate.Date()
	ny, nm, nd := now.Date()
	age := ny - by
	if nm < bm || nm == bm && nd < bd {
		age--
	}
	return age, true
}

// IDExpired reports whether the identity document has expired by now's
// calendar day in now's location: it is valid through IDExpiresOn and
// expired from the next day.
func (p Profile) IDExpired(now time.Time) bool {
	if p.IDExpiresOn.IsZero() {
		return false
	}
	ey, em, ed := p.IDExpiresOn.Date()
	last := time.Date(ey, em, ed, 0, 0, 0, 0, time.UTC)
	ny, nm, nd := now.Date()
	return time.Date(ny, nm, nd, 0, 0, 0, 0, time.UTC).After(last)
}

// Wants reports whether v is among the varieties the investor wants.
func (p Profile) Wants(v Variety) bool { return slices.Contains(p.Varieties, v) }
