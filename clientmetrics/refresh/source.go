package refresh

import (
	"strings"

	"github.com/brokercrm/crm/clientmetrics"
)

// A source is one aggregate query over a table about the clients of a
// batch: one row per client (GROUP BY its client column) whose columns
// are scanned into the client's Facts. The SQL is the same on both
// databases; every value in it is a bind parameter.
type source struct {
	name   string
	from   string // the table aliased t, and its joins
	client string // the column naming the client, e.g. "t.client_id"
	where  string // a further condition, or ""
	// groupAlso groups finer than by client (several rows per client),
	// and having filters the groups with havingArgs.
	groupAlso, having string
	havingArgs        []any
	// keep moves what a row was scanned into (a blank Facts) into the
	// client's Facts.
	keep func(dst, scanned *clientmetrics.Facts)
	columns
}

// columns are a source's select list: expressions, their arguments in
// order, and where each is scanned.
type columns struct {
	exprs []string
	args  []any
	dests []func(f *clientmetrics.Facts) any
}

// add appends an expression with its arguments and destination.
func (c *columns) add(expr string, dest func(f *clientmetrics.Facts) any, args ...any) {
	c.exprs = append(c.exprs, expr)
	c.args = append(c.args, args...)
	c.dests = append(c.dests, dest)
}

// sql is the source's statement for the clients filter matches.
func (s *source) sql(filter clientFilter) (string, []any) {
	var b strings.Builder
	b.WriteString("SELECT " + s.client + ", " + strings.Join(s.exprs, ", ") + " FROM " + s.from + " WHERE ")
	cond, args := filter.condition(s.client)
	b.WriteString(cond)
	if s.where != "" {
		b.WriteString(" AND (" + s.where + ")")
	}
	b.WriteString(" GROUP BY " + s.client)
	if s.groupAlso != "" {
		b.WriteString(", " + s.groupAlso)
	}
	if s.having != "" {
		b.WriteString(" HAVING " + s.having)
	}
	all := append(append([]any{}, s.args...), args...)
	return b.String(), append(all, s.havingArgs...)
}

// clientFilter picks the clients of a batch: a range of ids (a full
// refresh walks the clients in id order) or a list (an incremental one).
type clientFilter struct {
	first, last int   // the range, when ids is nil
	ids         []int // the list
}

func (f clientFilter) condition(column string) (string, []any) {
	if f.ids == nil {
		return column + " BETWEEN ? AND ?", []any{f.first, f.last}
	}
	args := make([]any, len(f.ids))
	for i, id := range f.ids {
		args[i] = id
	}
	return column + " IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(f.ids)), ", ") + ")", args
}
