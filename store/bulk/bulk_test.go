package bulk_test

import (
	"context"
	"database/sql"
	"os"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/brokercrm/crm/pgtest"
	"github.com/brokercrm/crm/store/bulk"
)

// TestWrite writes 450 rows (batches of 200, 200 and 50 on SQLite) with
// each way and reads them back.
func TestWrite(t *testing.T) {
	rows := make([][]any, 450)
	for i := range rows {
		rows[i] = []any{i, "name-" + string(rune('a'+i%26))}
	}
	for _, tc := range []struct {
		name, driver, dsn string
		write             func(context.Context, *sql.Tx, string, []string, [][]any) error
	}{
		{"sqlite", "sqlite", t.TempDir() + "/b.db", bulk.Insert},
		{"postgres", "postgres", pgtest.NewDatabase(t), bulk.Copy},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			db, err := sql.Open(tc.driver, tc.dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if _, err := db.ExecContext(ctx, `CREATE TABLE "t" ("n" integer, "name" text)`); err != nil {
				t.Fatal(err)
			}
			tx, err := db.BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := tc.write(ctx, tx, "t", []string{"n", "name"}, rows); err != nil {
				t.Fatal(err)
			}
			if err := tx.Commit(); err != nil {
				t.Fatal(err)
			}
			var count, sum int
			if err := db.QueryRowContext(ctx, `SELECT count(*), sum("n") FROM "t" WHERE "name" LIKE 'name-%'`).Scan(&count, &sum); err != nil {
				t.Fatal(err)
			}
			if count != 450 || sum != 449*450/2 {
				t.Errorf("read back %d rows summing to %d, want 450 summing to %d", count, sum, 449*450/2)
			}
		})
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.StopShared()
	os.Exit(code)
}
