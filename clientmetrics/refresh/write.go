package refresh

import (
	"context"
	"database/sql"
	"strings"

	"entgo.io/ent/dialect"

	catalogue "github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/ent/clientmetrics"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/store/bulk"
)

// columnNames are the store's columns in the order of a row: the id, the
// time of the refresh, then one per dimension in catalogue order.
var columnNames = func() []string {
	names := []string{clientmetrics.FieldID, clientmetrics.FieldRefreshedAt}
	for _, m := range catalogue.StoreOrder() {
		names = append(names, m.Key)
	}
	return names
}()

// row computes one client's row of the store.
func (r *refresher) row(f *catalogue.Facts) []any {
	metrics := catalogue.StoreOrder()
	row := make([]any, 0, len(metrics)+2)
	row = append(row, f.ClientID, r.opts.Now)
	for _, m := range metrics {
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

// write stores a batch's rows, replacing the clients' previous ones, and
// removes the batch's marks made before the refresh began, all in one
// transaction.
func (r *refresher) write(ctx context.Context, f clientFilter, rows [][]any) error {
	tx, err := r.db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // after Commit, a no-op
	if len(rows) > 0 {
		if r.db.Dialect == dialect.Postgres {
			err = upsertPG(ctx, tx, rows)
		} else {
			err = bulk.Replace(ctx, tx, clientmetrics.Table, columnNames, rows)
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
func upsertPG(ctx context.Context, tx *sql.Tx, rows [][]any) error {
	if _, err := tx.ExecContext(ctx, `CREATE TEMP TABLE IF NOT EXISTS metrics_stage
		(LIKE client_metrics INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`); err != nil {
		return err
	}
	if err := bulk.Copy(ctx, tx, "metrics_stage", columnNames, rows); err != nil {
		return err
	}
	quoted := bulk.QuoteAll(columnNames)
	sets := make([]string, 0, len(quoted)-1)
	for _, c := range quoted[1:] {
		sets = append(sets, c+" = EXCLUDED."+c)
	}
	cols := strings.Join(quoted, ", ")
	_, err := tx.ExecContext(ctx, "INSERT INTO client_metrics ("+cols+") SELECT "+cols+" FROM metrics_stage "+
		"ON CONFLICT (id) DO UPDATE SET "+strings.Join(sets, ", "))
	return err
}

// Columns are the store's columns in the order the refresh writes them:
// the id, the time of the refresh, then one per dimension.
func Columns() []string { return columnNames }
