package seed

import (
	"context"
	"database/sql"
	"fmt"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/store/bulk"
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
	return inTx(ctx, s.db, t, bulk.Copy)
}

type sqliteSink struct{ db *sql.DB }

func (sqliteSink) parallel() bool { return false }

func (s sqliteSink) write(ctx context.Context, t *table) error {
	return inTx(ctx, s.db, t, bulk.Insert)
}

// inTx writes t's rows with write in one transaction: a table batch lands
// whole or not at all.
func inTx(ctx context.Context, db *sql.DB, t *table,
	write func(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error) error {
	if len(t.rows) == 0 {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := write(ctx, tx, t.name, t.cols, t.rows); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// resetSequences moves each table's id sequence past the ids the seed
// chose itself, so rows created later do not collide with them.
func resetSequences(ctx context.Context, db *sql.DB, dia string, tables []string) error {
	for _, t := range tables {
		var q string
		if dia == dialect.Postgres {
			q = fmt.Sprintf(`SELECT setval(pg_get_serial_sequence('%s', 'id'), max(id)) FROM %s HAVING max(id) IS NOT NULL`, t, bulk.Quote(t))
		} else {
			q = fmt.Sprintf(`UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM %s) WHERE name = '%s' AND EXISTS (SELECT 1 FROM %s)`, bulk.Quote(t), t, bulk.Quote(t))
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
