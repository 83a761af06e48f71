package ingest

import (
	"fmt"

	"github.com/brokercrm/crm/ent/importrejection"
)

// Reason says why a row was rejected.
type Reason = importrejection.Reason

// Rejection is a row that was not imported, and why.
type Rejection struct {
	Line    int    // the file's line, the header being line 1 (for NDJSON, the object's line)
	Column  string // the documented column name; empty for the row as a whole
	Value   string
	Reason  Reason
	Message string
}

// row is one validated data row of a file, on its way into its table.
type row struct {
	line int
	vals []any // the values of the kind's target columns
	refs []ref // references still to resolve into vals
	// extra carries what a kind needs besides the columns (a client's
	// name grams, say).
	extra any
}

// ref is a natural key in a row that names another record: an account
// number, a client number, an instrument code. Resolving it fills the
// row's slots with the record's id (and, for an account, its client's).
type ref struct {
	kind   refKind
	key    string
	column string // for the rejection when nothing has that key
	slot   int    // where the id goes
	client int    // where the client's id goes (accounts), or -1
}

type refKind int

const (
	refAccount refKind = iota
	refClient
	refInstrument
	refProduct
	refBranch
	refUser
)

func (k refKind) noun() string {
	return [...]string{"account", "client", "instrument", "product", "branch", "user"}[k]
}

func (r *Rejection) Error() string {
	if r.Column == "" {
		return fmt.Sprintf("line %d: %s", r.Line, r.Message)
	}
	return fmt.Sprintf("line %d, column %s (%q): %s", r.Line, r.Column, r.Value, r.Message)
}
