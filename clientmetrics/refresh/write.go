package refresh

import (
	"context"
	"database/sql"
	"strings"

	"entgo.io/ent/dialect"

	catalogue "github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/ent/clientmetrics"
	"github.com/brokercrm/crm/ent/clientmetricsmore"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/store/bulk"
)

// table is one table of the store: its name and columns in the order of
// a row.
type table struct {
	name    string
	columns []string
	metrics []*catalogue.Metric
	stamped bool // has refreshed_at after the id
}

// The store's tables (see clientmetrics.Hot).
var (
	hotTable  = newTable(clientmetrics.Table, catalogue.Hot(), true)
	moreTable = newTable(clientmetricsmore.Table, catalogue.Cold(), false)
)

func newTable(name string, metrics []*catalogue.Metric, stamped bool) table {
	t := table{name: name, metrics: metrics, stamped: stamped, columns: []string{clientmetrics.FieldID}}
	if stamped {
		t.columns = append(t.columns, clientmetrics.FieldRefreshedAt)
	}
	for _, m := range metrics {
		t.columns = append(t.columns, m.Key)
	}
	return t
}

// row computes one client's row of t.
func (r *refresher) row(t table, f *catalogue.Facts) []any {
	row := make([]any, 0, len(t.columns))
	row = append(row, f.ClientID)
	if t.stamped {
		row = append(row, r.opts.Now.UTC()) // SQLite compares times as the text it stores
	}
	for _, m := range t.metrics {
		row = append(row, storable(m, m.Compute(f)))
	}
	return row
}

// storable is a value as the drivers take it: amounts as their
// ten-thousandths, and the zero of a sparse metric as NULL.
func storable(m *catalogue.Metric, v any) any {
	if d, ok := v.(money.Decimal); ok {
		v = d.Units()
	}
	if m.Sparse && (v == int64(0) || v == false) {
		return nil
	}
	return v
}

// write stores a batch's clients, replacing their previous rows in both
// tables, and removes the batch's marks made before the refresh began,
// all in one transaction.
func (r *refresher) write(ctx context.Context, f clientFilter, clients []*catalogue.Facts) error {
	tx, err := r.db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // after Commit, a no-op
	for _, t := range []table{hotTable, moreTable} {
		if len(clients) == 0 {
			break
		}
		rows := make([][]any, len(clients))
		for i, c := range clients {
			rows[i] = r.row(t, c)
		}
		if r.db.Dialect == dialect.Postgres {
			err = upsertPG(ctx, tx, t, rows)
		} else {
			err = bulk.Replace(ctx, tx, t.name, t.columns, rows)
		}
		if err != nil {
			return err
		}
	}
	cond, args := f.condition("client_id")
	if _, err := tx.ExecContext(ctx, r.rebind("DELETE FROM metrics_marks WHERE "+cond+" AND marked_at <= ?"),
		append(args, r.marksBefore.UTC())...); err != nil {
		return err
	}
	return tx.Commit()
}

// upsertPG copies the rows into a temporary table and merges them from
// there: COPY cannot update.
func upsertPG(ctx context.Context, tx *sql.Tx, t table, rows [][]any) error {
	stage := t.name + "_stage"
	if _, err := tx.ExecContext(ctx, "CREATE TEMP TABLE IF NOT EXISTS "+bulk.Quote(stage)+
		" (LIKE "+bulk.Quote(t.name)+" INCLUDING DEFAULTS) ON COMMIT DELETE ROWS"); err != nil {
		return err
	}
	if err := bulk.Copy(ctx, tx, stage, t.columns, rows); err != nil {
		return err
	}
	quoted := bulk.QuoteAll(t.columns)
	sets := make([]string, 0, len(quoted)-1)
	for _, c := range quoted[1:] {
		sets = append(sets, c+" = EXCLUDED."+c)
	}
	cols := strings.Join(quoted, ", ")
	_, err := tx.ExecContext(ctx, "INSERT INTO "+bulk.Quote(t.name)+" ("+cols+") SELECT "+cols+" FROM "+bulk.Quote(stage)+
		" ON CONFLICT (id) DO UPDATE SET "+strings.Join(sets, ", "))
	return err
}
