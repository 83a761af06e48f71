package catalog

import (
	"io"

	"github.com/brokercrm/crm/enum"
)

// Action is what a change to a product did; each is one version in the
// product's history.
type Action string

// The actions of the lifecycle DRAFT → IN_REVIEW → PUBLISHED →
// SUSPENDED / RETIRED, and back to DRAFT for changes.
const (
	Create   Action = "CREATE"   // a product manager creates a draft
	Edit     Action = "EDIT"     // a product manager changes a draft
	Submit   Action = "SUBMIT"   // a product manager asks compliance to approve the draft
	Withdraw Action = "WITHDRAW" // the submitter takes it back before review
	Approve  Action = "APPROVE"  // compliance publishes it (never the submitter)
	Reject   Action = "REJECT"   // compliance sends it back, saying why
	Suspend  Action = "SUSPEND"  // sales stop for a while
	Resume   Action = "RESUME"   // compliance puts a suspended product on sale again
	Retire   Action = "RETIRE"   // sales end for good
	Reopen   Action = "REOPEN"   // back to a draft, to change it
)

// Values lists the actions.
func (Action) Values() []string {
	return []string{string(Create), string(Edit), string(Submit), string(Withdraw), string(Approve),
		string(Reject), string(Suspend), string(Resume), string(Retire), string(Reopen)}
}

// MarshalGQL writes the action as a GraphQL enum value.
func (a Action) MarshalGQL(w io.Writer) { enum.Write(w, string(a)) }

// UnmarshalGQL reads an action.
func (a *Action) UnmarshalGQL(v any) (err error) { *a, err = enum.Parse[Action](v); return err }

// Change is one field a version changed, with its values before and after
// as text ("" for none), so a reviewer sees the difference at a glance.
type Change struct {
	Field string `json:"field"`
	From  string `json:"from"`
	To    string `json:"to"`
}
