package segment

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// The limits of one rule tree. They keep a segment readable and its SQL
// small enough to plan quickly, and bound the work a stored rule can ask
// of the database.
const (
	MaxDepth      = 10   // nodes on the path from the root to any node, both counted
	MaxConditions = 200  // conditions in the whole tree
	MaxValues     = 1000 // values in one IN or NOT_IN
)

// maxErrors is where Validate stops looking: past it, more problems only
// bury the first ones.
const maxErrors = 50

// Validate reports everything wrong with r against c, as *RuleError
// values joined with errors.Join (see RuleErrors), or nil. A rule that
// passes compiles with any Catalog whose Sources cover its dimensions.
func Validate(r Rule, c Catalog) error {
	_, err := check(r, c)
	return err
}

// node is a rule that passed validation, with its values read into what
// the compiler binds (see readValue).
type node struct {
	op       Op
	children []*node // groups
	key      string  // conditions: the dimension's key…
	dim      Dimension
	values   []any // …and its values, in the order of the rule
}

// check validates r and returns it as a node tree.
func check(r Rule, c Catalog) (*node, error) {
	ch := &checker{catalog: c}
	n := ch.rule(r, "", 1)
	if len(ch.errs) > 0 {
		return nil, errors.Join(ch.errs...)
	}
	return n, nil
}

// checker walks a rule tree, collecting problems.
type checker struct {
	catalog    Catalog
	errs       []error
	conditions int  // conditions seen so far
	tooDeep    bool // TOO_DEEP reported: once is enough
	stopped    bool // TOO_MANY conditions: the rest is not looked at
}

func (ch *checker) fail(path, dimension string, p Problem, format string, args ...any) {
	if len(ch.errs) >= maxErrors {
		return
	}
	ch.errs = append(ch.errs, &RuleError{Path: path, Dimension: dimension, Problem: p, Message: fmt.Sprintf(format, args...)})
}

// done reports whether looking further is pointless.
func (ch *checker) done() bool { return ch.stopped || len(ch.errs) >= maxErrors }

func (ch *checker) rule(r Rule, path string, depth int) *node {
	if ch.done() {
		return nil
	}
	if depth > MaxDepth {
		if !ch.tooDeep {
			ch.fail(path, r.Dimension, TooDeep, "rules are nested more than %d levels deep", MaxDepth)
			ch.tooDeep = true
		}
		return nil
	}
	switch {
	case r.Op.isGroup():
		return ch.group(r, path, depth)
	case r.Op == "":
		ch.fail(path, r.Dimension, BadStructure, "the rule has no op")
		return nil
	case r.Op.shape() == unknownOp:
		ch.fail(path, r.Dimension, BadStructure, "%q is not an op (AND, OR, NOT, EQ, NE, LT, LE, GT, GE, BETWEEN, IN, NOT_IN, EMPTY, NOT_EMPTY, HAS_TAG, NOT_HAS_TAG, WITHIN_LAST, BEFORE_LAST)", shorten(string(r.Op), 40))
		return nil
	}
	return ch.condition(r, path)
}

func (ch *checker) group(r Rule, path string, depth int) *node {
	if r.Dimension != "" || !isAbsent(r.Value) || len(r.Values) > 0 {
		ch.fail(path, r.Dimension, BadStructure, "a %s group has no dimension or values of its own; put them in a condition inside it", r.Op)
	}
	switch {
	case r.Op == OpNot && len(r.Rules) != 1:
		ch.fail(path, "", BadStructure, "NOT takes exactly one rule, not %d", len(r.Rules))
	case len(r.Rules) == 0:
		ch.fail(path, "", BadStructure, "the %s group has no rules", r.Op)
	}
	n := &node{op: r.Op}
	for i, sub := range r.Rules {
		n.children = append(n.children, ch.rule(sub, childPath(path, i), depth+1))
	}
	return n
}

func (ch *checker) condition(r Rule, path string) *node {
	ch.conditions++
	if ch.conditions > MaxConditions {
		ch.fail("", "", TooMany, "the rule has more than %d conditions", MaxConditions)
		ch.stopped = true
		return nil
	}
	key := r.Dimension
	what := shorten(key, 40) + " " + string(r.Op)
	if len(r.Rules) > 0 {
		ch.fail(path, key, BadStructure, "%s: a condition has no rules of its own; group it with AND, OR or NOT", what)
		return nil
	}
	if key == "" {
		ch.fail(path, "", BadStructure, "the %s condition has no dimension", r.Op)
		return nil
	}
	d, ok := ch.catalog.Dimension(key)
	if !ok {
		ch.fail(path, key, UnknownDimension, "%s: %q is not a dimension of the catalogue", what, shorten(key, 40))
		return nil
	}
	if !d.Type.Allows(r.Op) {
		ch.fail(path, key, BadOperator, "%s: a %s dimension does not allow %s; it allows %s",
			what, d.Type, r.Op, joinOps(d.Type.Operators()))
		return nil
	}
	raws, ok := ch.shape(r, path, what)
	if !ok {
		return nil
	}
	n := &node{op: r.Op, key: key, dim: d}
	for _, raw := range raws {
		v, verr := readValue(d, r.Op, raw)
		if verr != nil {
			ch.fail(path, key, verr.problem, "%s: %s", what, verr.msg)
			ok = false
			continue
		}
		n.values = append(n.values, v)
	}
	if ok && r.Op == OpBetween && orderValues(n.values[0], n.values[1]) > 0 {
		ch.fail(path, key, BadValue, "%s: the low end %s is above the high end %s", what, show(raws[0]), show(raws[1]))
		ok = false
	}
	if !ok {
		return nil
	}
	return n
}

// shape checks that a condition holds the values its op takes, and
// returns them.
func (ch *checker) shape(r Rule, path, what string) ([]json.RawMessage, bool) {
	key, hasValue, hasValues := r.Dimension, !isAbsent(r.Value), len(r.Values) > 0
	switch r.Op.shape() {
	case noValue:
		if hasValue || hasValues {
			ch.fail(path, key, BadStructure, "%s takes no value", what)
			return nil, false
		}
		return nil, true
	case oneValue:
		switch {
		case hasValues:
			ch.fail(path, key, BadStructure, "%s takes one value, not a list of values", what)
		case !hasValue:
			ch.fail(path, key, BadStructure, "%s needs a value (to find missing values, use EMPTY)", what)
		default:
			return []json.RawMessage{r.Value}, true
		}
	case twoValues:
		switch {
		case hasValue:
			ch.fail(path, key, BadStructure, "%s takes values [lo, hi], not a value", what)
		case len(r.Values) != 2:
			ch.fail(path, key, BadStructure, "%s takes exactly 2 values [lo, hi], not %d", what, len(r.Values))
		default:
			return r.Values, true
		}
	case listValues:
		switch {
		case hasValue:
			ch.fail(path, key, BadStructure, "%s takes a list of values, not a value", what)
		case !hasValues:
			ch.fail(path, key, BadStructure, "%s needs at least one value", what)
		case len(r.Values) > MaxValues:
			ch.fail(path, key, TooMany, "%s has %d values; at most %d are allowed", what, len(r.Values), MaxValues)
		default:
			return r.Values, true
		}
	}
	return nil, false
}

// childPath is the path of the i-th rule of the node at path.
func childPath(path string, i int) string {
	if path == "" {
		return fmt.Sprintf("rules[%d]", i)
	}
	return fmt.Sprintf("%s.rules[%d]", path, i)
}

func joinOps(ops []Op) string {
	s := make([]string, len(ops))
	for i, op := range ops {
		s[i] = string(op)
	}
	return strings.Join(s, ", ")
}
