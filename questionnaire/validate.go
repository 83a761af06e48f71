package questionnaire

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/brokercrm/crm/suitability"
)

// Validate reports everything wrong with the questionnaire at once
// (errors.Join), each problem naming the question, option or band at
// fault, so that a firm editing its configuration can fix it in one pass.
// A questionnaire that passes can score every complete set of answers:
// each reachable score falls in exactly one band, and the answers always
// give a horizon.
func (q Questionnaire) Validate() error {
	var errs []error
	if strings.TrimSpace(q.Version) == "" {
		errs = append(errs, errors.New("version is empty"))
	}
	if q.Title.ZH == "" {
		errs = append(errs, errors.New("title has no Chinese text"))
	}
	errs = append(errs, q.validateQuestions()...)
	errs = append(errs, q.validateBands()...)
	return errors.Join(errs...)
}

// validateQuestions checks the questions and their options, and that
// there is exactly one horizon question and at most one variety question.
func (q Questionnaire) validateQuestions() []error {
	var errs []error
	if len(q.Questions) == 0 {
		errs = append(errs, errors.New("there are no questions"))
	}
	var horizon, variety []string
	seen := make(map[string]bool)
	for i, qu := range q.Questions {
		name := fmt.Sprintf("question %q", qu.Key)
		switch {
		case qu.Key == "":
			name = fmt.Sprintf("question %d", i+1)
			errs = append(errs, fmt.Errorf("%s has no key", name))
		case seen[qu.Key]:
			errs = append(errs, fmt.Errorf("%s appears more than once", name))
		}
		seen[qu.Key] = true
		if qu.Text.ZH == "" {
			errs = append(errs, fmt.Errorf("%s has no Chinese text", name))
		}
		switch qu.purpose() {
		case PurposeScore:
		case PurposeHorizon:
			horizon = append(horizon, name)
			if qu.Multiple {
				errs = append(errs, fmt.Errorf("%s gives the horizon, so it must be single-choice", name))
			}
		case PurposeVariety:
			variety = append(variety, name)
		default:
			errs = append(errs, fmt.Errorf("%s: purpose %q is not one of %v", name, qu.Purpose, Purpose("").Values()))
		}
		errs = append(errs, validateOptions(name, qu)...)
	}
	if len(horizon) != 1 {
		errs = append(errs, fmt.Errorf("there must be exactly one HORIZON question, not %d%s", len(horizon), list(horizon)))
	}
	if len(variety) > 1 {
		errs = append(errs, fmt.Errorf("there may be at most one VARIETY question, not %d%s", len(variety), list(variety)))
	}
	return errs
}

// list is ": a, b" for naming the questions in an error, or "" for none.
func list(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return ": " + strings.Join(names, ", ")
}

// validateOptions checks the options of one question, named qname in
// errors.
func validateOptions(qname string, qu Question) []error {
	var errs []error
	if len(qu.Options) == 0 {
		errs = append(errs, fmt.Errorf("%s has no options", qname))
	}
	purpose := qu.purpose()
	seen := make(map[string]bool)
	for i, o := range qu.Options {
		name := fmt.Sprintf("%s option %q", qname, o.Key)
		switch {
		case o.Key == "":
			name = fmt.Sprintf("%s option %d", qname, i+1)
			errs = append(errs, fmt.Errorf("%s has no key", name))
		case seen[o.Key]:
			errs = append(errs, fmt.Errorf("%s appears more than once", name))
		}
		seen[o.Key] = true
		if o.Text.ZH == "" {
			errs = append(errs, fmt.Errorf("%s has no Chinese text", name))
		}
		if o.Score < 0 {
			errs = append(errs, fmt.Errorf("%s: score %d is negative", name, o.Score))
		}
		switch {
		case purpose == PurposeHorizon && !slices.Contains(o.Horizon.Values(), string(o.Horizon)):
			errs = append(errs, fmt.Errorf("%s: horizon %q is not one of %v", name, o.Horizon, o.Horizon.Values()))
		case purpose != PurposeHorizon && o.Horizon != "":
			errs = append(errs, fmt.Errorf("%s gives a horizon, but only a HORIZON question's options may", name))
		}
		switch {
		case purpose == PurposeVariety && len(o.Varieties) == 0:
			errs = append(errs, fmt.Errorf("%s gives no variety", name))
		case purpose == PurposeVariety:
			for _, v := range o.Varieties {
				if !slices.Contains(v.Values(), string(v)) {
					errs = append(errs, fmt.Errorf("%s: variety %q is not one of %v", name, v, v.Values()))
				}
			}
		case len(o.Varieties) > 0:
			errs = append(errs, fmt.Errorf("%s gives varieties, but only a VARIETY question's options may", name))
		}
	}
	return errs
}

// validateBands checks that the bands give C1 to C5 once each, in
// ascending order, and cover every reachable score exactly once: from 0
// (or any lower bound up to the minimum score) to the maximum score,
// without gaps or overlaps.
func (q Questionnaire) validateBands() []error {
	if len(q.Bands) == 0 {
		return []error{errors.New("there are no bands")}
	}
	var errs []error
	categories := suitability.Category("").Values()
	seen := make(map[suitability.Category]bool)
	last := 0 // rank of the highest category so far
	for i, b := range q.Bands {
		name := fmt.Sprintf("band %d (%s, %d to %d)", i+1, b.Category, b.Min, b.Max)
		rank := slices.Index(categories, string(b.Category)) + 1
		switch {
		case rank == 0:
			errs = append(errs, fmt.Errorf("%s: category %q is not one of %v", name, b.Category, categories))
		case seen[b.Category]:
			errs = append(errs, fmt.Errorf("%s: %s has a band already", name, b.Category))
		case rank < last:
			errs = append(errs, fmt.Errorf("%s comes after %s: bands go from C1 up to C5", name, categories[last-1]))
		}
		seen[b.Category] = true
		last = max(last, rank)
		if b.Min > b.Max {
			errs = append(errs, fmt.Errorf("%s: min is above max", name))
		}
		if i == 0 {
			continue
		}
		prev := q.Bands[i-1]
		switch {
		case b.Min <= prev.Max:
			errs = append(errs, fmt.Errorf("%s overlaps the band before, which ends at %d", name, prev.Max))
		case b.Min > prev.Max+1:
			errs = append(errs, fmt.Errorf("%s leaves scores %d to %d without a band", name, prev.Max+1, b.Min-1))
		}
	}
	for _, c := range categories {
		if !seen[suitability.Category(c)] {
			errs = append(errs, fmt.Errorf("%s has no band", c))
		}
	}
	lo, hi := q.ScoreRange()
	if first := q.Bands[0]; first.Min < 0 || first.Min > lo {
		errs = append(errs, fmt.Errorf("band 1 (%s) starts at %d: it must start at 0 or at the lowest possible score, %d", first.Category, first.Min, lo))
	}
	if end := q.Bands[len(q.Bands)-1]; end.Max != hi {
		errs = append(errs, fmt.Errorf("band %d (%s) ends at %d: it must end at the highest possible score, %d", len(q.Bands), end.Category, end.Max, hi))
	}
	return errs
}

// ScoreRange returns the lowest and highest total scores that complete
// answers can reach. A single-choice question adds one of its option
// scores; a multi-choice question at least one option's score and at
// most the sum of all that raise it.
func (q Questionnaire) ScoreRange() (lo, hi int) {
	for _, qu := range q.Questions {
		if len(qu.Options) == 0 {
			continue
		}
		scores := make([]int, len(qu.Options))
		for i, o := range qu.Options {
			scores[i] = o.Score
		}
		least, most := slices.Min(scores), slices.Max(scores)
		if qu.Multiple {
			least, most = sumIf(scores, least, func(s int) bool { return s < 0 }), sumIf(scores, most, func(s int) bool { return s > 0 })
		}
		lo += least
		hi += most
	}
	return lo, hi
}

// sumIf returns the sum of the scores for which keep is true, or def if
// there are none: a multi-choice question takes every option that helps
// reach an extreme, and at least one.
func sumIf(scores []int, def int, keep func(int) bool) int {
	sum, found := 0, false
	for _, s := range scores {
		if keep(s) {
			sum += s
			found = true
		}
	}
	if !found {
		return def
	}
	return sum
}
