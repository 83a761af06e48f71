package questionnaire

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"

	"github.com/brokercrm/crm/suitability"
)

// Result is an investor's assessment from one set of answers: what the
// matching engine needs (suitability.Profile's Category, Lowest, Horizon
// and Varieties) plus the score behind the category, for the record.
type Result struct {
	Score    int
	Category suitability.Category
	// Lowest: the investor is in the lowest category (风险承受能力最低类别);
	// Category is then C1 whatever the score.
	Lowest  bool
	Horizon suitability.Horizon
	// Varieties are the varieties the investor wants, each once, in the
	// order of suitability.Variety.Values; nil without a VARIETY question.
	Varieties []suitability.Variety
}

// Problems with answers, the values of AnswerError.Problem. They are
// stable: APIs may pass them on to their clients as error codes.
const (
	// Unanswered: a question has no answer.
	Unanswered = "UNANSWERED"
	// UnknownQuestion: an answer is for a question the questionnaire does
	// not have (perhaps from another version of it).
	UnknownQuestion = "UNKNOWN_QUESTION"
	// UnknownOption: a chosen option is not one of the question's.
	UnknownOption = "UNKNOWN_OPTION"
	// SeveralOptions: more than one option for a single-choice question.
	SeveralOptions = "SEVERAL_OPTIONS"
	// DuplicateOption: the same option chosen twice.
	DuplicateOption = "DUPLICATE_OPTION"
)

// AnswerError is what is wrong with the answer to one question. Score
// returns one, or several joined (errors.Join); AnswerErrors lists them.
type AnswerError struct {
	Question string // the question's key
	Option   string // the option's key, when one option is at fault
	Problem  string // Unanswered, UnknownQuestion, …
}

func (e *AnswerError) Error() string {
	var what string
	switch e.Problem {
	case Unanswered:
		what = "not answered"
	case UnknownQuestion:
		what = "no such question"
	case UnknownOption:
		what = "no such option"
	case SeveralOptions:
		what = "several options chosen for a single-choice question"
	case DuplicateOption:
		what = "option chosen more than once"
	default:
		what = e.Problem
	}
	if e.Option != "" {
		return fmt.Sprintf("question %q option %q: %s", e.Question, e.Option, what)
	}
	return fmt.Sprintf("question %q: %s", e.Question, what)
}

// AnswerErrors returns every *AnswerError in err, in the order Score
// found them, so that a form can mark each question at fault.
func AnswerErrors(err error) []*AnswerError {
	var out []*AnswerError
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) {
		case nil:
		case *AnswerError:
			out = append(out, e)
		case interface{ Unwrap() []error }:
			for _, err := range e.Unwrap() {
				walk(err)
			}
		case interface{ Unwrap() error }:
			walk(e.Unwrap())
		}
	}
	walk(err)
	return out
}

// Score grades one investor's answers: answers maps each question's key
// to the keys of the options chosen. Every question must be answered, with
// one option (single-choice) or one or more different options
// (multi-choice). The category is the band of the total score, or C1 with
// Lowest set when any chosen option is Lowest (suitability.md "Grades").
//
// Problems with the answers come back as *AnswerError, all of them at
// once, questions in the questionnaire's order and then unknown questions
// by key. Score expects a questionnaire that passes Validate; on one that
// does not it may return a plain error.
func (q Questionnaire) Score(answers map[string][]string) (Result, error) {
	var r Result
	var errs []error
	for _, qu := range q.Questions {
		chosen := answers[qu.Key]
		if len(chosen) == 0 {
			errs = append(errs, &AnswerError{Question: qu.Key, Problem: Unanswered})
			continue
		}
		seen := make(map[string]bool, len(chosen))
		for _, key := range chosen {
			if seen[key] {
				errs = append(errs, &AnswerError{Question: qu.Key, Option: key, Problem: DuplicateOption})
				continue
			}
			seen[key] = true
			o, ok := qu.option(key)
			if !ok {
				errs = append(errs, &AnswerError{Question: qu.Key, Option: key, Problem: UnknownOption})
				continue
			}
			r.Score += o.Score
			r.Lowest = r.Lowest || o.Lowest
			switch qu.purpose() {
			case PurposeHorizon:
				r.Horizon = o.Horizon
			case PurposeVariety:
				r.Varieties = append(r.Varieties, o.Varieties...)
			}
		}
		if !qu.Multiple && len(seen) > 1 {
			errs = append(errs, &AnswerError{Question: qu.Key, Problem: SeveralOptions})
		}
	}
	for _, key := range slices.Sorted(maps.Keys(answers)) {
		if !slices.ContainsFunc(q.Questions, func(qu Question) bool { return qu.Key == key }) {
			errs = append(errs, &AnswerError{Question: key, Problem: UnknownQuestion})
		}
	}
	switch len(errs) {
	case 0:
	case 1:
		return Result{}, errs[0]
	default:
		return Result{}, errors.Join(errs...)
	}
	r.Varieties = sortVarieties(r.Varieties)
	if r.Lowest {
		r.Category = suitability.C1
		return r, nil
	}
	for _, b := range q.Bands {
		if b.Min <= r.Score && r.Score <= b.Max {
			r.Category = b.Category
			return r, nil
		}
	}
	return Result{}, fmt.Errorf("questionnaire %q: score %d is in no band", q.Version, r.Score)
}

// sortVarieties puts vs in the order of suitability.Variety.Values,
// unknown ones last, and drops repeats.
func sortVarieties(vs []suitability.Variety) []suitability.Variety {
	order := suitability.Variety("").Values()
	rank := func(v suitability.Variety) int {
		if i := slices.Index(order, string(v)); i >= 0 {
			return i
		}
		return len(order)
	}
	slices.SortFunc(vs, func(a, b suitability.Variety) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b))
	})
	return slices.Compact(vs)
}
