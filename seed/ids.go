package seed

import (
	"context"
	"database/sql"
	"fmt"

	"entgo.io/ent/dialect"
)

// ids hands out the primary keys of one table. The seed chooses ids itself
// (COPY cannot return generated ones), starting where the table's own
// sequence would: ent gives every type its own range of ids so that a
// GraphQL node id tells its type.
type ids struct{ next int }

func (i *ids) take() int { i.next++; return i.next }

// idsFor reads where table's id sequence starts.
func idsFor(ctx context.Context, db *sql.DB, dia, table string) (*ids, error) {
	var base sql.NullInt64
	var err error
	if dia == dialect.Postgres {
		err = db.QueryRowContext(ctx,
			`SELECT seqstart - 1 FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence($1, 'id')::regclass`, table).Scan(&base)
	} else {
		err = db.QueryRowContext(ctx, `SELECT seq FROM sqlite_sequence WHERE name = ?`, table).Scan(&base)
		if err == sql.ErrNoRows {
			err = nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("id range of %s: %w", table, err)
	}
	return &ids{next: int(base.Int64)}, nil
}
