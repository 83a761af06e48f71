package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/importjob"
)

// Kind is what a file holds.
type Kind = importjob.Kind

// spec describes one kind of file: its documented columns, the table its
// rows go to and how a row becomes that table's values.
type spec struct {
	kind    Kind
	table   string
	columns []column
	// masked lists the columns holding personal data, masked in
	// rejections.
	masked []int

	// target are the table's columns a row writes, in the order of
	// row.vals; key are those that identify a record (the natural key,
	// with a unique index), keyWhere the predicate of a partial one.
	target   []string
	key      []string
	keyWhere string
	// stamps are target columns that record when a row was written
	// (updated_at): set on every write but not compared, so a re-import
	// of the same values leaves them alone.
	stamps []string
	// keep are target columns written on insert only (created_at).
	keep []string
	// updateIf is an extra condition for updating an existing record,
	// over the table (named) and EXCLUDED; a row that fails it is
	// counted unchanged.
	updateIf string
	// clientColumn is the column that names the row's client ("id" for
	// the clients table itself), to mark changed clients.
	clientColumn string

	// variants are other ways of writing a row (another natural key) and
	// variant picks a row's: 0 for this spec, i for variants[i-1].
	variants []*spec
	variant  func(*row) int

	// custom, when set, writes a chunk's rows itself, through ent and the
	// rules of the package that owns the records, instead of the merge.
	custom func(ctx context.Context, client *ent.Client, rows []*row, dryRun bool) (written, []Rejection, error)

	// permit, when set, says whether the viewer of ctx may import the
	// kind at all, before a job is created.
	permit func(ctx context.Context) error

	// load, when set, reads what parse checks rows against (a catalogue);
	// parse finds it in fields.env.
	load func(ctx context.Context, client *ent.Client) (any, error)

	// parse reads one data row into r.vals and r.refs.
	parse func(f *fields, r *row)
	// afterChunk runs in a chunk's transaction after its rows are
	// written, with the clients whose data changed; it may return more.
	afterChunk func(ctx context.Context, tx *sql.Tx, w *writer, rows []*row, changed []int64) ([]int64, error)
}

// specs are the kinds this package imports, by kind.
var specs = map[Kind]*spec{}

func register(s *spec) *spec {
	if len(s.columns) == 0 || s.custom == nil && (len(s.target) == 0 || len(s.key) == 0) ||
		len(s.variants) > 0 && s.variant == nil {
		panic("ingest: incomplete spec " + string(s.kind))
	}
	specs[s.kind] = s
	return s
}

// index returns the position of target column name.
func (s *spec) index(name string) int {
	for i, c := range s.target {
		if c == name {
			return i
		}
	}
	panic(fmt.Sprintf("ingest: %s has no target column %s", s.kind, name))
}

// Column describes a documented column, for the reference and the SPA.
type Column struct {
	Name        string
	Required    bool
	Description string
}

// Columns lists the documented columns of kind.
func Columns(kind Kind) []Column {
	s, ok := specs[kind]
	if !ok {
		return nil
	}
	out := make([]Column, len(s.columns))
	for i, c := range s.columns {
		out[i] = Column{Name: c.name, Required: c.required, Description: c.doc}
	}
	return out
}

var kindOrder = []Kind{importjob.KindCLIENTS, importjob.KindACCOUNTS, importjob.KindHOLDINGS, importjob.KindTRADES,
	importjob.KindFLOWS, importjob.KindINTERACTIONS, importjob.KindPRODUCTS, importjob.KindASSESSMENTS,
	importjob.KindDIMENSION_VALUES}

// Kinds lists the kinds that can be imported.
func Kinds() []Kind {
	var out []Kind
	for _, k := range kindOrder {
		if _, ok := specs[k]; ok {
			out = append(out, k)
		}
	}
	return out
}

// ParseKind reads a kind as the command line writes it: trades, flows…
func ParseKind(s string) (Kind, error) {
	k := Kind(strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(s), "-", "_")))
	if _, ok := specs[k]; !ok {
		names := make([]string, 0, len(specs))
		for _, k := range Kinds() {
			names = append(names, strings.ToLower(string(k)))
		}
		return "", fmt.Errorf("unknown kind %q: use one of %s", s, strings.Join(names, ", "))
	}
	return k, nil
}
