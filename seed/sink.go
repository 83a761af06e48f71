package seed

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"entgo.io/ent/dialect"
	"github.com/lib/pq"
)

// table is a batch of rows for one SQL table.
type table struct {
	name string
	cols []string
	rows [][]any
}

func newTable(name string, cols ...string) *table { return &table{name: name, cols: cols} }

func (t *table) add(row ...any) { t.rows = append(t.rows, row) }

// set changes column col of row i, for values known only after the row
// was added.
func (t *table) set(i int, col string, v any) {
	for j, c := range t.cols {
		if c == col {
			t.rows[i][j] = v
			return
		}
	}
	panic("seed: table " + t.name + " has no column " + col)
}

// sink writes batches in bulk: COPY on PostgreSQL, multi-row INSERTs in
// one transaction on SQLite. Rows bypass ent on purpose: seeding a million
// clients through single-row ORM inserts would take hours.
type sink interface {
	write(ctx context.Context, t *table) error
	// parallel reports whether several tables may be written at once.
	parallel() bool
}

func newSink(db *sql.DB, dia string) sink {
	if dia == dialect.Postgres {
		return pgSink{db}
	}
	return sqliteSink{db}
}

type pgSink struct{ db *sql.DB }

func (pgSink) parallel() bool { return true }

func (s pgSink) write(ctx context.Context, t *table) error {
	return inTx(ctx, s.db, t, copyRows)
}

func copyRows(ctx context.Context, tx *sql.Tx, t *table) error {
	stmt, err := tx.PrepareContext(ctx, pq.CopyIn(t.name, t.cols...))
	if err != nil {
		return fmt.Errorf("copy into %s: %w", t.name, err)
	}
	for _, row := range t.rows {
		if _, err := stmt.ExecContext(ctx, row...); err != nil {
			return fmt.Errorf("copy into %s: %w", t.name, err)
		}
	}
	if _, err := stmt.ExecContext(ctx); err != nil {
		return fmt.Errorf("copy into %s: %w", t.name, err)
	}
	return stmt.Close()
}

type sqliteSink struct{ db *sql.DB }

func (sqliteSink) parallel() bool { return false }

// rowsPerInsert keeps statements well under SQLite's parameter limit.
const rowsPerInsert = 100

func (s sqliteSink) write(ctx context.Context, t *table) error {
	return inTx(ctx, s.db, t, insertRows)
}

func insertRows(ctx context.Context, tx *sql.Tx, t *table) error {
	prepared := map[int]*sql.Stmt{}
	for start := 0; start < len(t.rows); start += rowsPerInsert {
		chunk := t.rows[start:min(start+rowsPerInsert, len(t.rows))]
		stmt, ok := prepared[len(chunk)]
		if !ok {
			var err error
			stmt, err = tx.PrepareContext(ctx, insertSQL(t, len(chunk)))
			if err != nil {
				return fmt.Errorf("insert into %s: %w", t.name, err)
			}
			prepared[len(chunk)] = stmt
		}
		args := make([]any, 0, len(chunk)*len(t.cols))
		for _, row := range chunk {
			args = append(args, row...)
		}
		if _, err := stmt.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("insert into %s: %w", t.name, err)
		}
	}
	return nil
}

func insertSQL(t *table, rows int) string {
	var b strings.Builder
	b.WriteString("INSERT INTO " + quote(t.name) + " (")
	for i, c := range t.cols {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(quote(c))
	}
	b.WriteString(") VALUES ")
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", len(t.cols)), ", ") + ")"
	for i := range rows {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(one)
	}
	return b.String()
}

// inTx writes t's rows with write in one transaction: a table batch lands
// whole or not at all.
func inTx(ctx context.Context, db *sql.DB, t *table, write func(context.Context, *sql.Tx, *table) error) error {
	if len(t.rows) == 0 {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := write(ctx, tx, t); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// quote quotes an identifier; names here are constants of this package.
func quote(name string) string { return `"` + name + `"` }

// resetSequences moves each table's id sequence past the ids the seed
// chose itself, so rows created later do not collide with them.
func resetSequences(ctx context.Context, db *sql.DB, dia string, tables []string) error {
	for _, t := range tables {
		var q string
		if dia == dialect.Postgres {
			q = fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%s', 'id'), max(id)) FROM %s HAVING max(id) IS NOT NULL`, t, quote(t))
		} else {
			q = fmt.Sprintf(`UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM %s) WHERE name = '%s' AND EXISTS (SELECT 1 FROM %s)`, quote(t), t, quote(t))
		}
		if _, err := db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("reset id sequence of %s: %w", t, err)
		}
	}
	// VACUUM sets the visibility map after the bulk load, so that counts
	// can be answered from indexes alone; ANALYZE gives the planner sizes.
	maintenance := "ANALYZE"
	if dia == dialect.Postgres {
		maintenance = "VACUUM ANALYZE"
	}
	_, err := db.ExecContext(ctx, maintenance)
	return err
}
