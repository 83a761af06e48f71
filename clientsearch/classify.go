package clientsearch

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/contact"
	"github.com/brokercrm/crm/searchkey"
)

// Match says why a client was found. The values are those of the GraphQL
// enum SearchMatch, so the API passes them on unchanged.
type Match string

// The ways a client can match.
const (
	ClientNo     Match = "CLIENT_NO"
	AccountNo    Match = "ACCOUNT_NO"
	IDNumber     Match = "ID_NUMBER"
	Phone        Match = "PHONE"
	PhoneLast4   Match = "PHONE_LAST4"
	Name         Match = "NAME"
	NameInitials Match = "NAME_INITIALS"
)

// Matches lists every Match, for tests that check the API knows them all.
var Matches = []Match{ClientNo, AccountNo, IDNumber, Phone, PhoneLast4, Name, NameInitials}

// MaxQueryLength is the longest query, in characters. Nothing the search
// looks up is longer (names are at most 200 bytes, about 66 Chinese
// characters), and a bound keeps each lookup's arguments small.
const MaxQueryLength = 100

// The lengths that decide which lookups a string of letters and digits
// runs. Shorter client-number prefixes would match a large part of the
// book and only make the count slow; account numbers are never shorter.
const (
	minClientNoPrefix = 4
	minAccountNo      = 5
	idNumberLength    = 18
	phoneLast4Length  = 4
)

// Term is one lookup a query runs: the field it compares (Match), the
// value it compares with, already normalised the way the column is
// stored, and whether it matches a prefix of the column rather than the
// whole. A Name term that is not a prefix matches anywhere in the name.
type Term struct {
	Match  Match
	Value  string
	Prefix bool
}

// Ranks, best first. Exact hits on an identifier come first, then the
// partial keys people type on purpose (last four digits, initials), then
// client-number prefixes, a name last: the more specific the key, the
// likelier it names the client meant. Prefixes come after the last four
// digits because client numbers start with the branch code: "0010" as a
// prefix is a whole branch, as the end of a phone a handful of clients.
// A name that starts with the query comes before one that only holds it:
// 张三 means 张三丰 more likely than 李张三.
const (
	rankExact = iota
	rankPartial
	rankClientNoPrefix
	rankName
	rankNameSubstring
	numRanks
)

// rank is where a term's hits are listed.
func (t Term) rank() int {
	switch {
	case t.Match == Name && t.Prefix:
		return rankName
	case t.Match == Name:
		return rankNameSubstring
	case t.Match == ClientNo && t.Prefix:
		return rankClientNoPrefix
	case t.Prefix || t.Match == PhoneLast4:
		return rankPartial
	}
	return rankExact
}

// Classify checks a query and returns the lookups that can match it, in
// the order that decides matchedBy when a client matches several of one
// rank. Running only these keeps each search to a few indexed queries: a
// phone number is never compared with names, nor a name with numbers.
//
//   - a mainland mobile number, however written (+86, spaces, dashes):
//     the full phone;
//   - letters and digits with at least one digit: the client number (exact,
//     and as a prefix from 4 characters), the account number (exact, from 5),
//     the ID number when 18 characters long (resident ID or unified credit
//     code, upper-cased so a trailing x is X), and the last four digits of
//     the phone when it is 4 digits;
//   - latin letters (spaces ignored): a prefix of the pinyin initials;
//   - anything else, Chinese above all: a prefix of the name, and, when it
//     holds at least two letters or digits, the name anywhere (三丰 finds
//     张三丰), looked up by the name's bigrams (searchkey.Bigrams). One
//     character is only a prefix: a single character is in too many names
//     to list, and a bigram index cannot look it up.
func Classify(query string) ([]Term, error) {
	q, err := clean(query)
	if err != nil {
		return nil, err
	}
	var terms []Term
	number := isAlnum(q) && hasDigit(q)
	if number {
		terms = append(terms, Term{Match: ClientNo, Value: q})
		if len(q) >= minAccountNo {
			terms = append(terms, Term{Match: AccountNo, Value: q})
		}
		if len(q) == idNumberLength {
			terms = append(terms, Term{Match: IDNumber, Value: strings.ToUpper(q)})
		}
	}
	if phone, err := contact.Mobile(q); err == nil {
		terms = append(terms, Term{Match: Phone, Value: phone})
	}
	if number {
		if len(q) == phoneLast4Length && isDigits(q) {
			terms = append(terms, Term{Match: PhoneLast4, Value: q})
		}
	}
	if compact := strings.ReplaceAll(q, " ", ""); isAlnum(compact) && hasLetter(compact) {
		terms = append(terms, Term{Match: NameInitials, Value: strings.ToLower(compact), Prefix: true})
	}
	if number && len(q) >= minClientNoPrefix {
		terms = append(terms, Term{Match: ClientNo, Value: q, Prefix: true})
	}
	if len(terms) == 0 {
		terms = append(terms, Term{Match: Name, Value: q, Prefix: true})
		if len(searchkey.Bigrams(q)) > 0 {
			terms = append(terms, Term{Match: Name, Value: q})
		}
	}
	return terms, nil
}

// clean trims the query and refuses what cannot be searched for: nothing,
// too much, or control characters (PostgreSQL rejects NUL in text, and no
// stored key holds the others).
func clean(query string) (string, error) {
	if !utf8.ValidString(query) {
		return "", apperr.New(apperr.BadUserInput, "query: not valid UTF-8")
	}
	if n := utf8.RuneCountInString(query); n > MaxQueryLength {
		return "", apperr.New(apperr.BadUserInput, "query: %d characters; at most %d", n, MaxQueryLength)
	}
	q := strings.TrimSpace(query)
	if q == "" {
		return "", apperr.New(apperr.BadUserInput, "query: give a name, client number, account number, ID number or phone")
	}
	for _, r := range q {
		if unicode.IsControl(r) {
			return "", apperr.New(apperr.BadUserInput, "query: holds a control character")
		}
	}
	return q, nil
}

func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isDigit(c) && !isLetter(c) {
			return false
		}
	}
	return s != ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

func hasDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < utf8.RuneSelf && isDigit(byte(r)) }) >= 0
}

func hasLetter(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return r < utf8.RuneSelf && isLetter(byte(r)) }) >= 0
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
