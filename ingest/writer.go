package ingest

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lib/pq"

	"github.com/brokercrm/crm/store/bulk"
)

// writer merges chunks of one kind into their table.
type writer struct {
	spec *spec
	pg   bool
	now  time.Time
	// copyFirst is whether the next chunk tries a plain COPY before a
	// merge; a chunk that finds existing rows turns it off until a chunk
	// is all new again.
	copyFirst bool
}

// written is what merging one chunk did.
type written struct {
	inserted, updated, unchanged int
	clients                      []int64 // whose data changed
}

// merge writes rows (resolved and free of duplicate keys) into the table.
func (w *writer) merge(ctx context.Context, tx *sql.Tx, rows []*row) (written, error) {
	if len(rows) == 0 {
		return written{}, nil
	}
	if ci := w.clientSlot(); ci >= 0 {
		// In client order, the rows' index entries and key checks fall on
		// neighbouring pages.
		slices.SortStableFunc(rows, func(a, b *row) int { return cmpID(a.vals[ci], b.vals[ci]) })
	}
	if w.pg {
		// A plain COPY returns no ids, so a kind that needs them (the
		// clients themselves) always merges.
		if w.copyFirst && w.clientSlot() >= 0 {
			out, ok, err := w.tryCopy(ctx, tx, rows)
			if err != nil || ok {
				return out, err
			}
		}
		out, err := w.mergePG(ctx, tx, rows)
		w.copyFirst = out.inserted == len(rows)
		return out, err
	}
	return w.mergeSQLite(ctx, tx, rows)
}

// allInserted is what writing rows that were all new did.
func (w *writer) allInserted(rows []*row) written {
	out := written{inserted: len(rows), clients: make([]int64, 0, len(rows))}
	ci := w.clientSlot()
	for _, r := range rows {
		if id, ok := r.vals[ci].(int64); ok {
			out.clients = append(out.clients, id)
		}
	}
	return out
}

func values(rows []*row) [][]any {
	out := make([][]any, len(rows))
	for i, r := range rows {
		out[i] = r.vals
	}
	return out
}

// tryCopy COPYs rows straight into the table under a savepoint; ok is
// false when a row's key exists already, and the savepoint is undone.
func (w *writer) tryCopy(ctx context.Context, tx *sql.Tx, rows []*row) (written, bool, error) {
	if _, err := tx.ExecContext(ctx, "SAVEPOINT ingest_copy"); err != nil {
		return written{}, false, err
	}
	err := bulk.Copy(ctx, tx, w.spec.table, w.spec.target, values(rows))
	var pqErr *pq.Error
	if errors.As(err, &pqErr) && pqErr.Code == "23505" { // unique_violation
		w.copyFirst = false
		_, err := tx.ExecContext(ctx, "ROLLBACK TO SAVEPOINT ingest_copy")
		return written{}, false, err
	}
	if err != nil {
		return written{}, false, err
	}
	if _, err := tx.ExecContext(ctx, "RELEASE SAVEPOINT ingest_copy"); err != nil {
		return written{}, false, err
	}
	return w.allInserted(rows), true, nil
}

// clientSlot is where a row holds its client's id, or -1 when the key
// itself is the client (the clients table), known only after writing.
func (w *writer) clientSlot() int {
	if w.spec.clientColumn == "id" {
		return -1
	}
	return w.spec.index(w.spec.clientColumn)
}

// mergePG stages rows in a temporary table and upserts them from it.
func (w *writer) mergePG(ctx context.Context, tx *sql.Tx, rows []*row) (written, error) {
	s := w.spec
	stage := "ingest_" + s.table
	create := "CREATE TEMP TABLE IF NOT EXISTS " + bulk.Quote(stage) + " ON COMMIT DELETE ROWS AS SELECT " +
		strings.Join(bulk.QuoteAll(s.target), ", ") + " FROM " + bulk.Quote(s.table) + " WITH NO DATA"
	if _, err := tx.ExecContext(ctx, create); err != nil {
		return written{}, fmt.Errorf("stage %s: %w", s.table, err)
	}
	if err := bulk.Copy(ctx, tx, stage, s.target, values(rows)); err != nil {
		return written{}, err
	}
	q := s.upsertSQL("SELECT "+strings.Join(bulk.QuoteAll(s.target), ", ")+" FROM "+bulk.Quote(stage), true) +
		" RETURNING (xmax = 0), t." + bulk.Quote(s.clientColumn)
	res, err := tx.QueryContext(ctx, q)
	if err != nil {
		return written{}, fmt.Errorf("merge %s: %w", s.table, err)
	}
	defer res.Close()
	var out written
	for res.Next() {
		var inserted bool
		var client int64
		if err := res.Scan(&inserted, &client); err != nil {
			return written{}, err
		}
		if inserted {
			out.inserted++
		} else {
			out.updated++
		}
		out.clients = append(out.clients, client)
	}
	if err := res.Err(); err != nil {
		return written{}, fmt.Errorf("merge %s: %w", s.table, err)
	}
	if _, err := tx.ExecContext(ctx, "TRUNCATE "+bulk.Quote(stage)); err != nil {
		return written{}, err
	}
	out.unchanged = len(rows) - out.inserted - out.updated
	return out, nil
}

// mergeSQLite upserts rows with multi-row statements. Ids only grow, so
// a returned id above the table's largest before the chunk is an insert.
func (w *writer) mergeSQLite(ctx context.Context, tx *sql.Tx, rows []*row) (written, error) {
	s := w.spec
	var before int64
	if err := tx.QueryRowContext(ctx, "SELECT COALESCE(max(id), 0) FROM "+bulk.Quote(s.table)).Scan(&before); err != nil {
		return written{}, err
	}
	var out written
	for start := 0; start < len(rows); start += bulk.RowsPerStatement {
		batch := rows[start:min(start+bulk.RowsPerStatement, len(rows))]
		q := s.upsertSQL("VALUES "+bulk.Values(len(batch), len(s.target)), false) +
			" RETURNING id, " + bulk.Quote(s.clientColumn)
		res, err := tx.QueryContext(ctx, q, bulk.Flatten(values(batch))...)
		if err != nil {
			return written{}, fmt.Errorf("merge %s: %w", s.table, err)
		}
		for res.Next() {
			var id, client int64
			if err := res.Scan(&id, &client); err != nil {
				res.Close()
				return written{}, err
			}
			if id > before {
				out.inserted++
			} else {
				out.updated++
			}
			out.clients = append(out.clients, client)
		}
		res.Close()
		if err := res.Err(); err != nil {
			return written{}, fmt.Errorf("merge %s: %w", s.table, err)
		}
	}
	out.unchanged = len(rows) - out.inserted - out.updated
	return out, nil
}

// upsertSQL is INSERT … source ON CONFLICT (key) DO UPDATE of the
// columns that differ. The source is a SELECT from the staging table on
// PostgreSQL, where the table is aliased t, and VALUES on SQLite, where
// it is referred to by name.
func (s *spec) upsertSQL(source string, pg bool) string {
	t := bulk.Quote(s.table)
	var b strings.Builder
	b.WriteString("INSERT INTO " + t)
	if pg {
		t = "t"
		b.WriteString(" AS t")
	}
	b.WriteString(" (" + strings.Join(bulk.QuoteAll(s.target), ", ") + ") " + source)
	b.WriteString(" ON CONFLICT (" + strings.Join(bulk.QuoteAll(s.key), ", ") + ")")
	if s.keyWhere != "" {
		b.WriteString(" WHERE " + s.keyWhere)
	}
	var set, compare []string
	for _, c := range s.target {
		if slices.Contains(s.key, c) || slices.Contains(s.keep, c) {
			continue
		}
		set = append(set, bulk.Quote(c)+" = EXCLUDED."+bulk.Quote(c))
		if !slices.Contains(s.stamps, c) {
			compare = append(compare, c)
		}
	}
	if len(set) == 0 {
		b.WriteString(" DO NOTHING")
		return b.String()
	}
	b.WriteString(" DO UPDATE SET " + strings.Join(set, ", ") + " WHERE (")
	if pg {
		ours, theirs := make([]string, len(compare)), make([]string, len(compare))
		for i, c := range compare {
			ours[i], theirs[i] = t+"."+bulk.Quote(c), "EXCLUDED."+bulk.Quote(c)
		}
		b.WriteString("(" + strings.Join(ours, ", ") + ") IS DISTINCT FROM (" + strings.Join(theirs, ", ") + ")")
	} else {
		differs := make([]string, len(compare))
		for i, c := range compare {
			differs[i] = t + "." + bulk.Quote(c) + " IS NOT EXCLUDED." + bulk.Quote(c)
		}
		b.WriteString(strings.Join(differs, " OR "))
	}
	b.WriteString(")")
	if s.updateIf != "" {
		b.WriteString(" AND " + strings.ReplaceAll(s.updateIf, "{t}", t))
	}
	return b.String()
}

// mark records that clients' data changed, for the next metrics refresh.
func (w *writer) mark(ctx context.Context, tx *sql.Tx, clients []int64) error {
	slices.Sort(clients)
	clients = slices.Compact(clients)
	if len(clients) == 0 {
		return nil
	}
	const upsert = " ON CONFLICT (client_id) DO UPDATE SET marked_at = EXCLUDED.marked_at"
	// The time of the mark, not of the job: a refresh that began before
	// this chunk was written must leave the mark for the next one.
	now := time.Now()
	if w.pg {
		_, err := tx.ExecContext(ctx, "INSERT INTO metrics_marks (client_id, marked_at) SELECT unnest($1::bigint[]), $2"+upsert,
			pq.Int64Array(clients), now)
		return err
	}
	for start := 0; start < len(clients); start += bulk.RowsPerStatement {
		batch := clients[start:min(start+bulk.RowsPerStatement, len(clients))]
		args := make([]any, 0, 2*len(batch))
		for _, c := range batch {
			args = append(args, c, now)
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO metrics_marks (client_id, marked_at) VALUES "+
			bulk.Values(len(batch), 2)+upsert, args...); err != nil {
			return err
		}
	}
	return nil
}

// insert appends rows to table: COPY on PostgreSQL, INSERTs on SQLite.
func (w *writer) insert(ctx context.Context, tx *sql.Tx, table string, cols []string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	if w.pg {
		return bulk.Copy(ctx, tx, table, cols, rows)
	}
	return bulk.Insert(ctx, tx, table, cols, rows)
}

func cmpID(a, b any) int {
	x, _ := a.(int64)
	y, _ := b.(int64)
	return cmp.Compare(x, y)
}
