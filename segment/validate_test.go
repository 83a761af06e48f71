package segment_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/segment"
)

// parse reads a rule written in JSON, failing the test if it is not.
func parse(t testing.TB, text string) segment.Rule {
	t.Helper()
	var r segment.Rule
	if err := json.Unmarshal([]byte(text), &r); err != nil {
		t.Fatalf("rule %s: %v", text, err)
	}
	return r
}

// nested wraps inner in n NOT groups.
func nested(n int, inner string) string {
	return strings.Repeat(`{"op":"NOT","rules":[`, n) + inner + strings.Repeat(`]}`, n)
}

// conditions is an AND of n copies of one condition.
func conditions(n int) string {
	c := make([]string, n)
	for i := range c {
		c[i] = `{"op":"GE","dimension":"age","value":18}`
	}
	return `{"op":"AND","rules":[` + strings.Join(c, ",") + `]}`
}

// inValues is an age IN condition with n values.
func inValues(n int) string {
	v := make([]string, n)
	for i := range v {
		v[i] = fmt.Sprint(i)
	}
	return `{"op":"IN","dimension":"age","values":[` + strings.Join(v, ",") + `]}`
}

const ok = `{"op":"GE","dimension":"age","value":18}`

func TestValidate(t *testing.T) {
	valid := []struct {
		name, rule string
	}{
		{"EQ", `{"op":"EQ","dimension":"age","value":35}`},
		{"IntegerAsString", `{"op":"EQ","dimension":"age","value":"35"}`},
		{"IntegerWithZeroFraction", `{"op":"EQ","dimension":"age","value":35.0}`},
		{"NE", `{"op":"NE","dimension":"status","value":"NORMAL"}`},
		{"MoneyString", `{"op":"GE","dimension":"total_assets","value":"500000.1234"}`},
		{"MoneyNumber", `{"op":"LT","dimension":"total_assets","value":0.1}`},
		{"NumberBetween", `{"op":"BETWEEN","dimension":"position_ratio","values":["0.5",0.9]}`},
		{"BetweenEqualEnds", `{"op":"BETWEEN","dimension":"age","values":[30,30]}`},
		{"In", `{"op":"IN","dimension":"status","values":["NORMAL","FROZEN"]}`},
		{"NotIn", `{"op":"NOT_IN","dimension":"age","values":[1]}`},
		{"Empty", `{"op":"EMPTY","dimension":"opened_on"}`},
		{"NotEmpty", `{"op":"NOT_EMPTY","dimension":"vip","value":null}`},
		{"Boolean", `{"op":"EQ","dimension":"vip","value":false}`},
		{"Date", `{"op":"LE","dimension":"opened_on","value":"2024-02-29"}`},
		{"HasTagByName", `{"op":"HAS_TAG","dimension":"tags","value":"高净值"}`},
		{"HasTagByID", `{"op":"NOT_HAS_TAG","dimension":"tags","value":7}`},
		{"WithinLast", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":90,"unit":"DAY"}}`},
		{"BeforeLast", `{"op":"BEFORE_LAST","dimension":"last_trade_at","value":{"amount":"100","unit":"YEAR"}}`},
		{"Groups", `{"op":"OR","rules":[{"op":"AND","rules":[` + ok + `]},{"op":"NOT","rules":[` + ok + `]}]}`},
		{"MaxDepth", nested(segment.MaxDepth-1, ok)},
		{"MaxConditions", conditions(segment.MaxConditions)},
		{"MaxValues", inValues(segment.MaxValues)},
	}
	for _, tc := range valid {
		t.Run("OK/"+tc.name, func(t *testing.T) {
			if err := segment.Validate(parse(t, tc.rule), catalog); err != nil {
				t.Errorf("got %v, want no error", err)
			}
		})
	}

	type want struct {
		path    string
		problem segment.Problem
	}
	invalid := []struct {
		name, rule string
		want       []want
	}{
		// BAD_STRUCTURE
		{"ErrNoOp", `{}`, []want{{"", segment.BadStructure}}},
		{"ErrUnknownOp", `{"op":"LIKE","dimension":"status","value":"N%"}`, []want{{"", segment.BadStructure}}},
		{"ErrLowerCaseOp", `{"op":"and","rules":[` + ok + `]}`, []want{{"", segment.BadStructure}}},
		{"ErrAndWithoutRules", `{"op":"AND","rules":[]}`, []want{{"", segment.BadStructure}}},
		{"ErrNestedOrWithoutRules", `{"op":"AND","rules":[` + ok + `,{"op":"OR"}]}`, []want{{"rules[1]", segment.BadStructure}}},
		{"ErrNotWithTwoRules", `{"op":"NOT","rules":[` + ok + `,` + ok + `]}`, []want{{"", segment.BadStructure}}},
		{"ErrNotWithoutRule", `{"op":"AND","rules":[{"op":"NOT","rules":[]}]}`, []want{{"rules[0]", segment.BadStructure}}},
		{"ErrGroupWithDimension", `{"op":"AND","dimension":"age","value":1,"rules":[` + ok + `]}`, []want{{"", segment.BadStructure}}},
		{"ErrConditionWithRules", `{"op":"EQ","dimension":"age","value":1,"rules":[` + ok + `]}`, []want{{"", segment.BadStructure}}},
		{"ErrNoDimension", `{"op":"OR","rules":[` + ok + `,{"op":"EQ","value":1}]}`, []want{{"rules[1]", segment.BadStructure}}},
		{"ErrNoValue", `{"op":"EQ","dimension":"age"}`, []want{{"", segment.BadStructure}}},
		{"ErrNullValue", `{"op":"NE","dimension":"age","value":null}`, []want{{"", segment.BadStructure}}},
		{"ErrValuesForEQ", `{"op":"EQ","dimension":"age","values":[1]}`, []want{{"", segment.BadStructure}}},
		{"ErrValueForEmpty", `{"op":"EMPTY","dimension":"age","value":1}`, []want{{"", segment.BadStructure}}},
		{"ErrBetweenOneValue", `{"op":"BETWEEN","dimension":"age","values":[1]}`, []want{{"", segment.BadStructure}}},
		{"ErrBetweenThreeValues", `{"op":"BETWEEN","dimension":"age","values":[1,2,3]}`, []want{{"", segment.BadStructure}}},
		{"ErrBetweenValue", `{"op":"BETWEEN","dimension":"age","value":1}`, []want{{"", segment.BadStructure}}},
		{"ErrInNoValues", `{"op":"IN","dimension":"status","values":[]}`, []want{{"", segment.BadStructure}}},
		// UNKNOWN_DIMENSION
		{"ErrUnknownDimension", `{"op":"AND","rules":[` + ok + `,{"op":"OR","rules":[` + ok + `,{"op":"EQ","dimension":"shoe_size","value":42}]}]}`,
			[]want{{"rules[1].rules[1]", segment.UnknownDimension}}},
		// BAD_OPERATOR
		{"ErrLTOnEnum", `{"op":"LT","dimension":"status","value":"NORMAL"}`, []want{{"", segment.BadOperator}}},
		{"ErrGTOnBoolean", `{"op":"GT","dimension":"vip","value":false}`, []want{{"", segment.BadOperator}}},
		{"ErrHasTagOnInteger", `{"op":"HAS_TAG","dimension":"age","value":"x"}`, []want{{"", segment.BadOperator}}},
		{"ErrWithinLastOnMoney", `{"op":"WITHIN_LAST","dimension":"total_assets","value":{"amount":1,"unit":"DAY"}}`, []want{{"", segment.BadOperator}}},
		{"ErrEQOnTags", `{"op":"EQ","dimension":"tags","value":"x"}`, []want{{"", segment.BadOperator}}},
		{"ErrInOnDate", `{"op":"IN","dimension":"opened_on","values":["2026-01-01"]}`, []want{{"", segment.BadOperator}}},
		// TYPE_MISMATCH
		{"ErrIntegerText", `{"op":"NOT","rules":[{"op":"LT","dimension":"age","value":"abc"}]}`, []want{{"rules[0]", segment.TypeMismatch}}},
		{"ErrIntegerFraction", `{"op":"EQ","dimension":"age","value":35.5}`, []want{{"", segment.TypeMismatch}}},
		{"ErrIntegerBoolean", `{"op":"EQ","dimension":"age","value":true}`, []want{{"", segment.TypeMismatch}}},
		{"ErrIntegerOverflow", `{"op":"EQ","dimension":"age","value":99999999999999999999}`, []want{{"", segment.TypeMismatch}}},
		{"ErrMoneyTooPrecise", `{"op":"GE","dimension":"total_assets","value":"12.34567"}`, []want{{"", segment.TypeMismatch}}},
		{"ErrMoneyExponent", `{"op":"GE","dimension":"total_assets","value":1e6}`, []want{{"", segment.TypeMismatch}}},
		{"ErrMoneyObject", `{"op":"GE","dimension":"total_assets","value":{"amount":1}}`, []want{{"", segment.TypeMismatch}}},
		{"ErrNumberText", `{"op":"GE","dimension":"position_ratio","value":"half"}`, []want{{"", segment.TypeMismatch}}},
		{"ErrEnumNumber", `{"op":"EQ","dimension":"status","value":3}`, []want{{"", segment.TypeMismatch}}},
		{"ErrBooleanString", `{"op":"EQ","dimension":"vip","value":"true"}`, []want{{"", segment.TypeMismatch}}},
		{"ErrDateMonth13", `{"op":"EQ","dimension":"opened_on","value":"2026-13-01"}`, []want{{"", segment.TypeMismatch}}},
		{"ErrDateFeb30", `{"op":"EQ","dimension":"opened_on","value":"2026-02-30"}`, []want{{"", segment.TypeMismatch}}},
		{"ErrDateNumber", `{"op":"EQ","dimension":"opened_on","value":20260101}`, []want{{"", segment.TypeMismatch}}},
		{"ErrDateWithTime", `{"op":"EQ","dimension":"opened_on","value":"2026-01-01T00:00:00Z"}`, []want{{"", segment.TypeMismatch}}},
		{"ErrPeriodNotObject", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":90}`, []want{{"", segment.TypeMismatch}}},
		{"ErrPeriodAmountText", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":"many","unit":"DAY"}}`, []want{{"", segment.TypeMismatch}}},
		{"ErrPeriodExtraField", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":1,"unit":"DAY","from":"x"}}`, []want{{"", segment.TypeMismatch}}},
		{"ErrTagBoolean", `{"op":"HAS_TAG","dimension":"tags","value":true}`, []want{{"", segment.TypeMismatch}}},
		{"ErrTagFraction", `{"op":"HAS_TAG","dimension":"tags","value":1.5}`, []want{{"", segment.TypeMismatch}}},
		{"ErrOneOfInValues", `{"op":"AND","rules":[{"op":"IN","dimension":"age","values":[1,"x",3]}]}`, []want{{"rules[0]", segment.TypeMismatch}}},
		// BAD_VALUE
		{"ErrEnumNotAllowed", `{"op":"EQ","dimension":"status","value":"ACTIVE"}`, []want{{"", segment.BadValue}}},
		{"ErrBetweenReversed", `{"op":"BETWEEN","dimension":"age","values":[50,30]}`, []want{{"", segment.BadValue}}},
		{"ErrBetweenReversedMoney", `{"op":"BETWEEN","dimension":"total_assets","values":["0.0002","0.0001"]}`, []want{{"", segment.BadValue}}},
		{"ErrBetweenReversedDates", `{"op":"BETWEEN","dimension":"opened_on","values":["2026-02-01","2026-01-31"]}`, []want{{"", segment.BadValue}}},
		{"ErrDateYear9999", `{"op":"LE","dimension":"opened_on","value":"9999-12-31"}`, []want{{"", segment.BadValue}}},
		{"ErrPeriodZero", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":0,"unit":"DAY"}}`, []want{{"", segment.BadValue}}},
		{"ErrPeriodTooLong", `{"op":"BEFORE_LAST","dimension":"last_trade_at","value":{"amount":101,"unit":"YEAR"}}`, []want{{"", segment.BadValue}}},
		{"ErrPeriodWeek", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":1,"unit":"WEEK"}}`, []want{{"", segment.BadValue}}},
		{"ErrTagEmptyName", `{"op":"HAS_TAG","dimension":"tags","value":" "}`, []want{{"", segment.BadValue}}},
		{"ErrTagZeroID", `{"op":"HAS_TAG","dimension":"tags","value":0}`, []want{{"", segment.BadValue}}},
		// TOO_DEEP, TOO_MANY
		{"ErrTooDeep", nested(segment.MaxDepth, ok), []want{{strings.TrimPrefix(strings.Repeat(".rules[0]", segment.MaxDepth), "."), segment.TooDeep}}},
		{"ErrTooManyConditions", conditions(segment.MaxConditions + 1), []want{{"", segment.TooMany}}},
		{"ErrTooManyValues", `{"op":"OR","rules":[` + ok + `,` + inValues(segment.MaxValues+1) + `]}`, []want{{"rules[1]", segment.TooMany}}},
		// Several at once, in the order of the tree.
		{"ErrSeveral", `{"op":"AND","rules":[{"op":"EQ","dimension":"age","value":"x"},` + ok + `,{"op":"OR","rules":[{"op":"LT","dimension":"vip","value":true},{"op":"EQ","dimension":"nope","value":1}]}]}`,
			[]want{{"rules[0]", segment.TypeMismatch}, {"rules[2].rules[0]", segment.BadOperator}, {"rules[2].rules[1]", segment.UnknownDimension}}},
	}
	seen := make(map[segment.Problem]bool)
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			err := segment.Validate(parse(t, tc.rule), catalog)
			var got []want
			for _, e := range segment.RuleErrors(err) {
				got = append(got, want{e.Path, e.Problem})
				seen[e.Problem] = true
				if e.Message == "" {
					t.Errorf("%+v has no message", e)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v, want %v\n(error: %v)", got, tc.want, err)
			}
		})
	}
	for _, p := range []segment.Problem{segment.BadStructure, segment.UnknownDimension, segment.BadOperator,
		segment.TypeMismatch, segment.BadValue, segment.TooDeep, segment.TooMany} {
		if !seen[p] {
			t.Errorf("no test case produces %s", p)
		}
	}
}

// TestValidateMessage checks that a message names the condition and the
// value at fault, and that the error carries the dimension.
func TestValidateMessage(t *testing.T) {
	err := segment.Validate(parse(t, `{"op":"AND","rules":[`+ok+`,{"op":"LT","dimension":"age","value":"abc"}]}`), catalog)
	errs := segment.RuleErrors(err)
	if len(errs) != 1 {
		t.Fatalf("got %d errors (%v), want 1", len(errs), err)
	}
	e := errs[0]
	if e.Dimension != "age" {
		t.Errorf("Dimension: got %q, want %q", e.Dimension, "age")
	}
	for _, part := range []string{"age LT", `"abc"`} {
		if !strings.Contains(e.Message, part) {
			t.Errorf("message %q does not contain %q", e.Message, part)
		}
	}
	if got, want := err.Error(), "segment rule at rules[1]: "+e.Message; got != want {
		t.Errorf("Error(): got %q, want %q", got, want)
	}
}

// TestRuleErrorCode: the GraphQL layer shows rule problems as
// BAD_USER_INPUT, joined or wrapped.
func TestRuleErrorCode(t *testing.T) {
	err := segment.Validate(parse(t, `{"op":"AND","rules":[{"op":"EQ","dimension":"x","value":1},{"op":"EQ","dimension":"y","value":1}]}`), catalog)
	wrapped := fmt.Errorf("saving segment: %w", err)
	if got := apperr.CodeOf(wrapped); got != apperr.BadUserInput {
		t.Errorf("CodeOf: got %q, want %q", got, apperr.BadUserInput)
	}
	if got := len(segment.RuleErrors(wrapped)); got != 2 {
		t.Errorf("RuleErrors of a wrapped join: got %d, want 2", got)
	}
	var one *segment.RuleError
	if !errors.As(wrapped, &one) || one.Dimension != "x" {
		t.Errorf("errors.As: got %+v, want the error on x", one)
	}
	if got := segment.RuleErrors(errors.New("other")); got != nil {
		t.Errorf("RuleErrors of another error: got %v, want nil", got)
	}
}

// TestValidateStopsEarly: a huge rule costs a bounded number of errors.
func TestValidateStopsEarly(t *testing.T) {
	c := make([]string, 5000)
	for i := range c {
		c[i] = `{"op":"EQ","dimension":"nope","value":1}`
	}
	err := segment.Validate(parse(t, `{"op":"OR","rules":[`+strings.Join(c, ",")+`]}`), catalog)
	if n := len(segment.RuleErrors(err)); n == 0 || n > 60 {
		t.Errorf("got %d errors, want between 1 and 60", n)
	}
}

func TestJSONRoundTrip(t *testing.T) {
	// Written in the field order Rule marshals in, with values in the
	// forms users write: a decimal string, an exact decimal number, a
	// period object, a tag name in Chinese.
	const text = `{"op":"AND","rules":[` +
		`{"op":"GE","dimension":"total_assets","value":"500000.1234"},` +
		`{"op":"BETWEEN","dimension":"position_ratio","values":[0.1,"0.9999"]},` +
		`{"op":"NOT","rules":[{"op":"IN","dimension":"status","values":["FROZEN","LOST"]}]},` +
		`{"op":"OR","rules":[{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":90,"unit":"DAY"}},{"op":"EMPTY","dimension":"last_trade_at"}]},` +
		`{"op":"HAS_TAG","dimension":"tags","value":"高净值"},` +
		`{"op":"EQ","dimension":"vip","value":true}]}`
	r := parse(t, text)
	if err := segment.Validate(r, catalog); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != text {
		t.Errorf("got  %s\nwant %s", out, text)
	}
	if again := parse(t, string(out)); fmt.Sprintf("%#v", again) != fmt.Sprintf("%#v", r) {
		t.Errorf("second read differs:\ngot  %#v\nwant %#v", again, r)
	}
}

func TestTypeOperators(t *testing.T) {
	for _, tc := range []struct {
		typ     segment.Type
		op      segment.Op
		allowed bool
	}{
		{segment.TypeMoney, segment.OpBetween, true},
		{segment.TypeEnum, segment.OpLT, false},
		{segment.TypeBoolean, segment.OpIn, false},
		{segment.TypeDate, segment.OpWithinLast, true},
		{segment.TypeInteger, segment.OpWithinLast, false},
		{segment.TypeTags, segment.OpHasTag, true},
		{segment.TypeTags, segment.OpEmpty, false},
		{segment.Type("COLOUR"), segment.OpEQ, false},
	} {
		if got := tc.typ.Allows(tc.op); got != tc.allowed {
			t.Errorf("%s.Allows(%s): got %v, want %v", tc.typ, tc.op, got, tc.allowed)
		}
	}
	ops := segment.TypeEnum.Operators()
	ops[0] = "CHANGED"
	if segment.TypeEnum.Operators()[0] == "CHANGED" {
		t.Error("Operators returns the package's own slice")
	}
}
