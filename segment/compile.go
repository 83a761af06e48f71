package segment

import (
	"fmt"
	"time"

	"entgo.io/ent/dialect/sql"
)

// Compile validates r against c and returns it as an ent predicate, to
// use as e.g. predicate.Customer(p) in a query. The predicate's SQL holds
// only the catalogue's expressions, operators and placeholders; every
// value of the rule is a bind parameter. It works on PostgreSQL and SQLite.
//
// A rule that does not validate returns Validate's error. A dimension the
// catalogue describes but gives no Source of the right kind for is a
// programming error, returned as a plain error.
//
// The semantics:
//
//   - Missing values (NULL) match only EMPTY. Every other comparison is
//     false, never unknown, on a NULL: NE 5 and NOT_IN [5] leave out the
//     clients without a value (add "OR EMPTY" to keep them).
//   - NOT is the complement: NOT (EQ 5) is every client not matched by
//     EQ 5, including those without a value. Because comparisons are
//     never unknown, AND, OR and NOT follow ordinary two-valued logic.
//   - DATE values are calendar days: a date-and-time matches the day it
//     falls on (EQ "2026-01-05" is from that day's start to the next
//     day's start). Relative dates are counted from today, the calendar
//     date of now in now's location (pass now in China Standard Time):
//     WITHIN_LAST 90 DAY is from today minus 90 days to today, both
//     included; BEFORE_LAST 90 DAY is before today minus 90 days; future
//     dates match neither. Months and years stop at the end of a short
//     month.
//   - MONEY and NUMBER values are bound as ten-thousandths (an int64, as
//     money.Decimal stores them); INTEGER as int64; ENUM and dates as
//     strings; BOOLEAN EQ true as the column itself.
//   - HAS_TAG is Source.HasTag; NOT_HAS_TAG is its negation, so it also
//     matches clients with no tags at all.
func Compile(r Rule, c Catalog, now time.Time) (func(*sql.Selector), error) {
	p, err := CompilePredicate(r, c, now)
	if err != nil {
		return nil, err
	}
	return func(s *sql.Selector) { s.Where(p(s)) }, nil
}

// CompilePredicate is Compile for callers that combine the rule with
// other conditions themselves (a scheme's classes, first match first):
// it returns the rule's predicate for a selector rather than applying it.
func CompilePredicate(r Rule, c Catalog, now time.Time) (func(*sql.Selector) *sql.Predicate, error) {
	n, err := check(r, c)
	if err != nil {
		return nil, err
	}
	cp := compiler{catalog: c, today: calendarDay(now)}
	p, err := cp.node(n)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// predicate builds a rule's predicate for a selector: columns are only
// known once the selector (its table, alias and dialect) is.
type predicate func(s *sql.Selector) *sql.Predicate

type compiler struct {
	catalog Catalog
	today   time.Time
}

func (cp compiler) node(n *node) (predicate, error) {
	switch n.op {
	case OpAnd, OpOr, OpNot:
		return cp.group(n)
	case OpHasTag, OpNotHasTag:
		return cp.tag(n)
	}
	return cp.comparison(n)
}

func (cp compiler) group(n *node) (predicate, error) {
	children := make([]predicate, len(n.children))
	for i, child := range n.children {
		p, err := cp.node(child)
		if err != nil {
			return nil, err
		}
		children[i] = p
	}
	op := n.op
	return func(s *sql.Selector) *sql.Predicate {
		ps := make([]*sql.Predicate, len(children))
		for i, child := range children {
			ps[i] = child(s)
		}
		switch op {
		case OpNot:
			return sql.Not(ps[0])
		case OpOr:
			return sql.Or(ps...)
		}
		return sql.And(ps...)
	}, nil
}

func (cp compiler) tag(n *node) (predicate, error) {
	src, ok := cp.catalog.Column(n.key)
	if !ok || src.HasTag == nil {
		return nil, fmt.Errorf("segment: the catalogue has no tag test (Source.HasTag) for dimension %q", n.key)
	}
	ref, negate := n.values[0].(TagRef), n.op == OpNotHasTag
	return func(s *sql.Selector) *sql.Predicate {
		p := src.HasTag(s, ref)
		if negate {
			return sql.Not(p)
		}
		return p
	}, nil
}

func (cp compiler) comparison(n *node) (predicate, error) {
	src, ok := cp.catalog.Column(n.key)
	if ok && src.Column == nil && src.Match != nil && n.dim.Type == TypeEnum {
		return cp.matched(n, src), nil
	}
	if !ok || src.Column == nil {
		return nil, fmt.Errorf("segment: the catalogue has no column (Source.Column) for dimension %q", n.key)
	}
	build := compareValue
	if n.dim.Type == TypeDate {
		build = cp.compareDate
	}
	op, values := n.op, n.values
	return func(s *sql.Selector) *sql.Predicate {
		col := src.Column(s)
		switch op {
		case OpEmpty:
			return sql.IsNull(col)
		case OpNotEmpty:
			return sql.NotNull(col)
		}
		// The guard makes the comparison false rather than unknown on a
		// NULL, so that NOT around it is a true complement.
		return sql.And(sql.NotNull(col), build(col, op, values))
	}, nil
}

// matched compares an ENUM that is not a column but a predicate per
// value (Source.Match). A client has at most one value, so NE and NOT_IN
// are "has another value", and EMPTY is "matches none".
func (cp compiler) matched(n *node, src Source) predicate {
	op, values, all := n.op, n.values, n.dim.Enum
	anyOf := func(s *sql.Selector, vs []string) *sql.Predicate {
		ps := make([]*sql.Predicate, len(vs))
		for i, v := range vs {
			ps[i] = src.Match(s, v)
		}
		return sql.Or(ps...)
	}
	strs := func(vs []any) []string {
		out := make([]string, len(vs))
		for i, v := range vs {
			out[i] = v.(string)
		}
		return out
	}
	return func(s *sql.Selector) *sql.Predicate {
		switch op {
		case OpEQ, OpIn:
			return anyOf(s, strs(values))
		case OpNE, OpNotIn:
			return sql.And(anyOf(s, all), sql.Not(anyOf(s, strs(values))))
		case OpEmpty:
			return sql.Not(anyOf(s, all))
		case OpNotEmpty:
			return anyOf(s, all)
		}
		panic("segment: no comparison for " + string(op)) // unreachable: Validate allows no other op on an ENUM
	}
}

// compareValue compares a column with numbers, strings or booleans.
func compareValue(col string, op Op, values []any) *sql.Predicate {
	switch op {
	case OpEQ:
		return sql.EQ(col, values[0])
	case OpNE:
		return sql.NEQ(col, values[0])
	case OpLT:
		return sql.LT(col, values[0])
	case OpLE:
		return sql.LTE(col, values[0])
	case OpGT:
		return sql.GT(col, values[0])
	case OpGE:
		return sql.GTE(col, values[0])
	case OpBetween:
		return sql.And(sql.GTE(col, values[0]), sql.LTE(col, values[1]))
	case OpIn:
		return sql.In(col, values...)
	case OpNotIn:
		return sql.NotIn(col, values...)
	}
	panic("segment: no comparison for " + string(op)) // unreachable: Validate allows no other op
}

// compareDate compares a DATE column with calendar days. Every test is a
// half-open range of days written as "col >= first day" and "col < day
// after the last", which holds for a PostgreSQL DATE and for SQLite text
// that begins with the date, whatever time of day follows it.
func (cp compiler) compareDate(col string, op Op, values []any) *sql.Predicate {
	day := func(i int) time.Time { return values[i].(time.Time) }
	from := func(t time.Time) *sql.Predicate { return sql.GTE(col, t.Format(dateLayout)) }
	until := func(t time.Time) *sql.Predicate { return sql.LT(col, t.AddDate(0, 0, 1).Format(dateLayout)) }
	switch op {
	case OpEQ:
		return sql.And(from(day(0)), until(day(0)))
	case OpNE:
		return sql.Not(sql.And(from(day(0)), until(day(0))))
	case OpLT:
		return sql.LT(col, day(0).Format(dateLayout))
	case OpLE:
		return until(day(0))
	case OpGT:
		return sql.GTE(col, day(0).AddDate(0, 0, 1).Format(dateLayout))
	case OpGE:
		return from(day(0))
	case OpBetween:
		return sql.And(from(day(0)), until(day(1)))
	case OpWithinLast:
		return sql.And(from(values[0].(Period).before(cp.today)), until(cp.today))
	case OpBeforeLast:
		return sql.LT(col, values[0].(Period).before(cp.today).Format(dateLayout))
	}
	panic("segment: no date comparison for " + string(op)) // unreachable: Validate allows no other op
}
