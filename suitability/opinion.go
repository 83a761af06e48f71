package suitability

import (
	"io"

	"github.com/brokercrm/crm/enum"
)

// Outcome is the verdict of a suitability check.
type Outcome string

// The outcomes (suitability.md "What happens on a sale").
const (
	// Match: matched on all three dimensions; the sale goes ahead (1).
	Match Outcome = "MATCH"
	// ConfirmationRequired: the investor must read the special written
	// risk warning and confirm in writing before the sale (3; Art. 19).
	ConfirmationRequired Outcome = "CONFIRMATION_REQUIRED"
	// Refused: the sale may not go ahead (3, 4).
	Refused Outcome = "REFUSED"
)

// Values lists the outcomes for the ent and GraphQL enums.
func (Outcome) Values() []string {
	return []string{string(Match), string(ConfirmationRequired), string(Refused)}
}

// MarshalGQL writes the outcome as a GraphQL enum value.
func (o Outcome) MarshalGQL(w io.Writer) { enum.Write(w, string(o)) }

// UnmarshalGQL reads an outcome, refusing unknown ones.
func (o *Outcome) UnmarshalGQL(v any) (err error) { *o, err = enum.Parse[Outcome](v); return err }

// Opinion is the matching opinion (适当性匹配意见) of one check.
type Opinion struct {
	Outcome Outcome
	// Reasons are every reason found, in the order of Reason.Values; empty
	// for Match. A refusal lists the reasons that would only have needed a
	// confirmation too.
	Reasons []Reason
	// Warning is the special written risk warning to show before the
	// investor confirms; set only when Outcome is ConfirmationRequired.
	Warning Warning
}

// Recommendable reports whether the firm may actively recommend or push
// the product to the investor: only on a full match (Art. 22(3)(4):
// nothing above an ordinary investor's risk level or outside their
// objectives; suitability.md "What happens on a sale" 2).
func (o Opinion) Recommendable() bool { return o.Outcome == Match }
