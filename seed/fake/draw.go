package fake

import "math/rand/v2"

// Helpers to draw several small random values from one Uint64: the hot
// generators call r.Uint64 once instead of r.IntN four or five times.

// bits is a source of random bits taken from one 64-bit draw.
type bits uint64

// take returns an index below n made from the next width bits, and
// removes them. It scales rather than takes a remainder, so the bias is
// below n/2^width: with width 16 and n in the hundreds, far below anything
// demo data could show.
func (b *bits) take(width uint, n int) int {
	v := uint64(*b) & (1<<width - 1)
	*b >>= width
	return int(v * uint64(n) >> width)
}

// weighted draws an index with probability proportional to its weight:
// slot k of the table holds the index whose weight covers k. A draw is
// one table load, which matters for surnames (a few hundred entries, drawn
// per person).
type weighted []uint16

func newWeighted(weights []int) weighted {
	var t weighted
	for i, w := range weights {
		for range w {
			t = append(t, uint16(i))
		}
	}
	return t
}

// pick draws with a 16-bit slice of a bits value.
func (t weighted) pick(b *bits) int { return int(t[b.take(16, len(t))]) }

// draw draws with its own random number, for code that is not hot.
func (t weighted) draw(r *rand.Rand) int { return int(t[r.IntN(len(t))]) }

// oneOf returns a random element of s.
func oneOf[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

// putDigits writes the last len(dst) decimal digits of n ≥ 0, zero-padded.
func putDigits(dst []byte, n int) {
	for i := len(dst) - 1; i >= 0; i-- {
		dst[i] = byte('0' + n%10)
		n /= 10
	}
}
