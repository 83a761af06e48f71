package seed

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/brokercrm/crm/store/bulk"
)

// deferredDDL is what PostgreSQL checks row by row during a load and can
// check far faster in bulk afterwards: secondary indexes (unique ones
// included: building them verifies uniqueness) and foreign keys.
type deferredDDL struct {
	dropIndexes, createIndexes []string
	dropKeys, addKeys          []string
}

// suspendChecks drops the indexes (all but primary keys) and foreign keys
// of tables before a bulk load into them; restore puts them back.
func suspendChecks(ctx context.Context, db *sql.DB, tables []string) (*deferredDDL, error) {
	d := &deferredDDL{}
	keys, err := db.QueryContext(ctx, `
		SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
		FROM pg_constraint
		WHERE contype = 'f' AND connamespace = 'public'::regnamespace`)
	if err != nil {
		return nil, err
	}
	defer keys.Close()
	for keys.Next() {
		var table, name, def string
		if err := keys.Scan(&table, &name, &def); err != nil {
			return nil, err
		}
		d.dropKeys = append(d.dropKeys, fmt.Sprintf("ALTER TABLE %s DROP CONSTRAINT %s", table, bulk.Quote(name)))
		d.addKeys = append(d.addKeys, fmt.Sprintf("ALTER TABLE %s ADD CONSTRAINT %s %s", table, bulk.Quote(name), def))
	}
	if err := keys.Err(); err != nil {
		return nil, err
	}
	indexes, err := db.QueryContext(ctx, `
		SELECT i.indexname, i.indexdef
		FROM pg_indexes i
		WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
		  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.contype = 'p')`,
		"{"+strings.Join(tables, ",")+"}")
	if err != nil {
		return nil, err
	}
	defer indexes.Close()
	for indexes.Next() {
		var name, def string
		if err := indexes.Scan(&name, &def); err != nil {
			return nil, err
		}
		d.dropIndexes = append(d.dropIndexes, "DROP INDEX "+bulk.Quote(name))
		d.createIndexes = append(d.createIndexes, def)
	}
	if err := indexes.Err(); err != nil {
		return nil, err
	}
	for _, stmt := range append(d.dropKeys, d.dropIndexes...) {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			return nil, fmt.Errorf("%s: %w", stmt, err)
		}
	}
	return d, nil
}

// restore rebuilds the indexes, two at a time, then the foreign keys.
func (d *deferredDDL) restore(ctx context.Context, db *sql.DB) error {
	for _, batch := range [][]string{d.createIndexes, d.addKeys} {
		g, gctx := errgroup.WithContext(ctx)
		g.SetLimit(2)
		for _, stmt := range batch {
			g.Go(func() error {
				if _, err := db.ExecContext(gctx, stmt); err != nil {
					return fmt.Errorf("%s: %w", stmt, err)
				}
				return nil
			})
		}
		if err := g.Wait(); err != nil {
			return err
		}
	}
	return nil
}
