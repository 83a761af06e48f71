package segment

import "encoding/json"

// Op is what a rule node does: combine other rules (AND, OR, NOT) or
// compare one dimension with values (every other Op).
type Op string

// The group operators.
const (
	OpAnd Op = "AND" // every sub-rule holds
	OpOr  Op = "OR"  // at least one sub-rule holds
	OpNot Op = "NOT" // its one sub-rule does not hold (see Compile for NULLs)
)

// The comparisons. Which of them a dimension accepts depends on its Type
// (see Type.Allows); which values they take is said beside each.
const (
	OpEQ         Op = "EQ"          // value
	OpNE         Op = "NE"          // value; never matches a missing value
	OpLT         Op = "LT"          // value
	OpLE         Op = "LE"          // value
	OpGT         Op = "GT"          // value
	OpGE         Op = "GE"          // value
	OpBetween    Op = "BETWEEN"     // values: [lo, hi], both included
	OpIn         Op = "IN"          // values: 1 to MaxValues of them
	OpNotIn      Op = "NOT_IN"      // values; never matches a missing value
	OpEmpty      Op = "EMPTY"       // no value: the dimension has no value (NULL)
	OpNotEmpty   Op = "NOT_EMPTY"   // no value: the dimension has a value
	OpHasTag     Op = "HAS_TAG"     // value: a tag id (number) or name (string)
	OpNotHasTag  Op = "NOT_HAS_TAG" // value: as HAS_TAG
	OpWithinLast Op = "WITHIN_LAST" // value: a Period; from today minus it to today
	OpBeforeLast Op = "BEFORE_LAST" // value: a Period; before today minus it
)

// Rule is one node of a rule tree, exactly as it is stored in JSON: a
// group (Op AND, OR or NOT, with Rules) or a condition (a comparison Op
// with a Dimension and a Value or Values).
//
// Values stay raw JSON until Validate reads them against the dimension's
// Type, so that decimals are read exactly (never through a float) and a
// rule read from the database is written back unchanged.
type Rule struct {
	Op        Op                `json:"op"`
	Rules     []Rule            `json:"rules,omitempty"`
	Dimension string            `json:"dimension,omitempty"`
	Value     json.RawMessage   `json:"value,omitempty"`
	Values    []json.RawMessage `json:"values,omitempty"`
}

// isGroup reports whether o combines sub-rules rather than compares.
func (o Op) isGroup() bool { return o == OpAnd || o == OpOr || o == OpNot }

// valueShape says which of Value and Values a comparison takes.
type valueShape int

const (
	noValue    valueShape = iota // EMPTY, NOT_EMPTY
	oneValue                     // Value
	twoValues                    // Values: [lo, hi]
	listValues                   // Values: one or more
	unknownOp                    // not an operator at all
)

// shape returns the values o takes; unknownOp for a group or an unknown Op.
func (o Op) shape() valueShape {
	switch o {
	case OpEQ, OpNE, OpLT, OpLE, OpGT, OpGE, OpHasTag, OpNotHasTag, OpWithinLast, OpBeforeLast:
		return oneValue
	case OpBetween:
		return twoValues
	case OpIn, OpNotIn:
		return listValues
	case OpEmpty, OpNotEmpty:
		return noValue
	}
	return unknownOp
}
