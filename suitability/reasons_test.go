package suitability

import (
	"bytes"
	"slices"
	"testing"
	"unicode"
)

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// TestReasonWarning: every reason has Chinese and English text, and the
// codes are distinct.
func TestReasonWarning(t *testing.T) {
	values := Reason("").Values()
	if len(values) != 12 {
		t.Errorf("%d reasons, want 12", len(values))
	}
	seen := map[string]bool{}
	for _, v := range values {
		if seen[v] {
			t.Errorf("%s listed twice", v)
		}
		seen[v] = true
		w := Reason(v).Warning()
		if !hasHan(w.ZH) {
			t.Errorf("%s: Chinese text %q has no Chinese", v, w.ZH)
		}
		if w.EN == "" || hasHan(w.EN) {
			t.Errorf("%s: English text %q", v, w.EN)
		}
	}
	if !Reason("NOPE").Warning().IsZero() {
		t.Error("unknown reason has text")
	}
}

func TestReasonGQL(t *testing.T) {
	for _, v := range Reason("").Values() {
		var buf bytes.Buffer
		Reason(v).MarshalGQL(&buf)
		if got, want := buf.String(), `"`+v+`"`; got != want {
			t.Errorf("MarshalGQL = %s, want %s", got, want)
		}
		var r Reason
		if err := r.UnmarshalGQL(v); err != nil || r != Reason(v) {
			t.Errorf("UnmarshalGQL(%q) = %q, %v", v, r, err)
		}
	}
	var r Reason
	if err := r.UnmarshalGQL("RISK_LEVEL_NOT_MATCH"); err == nil {
		t.Error("UnmarshalGQL accepted an unknown reason")
	}
}

func TestOutcomeGQL(t *testing.T) {
	if got, want := Outcome("").Values(), []string{"MATCH", "CONFIRMATION_REQUIRED", "REFUSED"}; !slices.Equal(got, want) {
		t.Errorf("Values = %v, want %v", got, want)
	}
	for _, v := range Outcome("").Values() {
		var buf bytes.Buffer
		Outcome(v).MarshalGQL(&buf)
		var o Outcome
		if err := o.UnmarshalGQL(v); err != nil || o != Outcome(v) || buf.String() != `"`+v+`"` {
			t.Errorf("%s: round trip gave %q, %q, %v", v, buf.String(), o, err)
		}
	}
	var o Outcome
	if err := o.UnmarshalGQL(1); err == nil {
		t.Error("UnmarshalGQL accepted a number")
	}
}
