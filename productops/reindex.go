package productops

import (
	"context"
	"database/sql"
	"fmt"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/searchkey"
)

// ReindexSearch recomputes every product's pinyin initials, for libraries
// that predate them; afterwards the Product hook keeps them. Like client
// search keys, they are derived data, written straight to the table in
// one transaction rather than as audited changes. It returns how many
// products it rewrote.
func ReindexSearch(ctx context.Context, db *sql.DB, dialect string) (int, error) {
	d := entsql.Dialect(dialect)
	query, args := d.Select("id", "name").From(d.Table("products")).Query()
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	type named struct {
		id   int
		name string
	}
	var products []named
	for rows.Next() {
		var p named
		if err := rows.Scan(&p.id, &p.name); err != nil {
			rows.Close()
			return 0, err
		}
		products = append(products, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer func() { _ = tx.Rollback() }()
	for _, p := range products {
		query, args := d.Update("products").Set("name_initials", searchkey.Initials(p.name)).
			Where(entsql.EQ("id", p.id)).Query()
		if _, err := tx.ExecContext(ctx, query, args...); err != nil {
			return 0, fmt.Errorf("search key of product %d: %w", p.id, err)
		}
	}
	return len(products), tx.Commit()
}
