package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/audit"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/store/bulk"
)

// mergeChunk resolves, checks and merges a chunk's rows and marks the
// clients whose data changed; a dry run undoes it all.
func (r *run) mergeChunk(ctx context.Context, tx *sql.Tx, l *lane, rows []*row, reject func(Rejection)) (written, error) {
	rows, err := l.res.resolve(ctx, tx, rows, reject)
	if err != nil {
		return written{}, err
	}
	if r.opts.DryRun {
		if _, err := tx.ExecContext(ctx, "SAVEPOINT ingest_dry_run"); err != nil {
			return written{}, err
		}
	}
	var out written
	for i, part := range r.partition(rows, len(l.writers)) {
		w := l.writers[i]
		got, err := w.merge(ctx, tx, r.dedupe(w.spec, part, reject))
		if err != nil {
			return written{}, err
		}
		out.inserted += got.inserted
		out.updated += got.updated
		out.unchanged += got.unchanged
		out.clients = append(out.clients, got.clients...)
	}
	if r.spec.afterChunk != nil {
		more, err := r.spec.afterChunk(ctx, tx, l.w(), rows, out.clients)
		if err != nil {
			return written{}, err
		}
		out.clients = append(out.clients, more...)
	}
	if err := l.w().mark(ctx, tx, out.clients); err != nil {
		return written{}, err
	}
	if r.opts.DryRun {
		if _, err := tx.ExecContext(ctx, "ROLLBACK TO SAVEPOINT ingest_dry_run"); err != nil {
			return written{}, err
		}
	}
	return out, nil
}

// entOver is an ent client whose statements run in tx, with the audit
// hook store.Open gives the server's client.
func (r *run) entOver(tx *sql.Tx) *ent.Client {
	client := ent.NewClient(ent.Driver(entsql.NewDriver(r.db.Dialect, entsql.Conn{ExecQuerier: tx})))
	client.Use(audit.Hook())
	return client
}

// partition splits rows by the way they are written (spec.variants).
func (r *run) partition(rows []*row, n int) [][]*row {
	parts := make([][]*row, n)
	if r.spec.variant == nil {
		parts[0] = rows
		return parts
	}
	for _, rw := range rows {
		v := r.spec.variant(rw)
		parts[v] = append(parts[v], rw)
	}
	return parts
}

// dedupe rejects a row whose key an earlier row of the chunk has: one
// statement cannot write a record twice, and which of the two the source
// meant is not for the import to guess.
func (r *run) dedupe(s *spec, rows []*row, reject func(Rejection)) []*row {
	keyAt := make([]int, len(s.key))
	for i, k := range s.key {
		keyAt[i] = s.index(k)
	}
	seen := make(map[string]int, len(rows))
	kept := rows[:0]
	var b strings.Builder
	for _, rw := range rows {
		b.Reset()
		for _, i := range keyAt {
			fmt.Fprint(&b, rw.vals[i], "\x00")
		}
		if first, dup := seen[b.String()]; dup {
			reject(Rejection{Line: rw.line, Column: s.key[len(s.key)-1], Value: fmt.Sprint(rw.vals[keyAt[len(keyAt)-1]]),
				Reason: "DUPLICATE_KEY", Message: fmt.Sprintf("line %d has the same key", first)})
			continue
		}
		seen[b.String()] = rw.line
		kept = append(kept, rw)
	}
	return kept
}

func (r *run) saveRejections(ctx context.Context, tx *sql.Tx, w *writer, rejs []Rejection) error {
	if len(rejs) == 0 {
		return nil
	}
	slices.SortFunc(rejs, func(a, b Rejection) int { return a.Line - b.Line })
	cols := []string{"job_id", "line", "column", "value", "reason", "message"}
	rows := make([][]any, len(rejs))
	for i, j := range rejs {
		rows[i] = []any{r.job.ID, j.Line, nullable(j.Column), nullable(j.Value), string(j.Reason), j.Message}
	}
	return w.insert(ctx, tx, "import_rejections", cols, rows)
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// exec runs a statement written with ? placeholders on either database.
func (r *run) exec(ctx context.Context, tx *sql.Tx, q string, args ...any) (sql.Result, error) {
	if r.db.Dialect == dialect.Postgres {
		q = bulk.Numbered(q)
	}
	return tx.ExecContext(ctx, q, args...)
}
