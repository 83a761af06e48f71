package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"

	"entgo.io/ent/dialect"
	"github.com/pressly/goose/v3"
)

// Migration files are generated from the ent schema by
// `go run ./store/cmd/migrations NAME` and committed; production databases
// only ever change through them, never by automatic diffing.
//
//go:embed migrations/postgres/*.sql migrations/sqlite/*.sql
var migrationFiles embed.FS

// Migrate applies every migration the database has not seen yet and
// returns how many it applied.
func (db *DB) Migrate(ctx context.Context) (int, error) {
	p, err := db.migrator()
	if err != nil {
		return 0, err
	}
	results, err := p.Up(ctx)
	if err != nil {
		return len(results), fmt.Errorf("migrate: %w", err)
	}
	return len(results), nil
}

// PendingMigrations reports whether migrations are waiting to be applied.
func (db *DB) PendingMigrations(ctx context.Context) (bool, error) {
	p, err := db.migrator()
	if err != nil {
		return false, err
	}
	return p.HasPending(ctx)
}

func (db *DB) migrator() (*goose.Provider, error) {
	folder, gooseDialect := "migrations/sqlite", goose.DialectSQLite3
	if db.Dialect == dialect.Postgres {
		folder, gooseDialect = "migrations/postgres", goose.DialectPostgres
	}
	dir, err := fs.Sub(migrationFiles, folder)
	if err != nil {
		return nil, err
	}
	return goose.NewProvider(gooseDialect, db.SQL, dir)
}
