// Package bulk writes many rows at once, bypassing ent: COPY on
// PostgreSQL, multi-row INSERTs of prepared statements on SQLite. The demo
// seed and the importer use it; nothing else should need to.
package bulk

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/lib/pq"
)

// Copy writes rows into table with PostgreSQL's COPY, in tx.
func Copy(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, cols...))
	if err != nil {
		return fmt.Errorf("copy into %s: %w", table, err)
	}
	defer stmt.Close()
	for _, r := range rows {
		if _, err := stmt.ExecContext(ctx, r...); err != nil {
			return fmt.Errorf("copy into %s: %w", table, err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return fmt.Errorf("copy into %s: %w", table, err)
	}
	return nil
}

// RowsPerStatement is how many rows one SQLite statement writes at most;
// fewer for tables so wide that they would pass SQLite's limit of
// maxParameters parameters.
const RowsPerStatement = 200

const maxParameters = 32_766

// Insert writes rows into table with multi-row INSERTs (SQLite), one
// prepared statement per batch size.
func Insert(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	return insert(ctx, tx, "INSERT INTO ", table, cols, rows)
}

// Replace is Insert for rows that may already be there: a row whose key
// exists replaces the stored one (SQLite's INSERT OR REPLACE).
func Replace(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	return insert(ctx, tx, "INSERT OR REPLACE INTO ", table, cols, rows)
}

func insert(ctx context.Context, tx *sql.Tx, verb, table string, cols []string, rows [][]any) error {
	perStatement := max(1, min(RowsPerStatement, maxParameters/len(cols)))
	prepared := map[int]*sql.Stmt{}
	defer func() {
		for _, s := range prepared {
			s.Close()
		}
	}()
	for start := 0; start < len(rows); start += perStatement {
		batch := rows[start:min(start+perStatement, len(rows))]
		stmt, ok := prepared[len(batch)]
		if !ok {
			var err error
			q := verb + Quote(table) + " (" + strings.Join(QuoteAll(cols), ", ") + ") VALUES " +
				Values(len(batch), len(cols))
			if stmt, err = tx.PrepareContext(ctx, q); err != nil {
				return fmt.Errorf("insert into %s: %w", table, err)
			}
			prepared[len(batch)] = stmt
		}
		if _, err := stmt.ExecContext(ctx, Flatten(batch)...); err != nil {
			return fmt.Errorf("insert into %s: %w", table, err)
		}
	}
	return nil
}

// Values is "(?, ?), (?, ?)" for rows of cols columns.
func Values(rows, cols int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(one+", ", rows), ", ")
}

// Flatten lays rows out as one argument list.
func Flatten(rows [][]any) []any {
	if len(rows) == 0 {
		return nil
	}
	out := make([]any, 0, len(rows)*len(rows[0]))
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}

// Quote quotes an SQL identifier; callers pass names of their own, never
// input.
func Quote(name string) string { return `"` + name + `"` }

// QuoteAll quotes each of names.
func QuoteAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = Quote(n)
	}
	return out
}

// Numbered rewrites a statement's ? placeholders as PostgreSQL's $1, $2…,
// for statements written once for both databases. The statement must
// have no ? inside a string literal.
func Numbered(q string) string {
	var b strings.Builder
	n := 0
	for _, ch := range q {
		if ch == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(ch)
	}
	return b.String()
}
