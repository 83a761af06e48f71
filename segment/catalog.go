package segment

import (
	"slices"

	"entgo.io/ent/dialect/sql"
)

// Type is the kind of value a dimension holds. It decides which
// comparisons a rule may use on the dimension and how its values are read
// and bound.
type Type string

// The dimension types, with how their values are written in a rule and
// what the compiler binds for them.
const (
	// TypeNumber is an exact decimal that is not an amount of money (a
	// ratio, a rate, a turnover). Written as "0.85" or 0.85; like every
	// exact number of the CRM (package money) it is stored and bound as
	// a BIGINT of ten-thousandths.
	TypeNumber Type = "NUMBER"
	// TypeMoney is an amount of money, written and bound like NUMBER;
	// Dimension.Unit names the currency.
	TypeMoney Type = "MONEY"
	// TypeInteger is a whole number (an age, a count), written as 35 or "35".
	TypeInteger Type = "INTEGER"
	// TypeEnum is one of Dimension.Enum, written as a string.
	TypeEnum Type = "ENUM"
	// TypeBoolean is true or false.
	TypeBoolean Type = "BOOLEAN"
	// TypeDate is a calendar day, written "2006-01-02".
	TypeDate Type = "DATE"
	// TypeTags is the set of tags on a client, tested with HAS_TAG and
	// NOT_HAS_TAG through Source.HasTag.
	TypeTags Type = "TAGS"
)

// operators lists the comparisons each type allows. Ordering is only
// offered where it means something: not on ENUM (codes have no order) nor
// BOOLEAN; lists of dates are left out because a range says it better.
var operators = map[Type][]Op{
	TypeNumber:  {OpEQ, OpNE, OpLT, OpLE, OpGT, OpGE, OpBetween, OpIn, OpNotIn, OpEmpty, OpNotEmpty},
	TypeMoney:   {OpEQ, OpNE, OpLT, OpLE, OpGT, OpGE, OpBetween, OpIn, OpNotIn, OpEmpty, OpNotEmpty},
	TypeInteger: {OpEQ, OpNE, OpLT, OpLE, OpGT, OpGE, OpBetween, OpIn, OpNotIn, OpEmpty, OpNotEmpty},
	TypeEnum:    {OpEQ, OpNE, OpIn, OpNotIn, OpEmpty, OpNotEmpty},
	TypeBoolean: {OpEQ, OpNE, OpEmpty, OpNotEmpty},
	TypeDate:    {OpEQ, OpNE, OpLT, OpLE, OpGT, OpGE, OpBetween, OpEmpty, OpNotEmpty, OpWithinLast, OpBeforeLast},
	TypeTags:    {OpHasTag, OpNotHasTag},
}

// Operators returns the comparisons a rule may use on a dimension of type
// t, e.g. for the segment editor's operator menu. It is nil for an
// unknown type.
func (t Type) Operators() []Op { return slices.Clone(operators[t]) }

// Allows reports whether a rule may use op on a dimension of type t.
func (t Type) Allows(op Op) bool { return slices.Contains(operators[t], op) }

// Dimension describes one dimension (维度/指标) of the catalogue: what
// the segment editor shows and what Validate checks values against. How
// the dimension is reached in SQL is the Catalog's Source, kept apart so
// that the description can be listed and sent to the browser.
type Dimension struct {
	Key    string   `json:"key"`            // stable identifier used in rules, e.g. "total_assets"
	NameZH string   `json:"nameZh"`         // e.g. "总资产"
	NameEN string   `json:"nameEn"`         // e.g. "Total assets"
	Group  string   `json:"group"`          // catalogue group, e.g. "holdings" (PRODUCT.md §3)
	Type   Type     `json:"type"`           // what values it holds
	Unit   string   `json:"unit,omitempty"` // e.g. "CNY", "%", "years"; for display only
	Enum   []string `json:"enum,omitempty"` // ENUM only: the allowed values
}

// Catalog is the set of dimensions rules may use. Validate needs only
// Dimension; Compile also needs Column.
type Catalog interface {
	// Dimension returns the dimension with the key a rule names.
	Dimension(key string) (Dimension, bool)
	// Column returns how to reach the dimension in SQL: its column or
	// expression for every type but TAGS, its membership test for TAGS.
	Column(key string) (Source, bool)
}

// Source is how the compiler reaches one dimension in SQL. It is given
// the selector the rule is applied to, so the catalogue (not this
// package) decides which table, alias or join a dimension lives in.
// Exactly one field is set: Column for every type but TAGS, or HasTag
// for TAGS, or Match for an ENUM decided by rules.
type Source struct {
	// Column returns the SQL expression holding the dimension's value for
	// the rows of s, typically s.C("age"). It is trusted SQL: it must be
	// written by programmers, never derived from a rule.
	//
	// NUMBER and MONEY expressions must yield ten-thousandths, as a
	// money.Decimal column does. DATE expressions must yield a DATE on
	// PostgreSQL, and on SQLite text beginning with "YYYY-MM-DD" (a date,
	// or a time as the repository's _time_format=sqlite writes it).
	Column func(s *sql.Selector) string
	// HasTag returns a predicate, true for the rows of s that carry tag.
	// TagLink.HasTag is the usual implementation.
	HasTag func(s *sql.Selector, tag TagRef) *sql.Predicate
	// Match is, for an ENUM that no column holds (a classification
	// scheme's class, decided by rules), the predicate true for the rows
	// of s whose value is value. Each row matches at most one value.
	Match func(s *sql.Selector, value string) *sql.Predicate
}

// ColumnSource is the Source of a dimension that is a column of the
// selector's own table.
func ColumnSource(column string) Source {
	return Source{Column: func(s *sql.Selector) string { return s.C(column) }}
}
