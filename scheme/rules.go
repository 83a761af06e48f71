package scheme

import (
	"encoding/json"

	"github.com/brokercrm/crm/segment"
)

// The helpers below write the standard schemes' rules briefly.

func raw(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // only literals of this file are marshalled
	}
	return b
}

func cmp(op segment.Op, dimension string, value any) segment.Rule {
	return segment.Rule{Op: op, Dimension: dimension, Value: raw(value)}
}

func in(dimension string, values ...any) segment.Rule {
	r := segment.Rule{Op: segment.OpIn, Dimension: dimension}
	for _, v := range values {
		r.Values = append(r.Values, raw(v))
	}
	return r
}

func and(rules ...segment.Rule) segment.Rule { return segment.Rule{Op: segment.OpAnd, Rules: rules} }
func or(rules ...segment.Rule) segment.Rule  { return segment.Rule{Op: segment.OpOr, Rules: rules} }
func not(r segment.Rule) segment.Rule {
	return segment.Rule{Op: segment.OpNot, Rules: []segment.Rule{r}}
}

func class(key, zh, en string, r segment.Rule) Class {
	return Class{Key: key, NameZH: zh, NameEN: en, Rule: r}
}

// within is "date within the last n days".
func within(dimension string, days int) segment.Rule {
	return segment.Rule{Op: segment.OpWithinLast, Dimension: dimension, Value: raw(map[string]any{"amount": days, "unit": "DAY"})}
}
