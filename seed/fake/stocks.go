package fake

import (
	"math/rand/v2"
	"slices"
	"strings"
)

// Stock is a listed A share.
type Stock struct {
	Code     string // six digits
	Name     string // two to four Chinese characters
	Market   string // SH, SZ or BJ
	Industry string // Shenwan level-1 industry
	Board    string // MAIN, STAR, CHINEXT or BSE
}

var (
	boardDraw     weighted
	boardCapacity []int
	stockIndustry []string // the industries with a fixed suffix, to draw "any" from
)

func init() {
	var w []int
	for _, b := range boardTable {
		w = append(w, b.weight)
		c := 0
		for _, rg := range b.ranges {
			c += rg[1] - rg[0] + 1
		}
		boardCapacity = append(boardCapacity, c)
	}
	boardDraw = newWeighted(w)
	for _, s := range stockSuffixes {
		if s.industry != "" && !slices.Contains(stockIndustry, s.industry) {
			stockIndustry = append(stockIndustry, s.industry)
		}
	}
}

// MaxStocks is the most shares Stocks can make: every code of every
// board's ranges.
func MaxStocks() int {
	n := 0
	for _, c := range boardCapacity {
		n += c
	}
	return n
}

// Stocks returns n shares with unique codes, sorted by code. Boards are
// drawn in proportion to their real size, and a code's prefix always
// matches its board (600/601/603 and 688 in Shanghai, 000/002 and 300/301
// in Shenzhen, 83/87 in Beijing). Names are unique while they can be:
// past about ten thousand shares some repeat. Stocks panics when n is
// over MaxStocks.
func Stocks(r *rand.Rand, n int) []Stock {
	if n > MaxStocks() {
		panic("fake: more stocks asked for than there are codes")
	}
	out := make([]Stock, 0, n)
	codes := make(map[int]bool, n)
	names := make(map[string]bool, n)
	taken := make([]int, len(boardTable))
	for len(out) < n {
		bi := boardDraw.draw(r)
		if taken[bi] == boardCapacity[bi] {
			continue // full: draw another board
		}
		taken[bi]++
		b := boardTable[bi]
		code := stockCode(r, b.ranges, codes)
		codes[code] = true
		name, industry := stockName(r, names)
		names[name] = true
		c := []byte("000000")
		putDigits(c, code)
		out = append(out, Stock{Code: string(c), Name: name, Market: b.market, Industry: industry, Board: b.board})
	}
	slices.SortFunc(out, func(a, b Stock) int { return strings.Compare(a.Code, b.Code) })
	return out
}

// stockCode draws a free code in the ranges, of which one must exist. A
// taken code moves on to the next free one, so a nearly full board still
// costs one pass at most.
func stockCode(r *rand.Rand, ranges [][2]int, used map[int]bool) int {
	size := 0
	for _, rg := range ranges {
		size += rg[1] - rg[0] + 1
	}
	k := r.IntN(size)
	for range size {
		code, rest := 0, k
		for _, rg := range ranges {
			if n := rg[1] - rg[0] + 1; rest < n {
				code = rg[0] + rest
				break
			} else {
				rest -= n
			}
		}
		if !used[code] {
			return code
		}
		k = (k + 1) % size
	}
	panic("fake: no free stock code") // Stocks checks capacity first
}

// stockName draws a name not yet in used, giving up after a few tries.
func stockName(r *rand.Rand, used map[string]bool) (name, industry string) {
	for range 20 {
		var prefix string
		switch n := r.IntN(20); {
		case n < 3:
			prefix = oneOf(r, shortPrefixes)
		case n < 9:
			prefix = oneOf(r, regionPrefixes)
		default:
			prefix = oneOf(r, tradeNames)
		}
		s := oneOf(r, stockSuffixes)
		name, industry = prefix+s.word, s.industry
		if industry == "" {
			industry = oneOf(r, stockIndustry)
		}
		if !used[name] {
			break
		}
	}
	return name, industry
}
