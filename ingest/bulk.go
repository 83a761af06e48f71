package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/lib/pq"
)

// quote quotes an SQL identifier; names here are constants of this
// package, never input.
func quote(name string) string { return `"` + name + `"` }

func quoteAll(names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = quote(n)
	}
	return out
}

// copyIn writes rows into table with PostgreSQL's COPY, in tx.
func copyIn(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
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

// sqliteBatch is how many rows one SQLite statement writes: well under
// its limit of 32,766 parameters for the widest kind.
const sqliteBatch = 200

// valuesList is "(?, ?), (?, ?)" for rows of cols columns.
func valuesList(rows, cols int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(one+", ", rows), ", ")
}

// insertRows writes rows into table with multi-row INSERTs (SQLite).
func insertRows(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	for start := 0; start < len(rows); start += sqliteBatch {
		batch := rows[start:min(start+sqliteBatch, len(rows))]
		q := "INSERT INTO " + quote(table) + " (" + strings.Join(quoteAll(cols), ", ") + ") VALUES " +
			valuesList(len(batch), len(cols))
		if _, err := tx.ExecContext(ctx, q, flatten(batch)...); err != nil {
			return fmt.Errorf("insert into %s: %w", table, err)
		}
	}
	return nil
}

func flatten(rows [][]any) []any {
	if len(rows) == 0 {
		return nil
	}
	out := make([]any, 0, len(rows)*len(rows[0]))
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}
