// Command migrations writes a new pair of migration files (PostgreSQL and
// SQLite) with the statements that bring the committed migrations up to
// the ent schema. It starts a throwaway PostgreSQL to compute the diff.
//
//	go run ./store/cmd/migrations add_client_scores
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"database/sql"

	"ariga.io/atlas/sql/sqltool"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"
	_ "github.com/lib/pq"
	"modernc.org/sqlite"

	"github.com/brokercrm/crm/ent/migrate"
	"github.com/brokercrm/crm/pgtest"
)

// Atlas opens SQLite by ent's dialect name, "sqlite3".
func init() { sql.Register(dialect.SQLite, &sqlite.Driver{}) }

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: go run ./store/cmd/migrations NAME")
	}
	if err := run(context.Background(), os.Args[1]); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, name string) error {
	root := filepath.Join("store", "migrations")
	if _, err := os.Stat(root); err != nil {
		return errors.New("run from the repository root")
	}
	if err := diff(ctx, filepath.Join(root, "sqlite"), dialect.SQLite,
		"sqlite://dev?mode=memory&_pragma=foreign_keys(1)", name); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	pg, err := pgtest.Start()
	if err != nil {
		return err
	}
	defer pg.Stop()
	if err := diff(ctx, filepath.Join(root, "postgres"), dialect.Postgres, pg.URL("postgres"), name); err != nil {
		return fmt.Errorf("postgres: %w", err)
	}
	return nil
}

func diff(ctx context.Context, folder, dia, devURL, name string) error {
	dir, err := sqltool.NewGooseDir(folder)
	if err != nil {
		return err
	}
	return migrate.NamedDiff(ctx, devURL, name,
		schema.WithDir(dir),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dia),
		schema.WithFormatter(sqltool.GooseFormatter),
		schema.WithDropIndex(true),
		schema.WithDropColumn(true),
	)
}
