package store

import (
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
)

// Opaque is v as a one-row subquery, (SELECT $n), for a comparison whose
// value changes with every call, such as a date window ending now.
//
// PostgreSQL plans a prepared statement for its parameters' values for
// the first five runs, then keeps a generic plan only if that one does
// not look costlier. A bare `occurred_at >= $5` looks more selective with
// a recent date than the generic estimate, so the generic plan never wins
// and the statement is planned again on every run: on the client page's
// summary, planning cost five times the execution. Behind a subquery the
// value is unknown to every plan alike, so the generic one is kept. The
// index still bounds the scan with the value at run time.
//
// PostgreSQL cannot infer the type of a parameter alone in a select list,
// so pgType names it (timestamptz, date); SQLite needs no type.
func Opaque(v any, pgType string) sql.Querier {
	return sql.ExprFunc(func(b *sql.Builder) {
		b.WriteString("(SELECT ").Arg(v)
		if b.Dialect() == dialect.Postgres {
			b.WriteString("::" + pgType)
		}
		b.WriteString(")")
	})
}
