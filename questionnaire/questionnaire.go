// Package questionnaire is the risk tolerance questionnaire (风险承受能力评估
// 问卷) that grades an ordinary investor C1–C5 (../shared/domain/suitability.md
// "Grades"): its versioned definition, which the firm keeps as
// configuration, the scoring of one investor's answers into an assessment,
// and the limits on how often an investor may take it again.
//
// The package is pure: no database, no clock, no I/O beyond the embedded
// default questionnaire (Standard). Storing assessments, and the
// questionnaire version each was taken under, is the caller's job.
package questionnaire

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/brokercrm/crm/suitability"
)

// Text is wording shown to the investor, Chinese first. The Chinese is
// what the investor signs; the English is a translation.
type Text struct {
	ZH string `json:"zh"`
	EN string `json:"en"`
}

// Questionnaire is one version of the questionnaire. Records of an
// assessment name the Version in force (suitability.md "Records"), so a
// published version is never edited: a change is a new Version.
type Questionnaire struct {
	Version   string     `json:"version"`
	Title     Text       `json:"title"`
	Questions []Question `json:"questions"`
	// Bands map the total score to a category, C1 to C5 in ascending
	// order; the firm sets them (suitability.md "Grades").
	Bands []Band `json:"bands"`
}

// Purpose says what a question's answer is used for besides its score.
type Purpose string

// The purposes. A question's empty Purpose means PurposeScore, so the
// stored form of an ordinary question need not spell it out.
const (
	// PurposeScore: the answer only adds to the score.
	PurposeScore Purpose = "SCORE"
	// PurposeHorizon: the answer also gives the investment horizon the
	// investor accepts (投资期限), one of the three things matched against a
	// product (三匹配).
	PurposeHorizon Purpose = "HORIZON"
	// PurposeVariety: the answers also give the varieties the investor
	// wants (投资品种), the third thing matched.
	PurposeVariety Purpose = "VARIETY"
)

// Values lists the purposes.
func (Purpose) Values() []string {
	return []string{string(PurposeScore), string(PurposeHorizon), string(PurposeVariety)}
}

// Question is one question and its options.
type Question struct {
	// Key identifies the question in answers; unique in the questionnaire.
	Key  string `json:"key"`
	Text Text   `json:"text"`
	// Multiple marks a multi-choice question: the investor may choose
	// several options, and their scores add up.
	Multiple bool     `json:"multiple,omitempty"`
	Purpose  Purpose  `json:"purpose,omitempty"`
	Options  []Option `json:"options"`
}

// purpose is the question's Purpose with the default filled in.
func (q Question) purpose() Purpose {
	if q.Purpose == "" {
		return PurposeScore
	}
	return q.Purpose
}

// option returns the option with the key.
func (q Question) option(key string) (Option, bool) {
	for _, o := range q.Options {
		if o.Key == key {
			return o, true
		}
	}
	return Option{}, false
}

// Option is one answer to a question.
type Option struct {
	// Key identifies the option in answers; unique in its question.
	Key   string `json:"key"`
	Text  Text   `json:"text"`
	Score int    `json:"score"`
	// Lowest: choosing this option places the investor in the lowest
	// category (风险承受能力最低类别) whatever the score, as for "cannot
	// accept any loss" or "lacks full legal capacity" (suitability.md
	// "Grades").
	Lowest bool `json:"lowest,omitempty"`
	// Horizon is the horizon the option gives; options of a HORIZON
	// question only.
	Horizon suitability.Horizon `json:"horizon,omitempty"`
	// Varieties are the varieties the option gives; options of a VARIETY
	// question only. An option may give several ("any of the above").
	Varieties []suitability.Variety `json:"varieties,omitempty"`
}

// Band is the inclusive range of total scores that gives a category.
type Band struct {
	Category suitability.Category `json:"category"`
	Min      int                  `json:"min"`
	Max      int                  `json:"max"`
}

// Parse reads a questionnaire stored as JSON and validates it. Unknown
// fields are refused, so that a misspelt "lowest" cannot silently leave
// an investor out of the lowest category.
func Parse(data []byte) (Questionnaire, error) {
	var q Questionnaire
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&q); err != nil {
		return Questionnaire{}, fmt.Errorf("questionnaire: %w", err)
	}
	if err := dec.Decode(&struct{}{}); !errors.Is(err, io.EOF) {
		return Questionnaire{}, errors.New("questionnaire: data after the questionnaire")
	}
	if err := q.Validate(); err != nil {
		return Questionnaire{}, fmt.Errorf("questionnaire %q: %w", q.Version, err)
	}
	return q, nil
}
