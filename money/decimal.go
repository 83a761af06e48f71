// Package money provides Decimal, the one exact number type of the CRM:
// amounts of money, prices, NAVs, rates and quantities all use it, so
// nothing is ever rounded through a float.
//
// A Decimal is an int64 count of ten-thousandths (four fractional digits).
// It is stored as a BIGINT column on both PostgreSQL and SQLite, so SUM and
// comparisons in SQL stay exact on both; it crosses the API and JSON as a
// decimal string such as "1234.5600".
package money

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// Scale is the number of fractional digits a Decimal keeps.
const Scale = 4

// unit is 10^Scale: the raw value of the Decimal 1.
const unit = 10_000

// Decimal is an exact fixed-point number with Scale fractional digits.
// The zero value is 0.
type Decimal int64

// ErrInvalid is wrapped by every parse error, so callers can map it to a
// BAD_USER_INPUT error without looking at the text.
var ErrInvalid = errors.New("invalid decimal")

// Max and Min bound what a Decimal can hold (about ±922 trillion).
const (
	Max Decimal = math.MaxInt64
	Min Decimal = math.MinInt64 + 1 // keeps Neg total
)

// FromInt returns the Decimal equal to the whole number n.
func FromInt(n int64) Decimal { return Decimal(n * unit) }

// FromUnits returns the Decimal whose raw value is units ten-thousandths.
func FromUnits(units int64) Decimal { return Decimal(units) }

// FromCents returns the Decimal for an amount given in hundredths (fen).
func FromCents(cents int64) Decimal { return Decimal(cents * (unit / 100)) }

// Units returns the raw value: the number of ten-thousandths.
func (d Decimal) Units() int64 { return int64(d) }

// Parse reads a plain decimal string ("12", "-0.5", "1234.5600").
// It refuses more than Scale fractional digits rather than rounding them
// away, exponents, and values out of range.
func Parse(s string) (Decimal, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "eE_") {
		return 0, fmt.Errorf("%w: %q is not a plain decimal number", ErrInvalid, s)
	}
	v, err := decimal.NewFromString(s)
	if err != nil {
		return 0, fmt.Errorf("%w: %q is not a decimal number", ErrInvalid, s)
	}
	if v.Exponent() < -Scale && !v.Equal(v.Truncate(Scale)) {
		return 0, fmt.Errorf("%w: %q has more than %d decimal places", ErrInvalid, s, Scale)
	}
	raw := v.Shift(Scale).BigInt()
	if !raw.IsInt64() || raw.Int64() < int64(Min) {
		return 0, fmt.Errorf("%w: %q is out of range", ErrInvalid, s)
	}
	return Decimal(raw.Int64()), nil
}

// MustParse is Parse for constants in code and tests; it panics on error.
func MustParse(s string) Decimal {
	d, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String formats d with exactly Scale fractional digits, e.g. "-12.5000".
func (d Decimal) String() string {
	n := int64(d)
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	whole := strconv.FormatUint(u/unit, 10)
	frac := strconv.FormatUint(u%unit+unit, 10)[1:] // zero-padded to Scale digits
	if neg {
		return "-" + whole + "." + frac
	}
	return whole + "." + frac
}

// Add returns d+e.
func (d Decimal) Add(e Decimal) Decimal { return d + e }

// Sub returns d-e.
func (d Decimal) Sub(e Decimal) Decimal { return d - e }

// Neg returns -d.
func (d Decimal) Neg() Decimal { return -d }

// Sign returns -1, 0 or 1.
func (d Decimal) Sign() int {
	switch {
	case d < 0:
		return -1
	case d > 0:
		return 1
	}
	return 0
}

// IsZero reports whether d is 0.
func (d Decimal) IsZero() bool { return d == 0 }

// MulInt returns d×n, e.g. a price times a whole number of shares.
func (d Decimal) MulInt(n int64) Decimal { return d * Decimal(n) }

// Mul returns d×e rounded half away from zero to Scale digits, e.g. a
// quantity times a price. The product is computed in 128 bits, so the
// intermediate value cannot overflow.
func (d Decimal) Mul(e Decimal) Decimal {
	p := new(big.Int).Mul(big.NewInt(int64(d)), big.NewInt(int64(e)))
	return Decimal(divRound(p, big.NewInt(unit)))
}

// MulFrac returns d×num/den rounded half away from zero, for rates finer
// than Scale digits: a commission of 0.025% is d.MulFrac(25, 100_000).
// It panics if den is zero.
func (d Decimal) MulFrac(num, den int64) Decimal {
	p := new(big.Int).Mul(big.NewInt(int64(d)), big.NewInt(num))
	return Decimal(divRound(p, big.NewInt(den)))
}

// Div returns d÷e rounded half away from zero to Scale digits, and false
// when e is zero.
func (d Decimal) Div(e Decimal) (Decimal, bool) {
	if e == 0 {
		return 0, false
	}
	p := new(big.Int).Mul(big.NewInt(int64(d)), big.NewInt(unit))
	return Decimal(divRound(p, big.NewInt(int64(e)))), true
}

// divRound returns n/m rounded half away from zero.
func divRound(n, m *big.Int) int64 {
	q, r := new(big.Int).QuoRem(n, m, new(big.Int))
	twice := new(big.Int).Abs(r)
	twice.Lsh(twice, 1)
	if twice.Cmp(new(big.Int).Abs(m)) >= 0 {
		if (n.Sign() < 0) != (m.Sign() < 0) {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q.Int64()
}

// Sum adds up ds.
func Sum(ds ...Decimal) Decimal {
	var s Decimal
	for _, d := range ds {
		s += d
	}
	return s
}
