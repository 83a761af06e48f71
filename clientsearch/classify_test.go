package clientsearch

import (
	"slices"
	"strings"
	"testing"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
)

func TestSearchTerms(t *testing.T) {
	exact := func(m Match, v string) Term { return Term{Match: m, Value: v} }
	prefix := func(m Match, v string) Term { return Term{Match: m, Value: v, Prefix: true} }
	name := func(v string) []Term { return []Term{prefix(Name, v), {Match: Name, Value: v}} }
	tests := []struct {
		query string
		want  []Term
	}{
		// Chinese: a name prefix, then the name anywhere, and nothing else.
		{"张三", name("张三")},
		{"  欧阳 ", name("欧阳")},
		{"张 三", name("张 三")},
		{"中信Securities", name("中信Securities")},
		{"3M中国", name("3M中国")},
		// One character, or one and punctuation, only as a prefix: it has
		// no bigram to look up.
		{"张", []Term{prefix(Name, "张")}},
		{"张·", []Term{prefix(Name, "张·")}},
		// Latin letters: initials, lower-cased, spaces dropped.
		{"ZSF", []Term{prefix(NameInitials, "zsf")}},
		{"z", []Term{prefix(NameInitials, "z")}},
		{"Tom Lee", []Term{prefix(NameInitials, "tomlee")}},
		// Four digits: the last four of a phone and a client-number prefix
		// (and the client number itself, ranked above both).
		{"8000", []Term{exact(ClientNo, "8000"), exact(PhoneLast4, "8000"), prefix(ClientNo, "8000")}},
		// Fewer digits: only an exact client number.
		{"12", []Term{exact(ClientNo, "12")}},
		// A mobile number, however written.
		{"13800138000", []Term{exact(ClientNo, "13800138000"), exact(AccountNo, "13800138000"),
			exact(Phone, "13800138000"), prefix(ClientNo, "13800138000")}},
		{"+86 138-0013-8000", []Term{exact(Phone, "13800138000")}},
		// An 11-digit client number that is no mobile number.
		{"00100000001", []Term{exact(ClientNo, "00100000001"), exact(AccountNo, "00100000001"),
			prefix(ClientNo, "00100000001")}},
		// An account number.
		{"6000000123", []Term{exact(ClientNo, "6000000123"), exact(AccountNo, "6000000123"),
			prefix(ClientNo, "6000000123")}},
		{"A123456789", []Term{exact(ClientNo, "A123456789"), exact(AccountNo, "A123456789"),
			prefix(NameInitials, "a123456789"), prefix(ClientNo, "A123456789")}},
		// An ID number: a trailing x becomes X.
		{"11010519491231002x", []Term{exact(ClientNo, "11010519491231002x"), exact(AccountNo, "11010519491231002x"),
			exact(IDNumber, "11010519491231002X"), prefix(NameInitials, "11010519491231002x"),
			prefix(ClientNo, "11010519491231002x")}},
		// Wildcards and other punctuation are a literal name prefix.
		{"%", []Term{prefix(Name, "%")}},
		{"_", []Term{prefix(Name, "_")}},
		{`\`, []Term{prefix(Name, `\`)}},
		{"百%", []Term{prefix(Name, "百%")}},
		{"12%", name("12%")},
		{"百%分", name("百%分")},
	}
	for _, tt := range tests {
		got, err := Classify(tt.query)
		if err != nil {
			t.Errorf("Classify(%q): %v", tt.query, err)
			continue
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Classify(%q)\n got %+v\nwant %+v", tt.query, got, tt.want)
		}
	}
}

func TestSearchTermRanks(t *testing.T) {
	tests := []struct {
		term Term
		want int
	}{
		{Term{Match: ClientNo}, rankExact},
		{Term{Match: AccountNo}, rankExact},
		{Term{Match: IDNumber}, rankExact},
		{Term{Match: Phone}, rankExact},
		{Term{Match: ClientNo, Prefix: true}, rankClientNoPrefix},
		{Term{Match: PhoneLast4}, rankPartial},
		{Term{Match: NameInitials, Prefix: true}, rankPartial},
		{Term{Match: Name, Prefix: true}, rankName},
		{Term{Match: Name}, rankNameSubstring},
	}
	for _, tt := range tests {
		if got := tt.term.rank(); got != tt.want {
			t.Errorf("rank of %+v = %d, want %d", tt.term, got, tt.want)
		}
	}
}

func TestSearchQueryErrBadInput(t *testing.T) {
	for name, query := range map[string]string{
		"ErrEmpty":    "",
		"ErrBlank":    " \t\n　",
		"ErrTooLong":  strings.Repeat("张", MaxQueryLength+1),
		"ErrNUL":      "张\x00三",
		"ErrControl":  "张\x1b三",
		"ErrNotUTF-8": "\xff\xfe",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Classify(query)
			if got, want := apperr.CodeOf(err), apperr.BadUserInput; got != want {
				t.Errorf("Classify(%q) = %v (code %q), want code %q", query, err, got, want)
			}
		})
	}
	t.Run("OKLongest", func(t *testing.T) {
		if _, err := Classify(strings.Repeat("张", MaxQueryLength)); err != nil {
			t.Errorf("a query of %d characters: %v", MaxQueryLength, err)
		}
	})
}

func TestSearchCursor(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		c := encodeCursor(&ent.Customer{ID: 7, Name: `张"三\`, ClientNo: "00100000001"}, rankPartial)
		got, err := decodeCursor(&c)
		if err != nil {
			t.Fatal(err)
		}
		if want := (position{rank: rankPartial, name: `张"三\`, clientNo: "00100000001"}); *got != want {
			t.Errorf("decoded %+v, want %+v", *got, want)
		}
	})
	for name, value := range map[string]any{
		"ErrNoValue":    nil, // a cursor of another connection ordered by id
		"ErrNotString":  int64(3),
		"ErrNotJSON":    "[1,",
		"ErrShort":      `[1,"张三"]`,
		"ErrRank":       `[5,"张三","1"]`,
		"ErrNegative":   `[-1,"张三","1"]`,
		"ErrWrongTypes": `["1","张三","1"]`,
	} {
		t.Run(name, func(t *testing.T) {
			_, err := decodeCursor(&ent.Cursor{ID: 1, Value: value})
			if got, want := apperr.CodeOf(err), apperr.BadUserInput; got != want {
				t.Errorf("decodeCursor(%v) = %v, want code %q", value, err, want)
			}
		})
	}
}

func TestSearchContainsFold(t *testing.T) {
	for _, tt := range []struct {
		s, sub string
		want   bool
	}{
		{"张三丰", "三丰", true},
		{"张三丰", "张三丰", true},
		{"中信Securities", "SECUR", true},
		{"张三丰", "张丰", false},
		{"三", "三丰", false},
		{"", "三", false},
	} {
		if got := containsFold(tt.s, tt.sub); got != tt.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", tt.s, tt.sub, got, tt.want)
		}
	}
}

func TestSearchHasPrefixFold(t *testing.T) {
	for _, tt := range []struct {
		s, prefix string
		want      bool
	}{
		{"zsf", "zs", true},
		{"ZSF", "zs", true},
		{"张三丰", "张三", true},
		{"张", "张三", false},
		{"李四", "张", false},
	} {
		if got := hasPrefixFold(tt.s, tt.prefix); got != tt.want {
			t.Errorf("hasPrefixFold(%q, %q) = %v, want %v", tt.s, tt.prefix, got, tt.want)
		}
	}
}
