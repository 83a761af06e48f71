package questionnaire

import (
	_ "embed"
	"fmt"
)

// standardJSON is the firm's default questionnaire: the standard
// individual-investor questionnaire Chinese brokers use, scored out of 100
// with the published example's bands (suitability.md "Grades").
//
//go:embed standard.json
var standardJSON []byte

// Standard returns the firm's default questionnaire, version STD-2026.1.
// Each call decodes a fresh copy, so a caller may change what it gets
// without changing anyone else's. It panics if the embedded file does not
// parse and validate, which its tests rule out.
func Standard() Questionnaire {
	q, err := Parse(standardJSON)
	if err != nil {
		panic(fmt.Sprintf("questionnaire: standard.json: %v", err))
	}
	return q
}
