package questionnaire

import (
	"slices"
	"strings"
	"testing"

	"github.com/brokercrm/crm/suitability"
)

// TestValidate changes the valid small questionnaire in one way per case
// and expects exactly the listed problems, in order: each want is part
// of one joined error's message.
func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Questionnaire)
		want   []string // nil: valid
	}{
		{name: "OK", change: func(*Questionnaire) {}},
		{name: "OK explicit SCORE purpose", change: func(q *Questionnaire) { q.Questions[3].Purpose = PurposeScore }},
		{name: "OK no variety question", change: func(q *Questionnaire) { q.Questions = slices.Delete(q.Questions, 2, 3) }},
		{name: "OK no English", change: func(q *Questionnaire) { q.Title.EN, q.Questions[0].Text.EN = "", "" }},
		{name: "OK lowest option on any question", change: func(q *Questionnaire) { q.Questions[1].Options[0].Lowest = true }},
		{name: "OK first band starts at the lowest possible score", change: func(q *Questionnaire) {
			q.Questions[0].Options = q.Questions[0].Options[1:] // no 0: the lowest score is 1
			q.Bands[0].Min = 1
		}},
		{name: "OK first band starts below the lowest possible score", change: func(q *Questionnaire) {
			q.Questions[0].Options = q.Questions[0].Options[1:]
		}},

		{name: "ErrNoVersion", change: func(q *Questionnaire) { q.Version = "" },
			want: []string{"version is empty"}},
		{name: "ErrBlankVersion", change: func(q *Questionnaire) { q.Version = " \t" },
			want: []string{"version is empty"}},
		{name: "ErrNoTitle", change: func(q *Questionnaire) { q.Title.ZH = "" },
			want: []string{"title has no Chinese text"}},
		{name: "ErrNoQuestions", change: func(q *Questionnaire) { q.Questions = nil },
			want: []string{
				"there are no questions",
				"there must be exactly one HORIZON question, not 0",
				"band 5 (C5) ends at 100: it must end at the highest possible score, 0",
			}},
		{name: "ErrQuestionKeyEmpty", change: func(q *Questionnaire) { q.Questions[3].Key = "" },
			want: []string{"question 4 has no key"}},
		{name: "ErrQuestionKeyTwice", change: func(q *Questionnaire) { q.Questions[3].Key = "points" },
			want: []string{`question "points" appears more than once`}},
		{name: "ErrQuestionText", change: func(q *Questionnaire) { q.Questions[0].Text.ZH = "" },
			want: []string{`question "points" has no Chinese text`}},
		{name: "ErrPurpose", change: func(q *Questionnaire) { q.Questions[3].Purpose = "RISK" },
			want: []string{`question "capacity": purpose "RISK" is not one of [SCORE HORIZON VARIETY]`}},
		{name: "ErrNoOptions", change: func(q *Questionnaire) { q.Questions[3].Options = nil },
			want: []string{`question "capacity" has no options`}},
		{name: "ErrOptionKeyEmpty", change: func(q *Questionnaire) { q.Questions[3].Options[1].Key = "" },
			want: []string{`question "capacity" option 2 has no key`}},
		{name: "ErrOptionKeyTwice", change: func(q *Questionnaire) { q.Questions[3].Options[1].Key = "yes" },
			want: []string{`question "capacity" option "yes" appears more than once`}},
		{name: "ErrOptionText", change: func(q *Questionnaire) { q.Questions[3].Options[0].Text.ZH = "" },
			want: []string{`question "capacity" option "yes" has no Chinese text`}},
		{name: "ErrNegativeScore", change: func(q *Questionnaire) { q.Questions[0].Options[1].Score = -1 },
			want: []string{
				`question "points" option "1": score -1 is negative`,
				"band 1 (C1) starts at 0: it must start at 0 or at the lowest possible score, -1",
				"band 5 (C5) ends at 100: it must end at the highest possible score, 99",
			}},
		{name: "ErrHorizonMissing", change: func(q *Questionnaire) { q.Questions[1].Options[0].Horizon = "" },
			want: []string{`question "horizon" option "S": horizon "" is not one of [SHORT MEDIUM LONG ANY]`}},
		{name: "ErrHorizonUnknown", change: func(q *Questionnaire) { q.Questions[1].Options[3].Horizon = "FOREVER" },
			want: []string{`question "horizon" option "N": horizon "FOREVER" is not one of`}},
		{name: "ErrHorizonMultiChoice", change: func(q *Questionnaire) { q.Questions[1].Multiple = true },
			want: []string{`question "horizon" gives the horizon, so it must be single-choice`}},
		{name: "ErrHorizonElsewhere", change: func(q *Questionnaire) { q.Questions[3].Options[0].Horizon = suitability.Long },
			want: []string{`question "capacity" option "yes" gives a horizon, but only a HORIZON question's options may`}},
		{name: "ErrNoHorizonQuestion", change: func(q *Questionnaire) { q.Questions = slices.Delete(q.Questions, 1, 2) },
			want: []string{"there must be exactly one HORIZON question, not 0"}},
		{name: "ErrTwoHorizonQuestions", change: func(q *Questionnaire) {
			h := q.Questions[1]
			h.Key = "horizon2"
			q.Questions = append(q.Questions, h)
		},
			want: []string{`there must be exactly one HORIZON question, not 2: question "horizon", question "horizon2"`}},
		{name: "ErrNoVariety", change: func(q *Questionnaire) { q.Questions[2].Options[1].Varieties = nil },
			want: []string{`question "varieties" option "E" gives no variety`}},
		{name: "ErrVarietyUnknown", change: func(q *Questionnaire) {
			q.Questions[2].Options[3].Varieties = []suitability.Variety{suitability.Complex, "STOCKS"}
		},
			want: []string{`question "varieties" option "X": variety "STOCKS" is not one of [FIXED_INCOME EQUITY DERIVATIVES COMPLEX OTHER]`}},
		{name: "ErrVarietiesElsewhere", change: func(q *Questionnaire) {
			q.Questions[1].Options[0].Varieties = []suitability.Variety{suitability.Equity}
		},
			want: []string{`question "horizon" option "S" gives varieties, but only a VARIETY question's options may`}},
		{name: "ErrTwoVarietyQuestions", change: func(q *Questionnaire) {
			v := q.Questions[2]
			v.Key = "varieties2"
			q.Questions = append(q.Questions, v)
		},
			want: []string{`there may be at most one VARIETY question, not 2: question "varieties", question "varieties2"`}},

		{name: "ErrNoBands", change: func(q *Questionnaire) { q.Bands = nil },
			want: []string{"there are no bands"}},
		{name: "ErrBandCategoryUnknown", change: func(q *Questionnaire) { q.Bands[2].Category = "C6" },
			want: []string{
				`band 3 (C6, 37 to 53): category "C6" is not one of [C1 C2 C3 C4 C5]`,
				"C3 has no band",
			}},
		{name: "ErrBandCategoryTwice", change: func(q *Questionnaire) { q.Bands[2].Category = suitability.C2 },
			want: []string{
				"band 3 (C2, 37 to 53): C2 has a band already",
				"C3 has no band",
			}},
		{name: "ErrBandCategoryMissing", change: func(q *Questionnaire) {
			q.Bands = q.Bands[:4]
			q.Bands[3].Max = 100
		},
			want: []string{"C5 has no band"}},
		{name: "ErrBandCategoriesOutOfOrder", change: func(q *Questionnaire) {
			q.Bands[0].Category, q.Bands[1].Category = suitability.C2, suitability.C1
		},
			want: []string{"band 2 (C1, 20 to 36) comes after C2: bands go from C1 up to C5"}},
		{name: "ErrBandsOutOfOrder", change: func(q *Questionnaire) { q.Bands[0], q.Bands[1] = q.Bands[1], q.Bands[0] },
			want: []string{
				"band 2 (C1, 0 to 19) comes after C2",
				"band 2 (C1, 0 to 19) overlaps the band before, which ends at 36",
				"band 3 (C3, 37 to 53) leaves scores 20 to 36 without a band",
				"band 1 (C2) starts at 20: it must start at 0 or at the lowest possible score, 0",
			}},
		{name: "ErrBandMinAboveMax", change: func(q *Questionnaire) { q.Bands[1].Max = 19 },
			want: []string{
				"band 2 (C2, 20 to 19): min is above max",
				"band 3 (C3, 37 to 53) leaves scores 20 to 36 without a band",
			}},
		{name: "ErrBandsOverlap", change: func(q *Questionnaire) { q.Bands[1].Max = 40 },
			want: []string{"band 3 (C3, 37 to 53) overlaps the band before, which ends at 40"}},
		{name: "ErrBandsOverlapByOne", change: func(q *Questionnaire) { q.Bands[3].Min = 53 },
			want: []string{"band 4 (C4, 53 to 82) overlaps the band before, which ends at 53"}},
		{name: "ErrBandsGap", change: func(q *Questionnaire) { q.Bands[1].Max = 30 },
			want: []string{"band 3 (C3, 37 to 53) leaves scores 31 to 36 without a band"}},
		{name: "ErrBandsGapOfOne", change: func(q *Questionnaire) { q.Bands[4].Min = 84 },
			want: []string{"band 5 (C5, 84 to 100) leaves scores 83 to 83 without a band"}},
		{name: "ErrBandStartsNegative", change: func(q *Questionnaire) { q.Bands[0].Min = -1 },
			want: []string{"band 1 (C1) starts at -1: it must start at 0 or at the lowest possible score, 0"}},
		{name: "ErrBandStartsAboveLowestScore", change: func(q *Questionnaire) { q.Bands[0].Min = 1 },
			want: []string{"band 1 (C1) starts at 1: it must start at 0 or at the lowest possible score, 0"}},
		{name: "ErrBandEndsShort", change: func(q *Questionnaire) { q.Bands[4].Max = 99 },
			want: []string{"band 5 (C5) ends at 99: it must end at the highest possible score, 100"}},
		{name: "ErrBandEndsLong", change: func(q *Questionnaire) { q.Bands[4].Max = 101 },
			want: []string{"band 5 (C5) ends at 101: it must end at the highest possible score, 100"}},
		{name: "ErrQuestionsOutgrowBands", change: func(q *Questionnaire) { q.Questions[3].Options[0].Score = 1 },
			want: []string{"band 5 (C5) ends at 100: it must end at the highest possible score, 101"}},

		{name: "ErrSeveral", change: func(q *Questionnaire) {
			q.Version = ""
			q.Questions[3].Options[1].Key = ""
			q.Bands[1].Max = 30
		},
			want: []string{
				"version is empty",
				`question "capacity" option 2 has no key`,
				"leaves scores 31 to 36 without a band",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := small()
			tt.change(&q)
			err := q.Validate()
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Validate() = nil, want %q", tt.want)
			}
			got := joined(err)
			if len(got) != len(tt.want) {
				t.Fatalf("Validate() gave %d problems, want %d:\n%v", len(got), len(tt.want), err)
			}
			for i, want := range tt.want {
				if !strings.Contains(got[i].Error(), want) {
					t.Errorf("problem %d = %q, want it to contain %q", i+1, got[i], want)
				}
			}
		})
	}
}

// joined returns the errors an errors.Join holds, or err alone.
func joined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// TestValidateKeepsGoing: problems in different places come back
// together, one a line.
func TestValidateKeepsGoing(t *testing.T) {
	q := small()
	q.Questions[0].Options[0].Key = ""
	q.Questions[2].Options[0].Varieties = nil
	err := q.Validate()
	if got := len(joined(err)); got != 2 {
		t.Fatalf("Validate() gave %d problems, want 2: %v", got, err)
	}
	if !strings.Contains(err.Error(), "\n") {
		t.Errorf("Validate() = %q, want one problem a line", err)
	}
}

func TestScoreRange(t *testing.T) {
	tests := []struct {
		name   string
		q      []Question
		lo, hi int
	}{
		{"no questions", nil, 0, 0},
		{"no options", []Question{{Key: "a"}}, 0, 0},
		{"single-choice takes one", []Question{{Key: "a", Options: []Option{opt("A", 3), opt("B", 1), opt("C", 7)}}}, 1, 7},
		{"multi-choice adds up", []Question{{Key: "a", Multiple: true, Options: []Option{opt("A", 3), opt("B", 1), opt("C", 7)}}}, 1, 11},
		{"multi-choice of zeros", []Question{{Key: "a", Multiple: true, Options: []Option{opt("A", 0), opt("B", 0)}}}, 0, 0},
		{"multi-choice with negatives", []Question{{Key: "a", Multiple: true, Options: []Option{opt("A", -2), opt("B", -1), opt("C", 3), opt("D", 4)}}}, -3, 7},
		{"multi-choice all negative", []Question{{Key: "a", Multiple: true, Options: []Option{opt("A", -2), opt("B", -1)}}}, -3, -1},
		{"questions add up", []Question{
			{Key: "a", Options: []Option{opt("A", 2), opt("B", 5)}},
			{Key: "b", Multiple: true, Options: []Option{opt("A", 1), opt("B", 2)}},
		}, 3, 8},
	}
	for _, tt := range tests {
		lo, hi := Questionnaire{Questions: tt.q}.ScoreRange()
		if lo != tt.lo || hi != tt.hi {
			t.Errorf("%s: ScoreRange() = %d, %d; want %d, %d", tt.name, lo, hi, tt.lo, tt.hi)
		}
	}
	if lo, hi := small().ScoreRange(); lo != 0 || hi != 100 {
		t.Errorf("small: ScoreRange() = %d, %d; want 0, 100", lo, hi)
	}
}
