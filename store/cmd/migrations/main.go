// Command migrations writes a new pair of migration files (PostgreSQL and
// SQLite) with the statements that bring the committed migrations up to
// the ent schema. It starts a throwaway PostgreSQL to compute the diff.
// After editing a generated migration by hand, -rehash updates atlas.sum.
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

	atlasmigrate "ariga.io/atlas/sql/migrate"
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
	if len(os.Args) == 2 && os.Args[1] == "-rehash" {
		if err := rehash(); err != nil {
			log.Fatal(err)
		}
		return
	}
	if len(os.Args) != 2 {
		log.Fatal("usage: go run ./store/cmd/migrations NAME | -rehash")
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

// rehash rewrites each folder's atlas.sum after a generated migration was
// edited by hand (a data step added, say), so the next diff accepts the
// folder.
func rehash() error {
	for _, d := range []string{"sqlite", "postgres"} {
		dir, err := sqltool.NewGooseDir(filepath.Join("store", "migrations", d))
		if err != nil {
			return err
		}
		sum, err := dir.Checksum()
		if err != nil {
			return err
		}
		if err := atlasmigrate.WriteSumFile(dir, sum); err != nil {
			return err
		}
	}
	return nil
}
