package questionnaire

import (
	"reflect"
	"slices"
	"testing"

	"github.com/brokercrm/crm/suitability"
)

// fuzzAnswers reads answers to q from data, two bytes an answer: the
// question (one more than q has: an unknown question) and the option (one
// more than it has: an unknown option). Answers to a question add up, so
// the bytes can leave questions out, repeat options and choose several.
func fuzzAnswers(q Questionnaire, data []byte) map[string][]string {
	a := make(map[string][]string)
	for i := 0; i+1 < len(data); i += 2 {
		qi := int(data[i]) % (len(q.Questions) + 1)
		if qi == len(q.Questions) {
			a["unknown"] = append(a["unknown"], "A")
			continue
		}
		qu := q.Questions[qi]
		key := "?"
		if oi := int(data[i+1]) % (len(qu.Options) + 1); oi < len(qu.Options) {
			key = qu.Options[oi].Key
		}
		a[qu.Key] = append(a[qu.Key], key)
	}
	return a
}

// fuzzBytes is the inverse of fuzzAnswers, for seeds.
func fuzzBytes(q Questionnaire, answers map[string][]string) []byte {
	var data []byte
	for qi, qu := range q.Questions {
		for _, key := range answers[qu.Key] {
			oi := slices.IndexFunc(qu.Options, func(o Option) bool { return o.Key == key })
			data = append(data, byte(qi), byte(oi))
		}
	}
	return data
}

// FuzzScore: Score never panics on the standard questionnaire; it either
// reports only *AnswerErrors, or gives a result whose category follows
// from its score, or is C1 for an investor in the lowest category.
func FuzzScore(f *testing.F) {
	q := Standard()
	for _, s := range []string{
		"age=E education=A occupation=A income=A investable_share=A debt=A experience=A knowledge=A " +
			"products=A max_loss=A attitude=A horizon=A varieties=A integrity=B capacity=B",
		"age=B education=C occupation=C income=B investable_share=B debt=B experience=C knowledge=B " +
			"products=B,C max_loss=C attitude=B horizon=B varieties=A,B integrity=A capacity=A",
		"age=B education=D occupation=E income=E investable_share=D debt=C experience=E knowledge=D " +
			"products=A,B,C,D,E max_loss=E attitude=D horizon=C varieties=F,A integrity=A capacity=A",
		"age=A age=B",
	} {
		f.Add(fuzzBytes(q, answers(s)))
	}
	f.Add([]byte{})
	f.Add([]byte{15, 0, 0, 9})
	lo, hi := q.ScoreRange()
	f.Fuzz(func(t *testing.T, data []byte) {
		a := fuzzAnswers(q, data)
		got, err := q.Score(a)
		if err != nil {
			if n, m := len(AnswerErrors(err)), len(joined(err)); n == 0 || n != m {
				t.Fatalf("Score(%v) error %v: %d of %d are *AnswerError", a, err, n, m)
			}
			if !reflect.DeepEqual(got, Result{}) {
				t.Fatalf("Score(%v) = %+v with an error, want a zero Result", a, got)
			}
			return
		}
		if got.Score < lo || got.Score > hi {
			t.Fatalf("Score(%v) = %d, outside %d to %d", a, got.Score, lo, hi)
		}
		lowest := slices.Contains(a["max_loss"], "A") || slices.Contains(a["capacity"], "B")
		if got.Lowest != lowest {
			t.Fatalf("Score(%v): Lowest = %v, want %v", a, got.Lowest, lowest)
		}
		want := suitability.C1
		if !lowest {
			i := slices.IndexFunc(q.Bands, func(b Band) bool { return b.Min <= got.Score && got.Score <= b.Max })
			want = q.Bands[i].Category
		}
		if got.Category != want {
			t.Fatalf("Score(%v): Category = %s with score %d, lowest %v; want %s", a, got.Category, got.Score, lowest, want)
		}
		if !slices.Contains(got.Horizon.Values(), string(got.Horizon)) {
			t.Fatalf("Score(%v): Horizon = %q", a, got.Horizon)
		}
		order := suitability.Variety("").Values()
		if len(got.Varieties) == 0 || !slices.IsSortedFunc(got.Varieties, func(x, y suitability.Variety) int {
			return slices.Index(order, string(x)) - slices.Index(order, string(y))
		}) || len(slices.Compact(slices.Clone(got.Varieties))) != len(got.Varieties) {
			t.Fatalf("Score(%v): Varieties = %v, want some, once each, in the order %v", a, got.Varieties, order)
		}
	})
}
