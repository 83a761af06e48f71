package questionnaire

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/brokercrm/crm/suitability"
)

// TestScoreAnswerErrors: every problem with the answers, alone and
// together, in the order Score reports them.
func TestScoreAnswerErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(map[string][]string) map[string][]string
		want   []AnswerError
	}{
		{name: "ErrUnanswered", change: func(a map[string][]string) map[string][]string { delete(a, "horizon"); return a },
			want: []AnswerError{{Question: "horizon", Problem: Unanswered}}},
		{name: "ErrAnswerEmpty", change: func(a map[string][]string) map[string][]string { a["varieties"] = []string{}; return a },
			want: []AnswerError{{Question: "varieties", Problem: Unanswered}}},
		{name: "ErrNoAnswers", change: func(map[string][]string) map[string][]string { return nil },
			want: []AnswerError{
				{Question: "points", Problem: Unanswered},
				{Question: "horizon", Problem: Unanswered},
				{Question: "varieties", Problem: Unanswered},
				{Question: "capacity", Problem: Unanswered},
			}},
		{name: "ErrUnknownQuestion", change: func(a map[string][]string) map[string][]string { a["colour"] = []string{"red"}; return a },
			want: []AnswerError{{Question: "colour", Problem: UnknownQuestion}}},
		{name: "ErrUnknownQuestionUnanswered", change: func(a map[string][]string) map[string][]string { a["colour"] = nil; return a },
			want: []AnswerError{{Question: "colour", Problem: UnknownQuestion}}},
		{name: "ErrUnknownQuestionsByKey", change: func(a map[string][]string) map[string][]string {
			a["zeta"], a["alpha"], a["mu"] = []string{"A"}, []string{"A"}, []string{"A"}
			return a
		},
			want: []AnswerError{
				{Question: "alpha", Problem: UnknownQuestion},
				{Question: "mu", Problem: UnknownQuestion},
				{Question: "zeta", Problem: UnknownQuestion},
			}},
		{name: "ErrUnknownOption", change: func(a map[string][]string) map[string][]string { a["capacity"] = []string{"maybe"}; return a },
			want: []AnswerError{{Question: "capacity", Option: "maybe", Problem: UnknownOption}}},
		{name: "ErrUnknownOptionCase", change: func(a map[string][]string) map[string][]string { a["horizon"] = []string{"s"}; return a },
			want: []AnswerError{{Question: "horizon", Option: "s", Problem: UnknownOption}}},
		{name: "ErrEmptyOption", change: func(a map[string][]string) map[string][]string { a["capacity"] = []string{""}; return a },
			want: []AnswerError{{Question: "capacity", Problem: UnknownOption}}},
		{name: "ErrUnknownOptionMultiChoice", change: func(a map[string][]string) map[string][]string {
			a["points"] = []string{"1", "3", "2"}
			return a
		},
			want: []AnswerError{{Question: "points", Option: "3", Problem: UnknownOption}}},
		{name: "ErrSeveralOptions", change: func(a map[string][]string) map[string][]string { a["horizon"] = []string{"S", "L"}; return a },
			want: []AnswerError{{Question: "horizon", Problem: SeveralOptions}}},
		{name: "ErrSeveralOptionsOneUnknown", change: func(a map[string][]string) map[string][]string {
			a["capacity"] = []string{"yes", "maybe"}
			return a
		},
			want: []AnswerError{
				{Question: "capacity", Option: "maybe", Problem: UnknownOption},
				{Question: "capacity", Problem: SeveralOptions},
			}},
		{name: "ErrDuplicateOptionMultiChoice", change: func(a map[string][]string) map[string][]string {
			a["points"] = []string{"1", "2", "1"}
			return a
		},
			want: []AnswerError{{Question: "points", Option: "1", Problem: DuplicateOption}}},
		{name: "ErrDuplicateOptionSingleChoice", change: func(a map[string][]string) map[string][]string {
			a["capacity"] = []string{"yes", "yes"}
			return a
		},
			want: []AnswerError{{Question: "capacity", Option: "yes", Problem: DuplicateOption}}},
		{name: "ErrDuplicateUnknownOption", change: func(a map[string][]string) map[string][]string {
			a["varieties"] = []string{"Z", "Z"}
			return a
		},
			want: []AnswerError{
				{Question: "varieties", Option: "Z", Problem: UnknownOption},
				{Question: "varieties", Option: "Z", Problem: DuplicateOption},
			}},
		{name: "ErrMany", change: func(a map[string][]string) map[string][]string {
			delete(a, "points")
			a["horizon"] = []string{"S", "S", "?"}
			a["extra"] = []string{"A"}
			return a
		},
			want: []AnswerError{
				{Question: "points", Problem: Unanswered},
				{Question: "horizon", Option: "S", Problem: DuplicateOption},
				{Question: "horizon", Option: "?", Problem: UnknownOption},
				{Question: "horizon", Problem: SeveralOptions},
				{Question: "extra", Problem: UnknownQuestion},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := small().Score(tt.change(smallAnswers(50)))
			if err == nil {
				t.Fatalf("Score() = %+v, nil; want %v", got, tt.want)
			}
			if !reflect.DeepEqual(got, Result{}) {
				t.Errorf("Score() with an error = %+v, want a zero Result", got)
			}
			var errs []AnswerError
			for _, e := range AnswerErrors(err) {
				errs = append(errs, *e)
			}
			if !reflect.DeepEqual(errs, tt.want) {
				t.Errorf("Score() errors = %+v,\nwant %+v", errs, tt.want)
			}
			if n := len(joined(err)); n != len(tt.want) {
				t.Errorf("Score() returned %d errors, want %d", n, len(tt.want))
			}
			var one *AnswerError
			if !errors.As(err, &one) || *one != tt.want[0] {
				t.Errorf("errors.As(*AnswerError) = %v, want %v", one, tt.want[0])
			}
		})
	}
}

func TestAnswerErrorMessage(t *testing.T) {
	tests := []struct {
		err  AnswerError
		want string
	}{
		{AnswerError{Question: "age", Problem: Unanswered}, `question "age": not answered`},
		{AnswerError{Question: "colour", Problem: UnknownQuestion}, `question "colour": no such question`},
		{AnswerError{Question: "age", Option: "Z", Problem: UnknownOption}, `question "age" option "Z": no such option`},
		{AnswerError{Question: "age", Problem: SeveralOptions}, `question "age": several options chosen for a single-choice question`},
		{AnswerError{Question: "products", Option: "B", Problem: DuplicateOption}, `question "products" option "B": option chosen more than once`},
		{AnswerError{Question: "age", Problem: "ODD"}, `question "age": ODD`},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("%+v: Error() = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestAnswerErrors(t *testing.T) {
	a := &AnswerError{Question: "a", Problem: Unanswered}
	b := &AnswerError{Question: "b", Problem: Unanswered}
	tests := []struct {
		name string
		err  error
		want []*AnswerError
	}{
		{"nil", nil, nil},
		{"other", errors.New("boom"), nil},
		{"one", a, []*AnswerError{a}},
		{"joined", errors.Join(a, b), []*AnswerError{a, b}},
		{"wrapped", wrap{errors.Join(a, errors.New("boom"), wrap{b})}, []*AnswerError{a, b}},
	}
	for _, tt := range tests {
		if got := AnswerErrors(tt.err); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: AnswerErrors() = %v, want %v", tt.name, got, tt.want)
		}
	}
}

type wrap struct{ err error }

func (w wrap) Error() string { return "wrapped: " + w.err.Error() }
func (w wrap) Unwrap() error { return w.err }

// TestScoreBands: each score lands in its band, the edges included, and
// a multi-choice question's scores add up to it.
func TestScoreBands(t *testing.T) {
	edges := []struct {
		score int
		want  suitability.Category
	}{
		{0, suitability.C1}, {1, suitability.C1}, {19, suitability.C1},
		{20, suitability.C2}, {36, suitability.C2},
		{37, suitability.C3}, {53, suitability.C3},
		{54, suitability.C4}, {82, suitability.C4},
		{83, suitability.C5}, {100, suitability.C5},
	}
	q := small()
	for _, tt := range edges {
		got, err := q.Score(smallAnswers(tt.score))
		if err != nil || got.Score != tt.score || got.Category != tt.want || got.Lowest {
			t.Errorf("score %d: Score() = %+v, %v; want %s, not lowest", tt.score, got, err, tt.want)
		}
	}
	// Every score between the edges, against the bands read another way.
	want := func(n int) suitability.Category {
		switch {
		case n < 20:
			return suitability.C1
		case n < 37:
			return suitability.C2
		case n < 54:
			return suitability.C3
		case n < 83:
			return suitability.C4
		}
		return suitability.C5
	}
	for n := 0; n <= 100; n++ {
		got, err := q.Score(smallAnswers(n))
		if err != nil || got.Score != n || got.Category != want(n) {
			t.Errorf("score %d: Score() = %+v, %v; want %s", n, got, err, want(n))
		}
	}
}

// TestScoreLowest: a Lowest option makes the investor C1 and lowest
// whatever the score (suitability.md "Grades").
func TestScoreLowest(t *testing.T) {
	tests := []struct {
		name       string
		score      int
		capacity   string
		wantCat    suitability.Category
		wantLowest bool
	}{
		{"OK full capacity at 100", 100, "yes", suitability.C5, false},
		{"no capacity at 100", 100, "no", suitability.C1, true},
		{"no capacity at 83", 83, "no", suitability.C1, true},
		{"no capacity at 37", 37, "no", suitability.C1, true},
		{"no capacity at 0", 0, "no", suitability.C1, true},
		{"OK full capacity at 0", 0, "yes", suitability.C1, false},
	}
	for _, tt := range tests {
		a := smallAnswers(tt.score)
		a["capacity"] = []string{tt.capacity}
		got, err := small().Score(a)
		if err != nil || got.Score != tt.score || got.Category != tt.wantCat || got.Lowest != tt.wantLowest {
			t.Errorf("%s: Score() = %+v, %v; want score %d, %s, lowest %v", tt.name, got, err, tt.score, tt.wantCat, tt.wantLowest)
		}
	}
	// A Lowest option in a multi-choice question counts too.
	q := small()
	q.Questions[0].Options[0].Lowest = true
	a := smallAnswers(90)
	a["points"] = append(a["points"], "0")
	if got, err := q.Score(a); err != nil || got.Category != suitability.C1 || !got.Lowest || got.Score != 90 {
		t.Errorf("lowest among several options: Score() = %+v, %v; want 90, C1, lowest", got, err)
	}
}

func TestScoreHorizon(t *testing.T) {
	for key, want := range map[string]suitability.Horizon{
		"S": suitability.Short, "M": suitability.Medium, "L": suitability.Long, "N": suitability.Any,
	} {
		a := smallAnswers(50)
		a["horizon"] = []string{key}
		if got, err := small().Score(a); err != nil || got.Horizon != want {
			t.Errorf("horizon %s: Score() = %+v, %v; want %s", key, got, err, want)
		}
	}
}

// TestScoreVarieties: the varieties of every chosen option, once each, in
// the order of suitability.Variety.Values.
func TestScoreVarieties(t *testing.T) {
	const (
		fi = suitability.FixedIncome
		eq = suitability.Equity
		de = suitability.Derivatives
		co = suitability.Complex
		ot = suitability.Other
	)
	tests := []struct {
		chosen []string
		want   []suitability.Variety
	}{
		{[]string{"F"}, []suitability.Variety{fi}},
		{[]string{"O", "E", "F"}, []suitability.Variety{fi, eq, ot}},
		{[]string{"X"}, []suitability.Variety{de, co}},
		{[]string{"D", "X"}, []suitability.Variety{de, co}},
		{[]string{"X", "D", "O"}, []suitability.Variety{de, co, ot}},
		{[]string{"ALL"}, []suitability.Variety{fi, eq, de, co, ot}},
		{[]string{"E", "ALL", "F"}, []suitability.Variety{fi, eq, de, co, ot}},
	}
	for _, tt := range tests {
		q := small()
		a := smallAnswers(50)
		a["varieties"] = tt.chosen
		got, err := q.Score(a)
		if err != nil || !slices.Equal(got.Varieties, tt.want) {
			t.Errorf("%v: Varieties = %v, %v; want %v", tt.chosen, got.Varieties, err, tt.want)
		}
		if got.Score != 50 {
			t.Errorf("%v: Score = %d, want 50: the variety options score nothing", tt.chosen, got.Score)
		}
		if want := small().Questions[2].Options; !reflect.DeepEqual(q.Questions[2].Options, want) {
			t.Errorf("%v: scoring changed the questionnaire's options to %v", tt.chosen, q.Questions[2].Options)
		}
	}

	q := small()
	q.Questions = slices.Delete(q.Questions, 2, 3)
	a := smallAnswers(50)
	delete(a, "varieties")
	if got, err := q.Score(a); err != nil || len(got.Varieties) != 0 {
		t.Errorf("no VARIETY question: Score() = %+v, %v; want no varieties", got, err)
	}
}

// TestScoreMultiChoice: each chosen option of a multi-choice question
// adds its score, in any order.
func TestScoreMultiChoice(t *testing.T) {
	tests := []struct {
		chosen []string
		want   int
	}{
		{[]string{"0"}, 0},
		{[]string{"37"}, 37},
		{[]string{"1", "2"}, 3},
		{[]string{"32", "16", "0", "37"}, 85},
		{[]string{"0", "1", "2", "4", "8", "16", "32", "37"}, 100},
	}
	for _, tt := range tests {
		a := smallAnswers(0)
		a["points"] = tt.chosen
		if got, err := small().Score(a); err != nil || got.Score != tt.want {
			t.Errorf("%v: Score() = %+v, %v; want score %d", tt.chosen, got, err, tt.want)
		}
	}
}

// TestScoreNoBand: a questionnaire that fails Validate may leave a score
// without a band; Score says so rather than guess a category.
func TestScoreNoBand(t *testing.T) {
	q := small()
	q.Bands[1].Max = 30 // 31–36 in no band
	got, err := q.Score(smallAnswers(33))
	if err == nil || AnswerErrors(err) != nil || !strings.Contains(err.Error(), "score 33 is in no band") {
		t.Fatalf("Score() = %+v, %v; want a no-band error", got, err)
	}
	a := smallAnswers(33)
	a["capacity"] = []string{"no"}
	if got, err := q.Score(a); err != nil || got.Category != suitability.C1 || !got.Lowest {
		t.Errorf("lowest in a gap: Score() = %+v, %v; want C1, lowest", got, err)
	}
}
