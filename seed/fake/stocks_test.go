package fake

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// codePrefixes are the code prefixes each market and board may use.
var codePrefixes = map[string][]string{
	"SH/MAIN":    {"600", "601", "603"},
	"SH/STAR":    {"688"},
	"SZ/MAIN":    {"000", "002"},
	"SZ/CHINEXT": {"300", "301"},
	"BJ/BSE":     {"83", "87"},
}

func TestStocks(t *testing.T) {
	r := rand.New(rand.NewPCG(10, 10))
	stocks := Stocks(r, 5000)
	if got, want := len(stocks), 5000; got != want {
		t.Fatalf("len(Stocks(5000)) = %d, want %d", got, want)
	}
	codes := map[string]bool{}
	names := map[string]bool{}
	byBoard := map[string]int{}
	for _, s := range stocks {
		if codes[s.Code] {
			t.Errorf("code %s appears twice", s.Code)
		}
		codes[s.Code] = true
		names[s.Name] = true
		board := s.Market + "/" + s.Board
		byBoard[board]++
		prefixes, ok := codePrefixes[board]
		if !ok {
			t.Errorf("%s %s: unknown market and board %s", s.Code, s.Name, board)
		}
		if len(s.Code) != 6 || !digits(s.Code) || !slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(s.Code, p) }) {
			t.Errorf("%s %s: code of %s, want six digits starting with one of %v", s.Code, s.Name, board, prefixes)
		}
		if n := utf8.RuneCountInString(s.Name); n < 2 || n > 4 {
			t.Errorf("%s %s: %d characters, want 2–4", s.Code, s.Name, n)
		}
		for _, c := range s.Name {
			if !unicode.Is(unicode.Han, c) {
				t.Errorf("%s %s: %q is not a Chinese character", s.Code, s.Name, c)
			}
		}
		if s.Industry == "" {
			t.Errorf("%s %s: no industry", s.Code, s.Name)
		}
	}
	if got := len(names); got < 4900 {
		t.Errorf("%d different names among 5000 shares, want nearly all different", got)
	}
	if !slices.IsSortedFunc(stocks, func(a, b Stock) int { return strings.Compare(a.Code, b.Code) }) {
		t.Errorf("Stocks are not sorted by code")
	}
	// Boards in proportion to the market: Shanghai main is the biggest,
	// Beijing the smallest.
	if byBoard["SH/MAIN"] < byBoard["SZ/CHINEXT"] || byBoard["BJ/BSE"] > byBoard["SH/STAR"] || byBoard["BJ/BSE"] == 0 {
		t.Errorf("shares per board = %v, want SH main ≥ ChiNext ≥ … ≥ BSE > 0", byBoard)
	}
}

func TestStocksSizes(t *testing.T) {
	tests := []int{0, 1, 3000, MaxStocks()}
	for _, n := range tests {
		r := rand.New(rand.NewPCG(11, uint64(n)))
		stocks := Stocks(r, n)
		codes := map[string]bool{}
		for _, s := range stocks {
			codes[s.Code] = true
		}
		if got := len(codes); got != n {
			t.Errorf("Stocks(%d) has %d different codes, want %d", n, got, n)
		}
	}
}

func TestStocksPanicsPastCapacity(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Errorf("Stocks(MaxStocks()+1) did not panic")
		}
	}()
	Stocks(rand.New(rand.NewPCG(1, 1)), MaxStocks()+1)
}
