// Package store opens the CRM's database — PostgreSQL in production, an
// embedded SQLite file by default — and applies its versioned migrations.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq" // registers "postgres"
	"modernc.org/sqlite"

	"github.com/brokercrm/crm/audit"
	"github.com/brokercrm/crm/ent"
	_ "github.com/brokercrm/crm/ent/runtime" // privacy policies and hooks
)

func init() {
	// ent and Atlas name the SQLite dialect "sqlite3"; modernc.org/sqlite
	// registers itself as "sqlite". Register it under both names.
	sql.Register(dialect.SQLite, &sqlite.Driver{})
}

// Options tune Open.
type Options struct {
	// MaxOpenConns bounds the PostgreSQL pool (default 20).
	MaxOpenConns int
	// OnStatement, if set, is called for every SQL statement ent executes.
	OnStatement func(ctx context.Context)
}

// DB is an open database with its ent client.
type DB struct {
	Client  *ent.Client
	SQL     *sql.DB
	Dialect string // dialect.Postgres or dialect.SQLite
}

// Close closes the client and the pool.
func (db *DB) Close() error { return db.Client.Close() }

// Open connects to databaseURL: "postgres://…" (or a lib/pq key=value DSN
// starting with "host=") or "sqlite:path/to/file.db". A SQLite file's
// folder is created if missing.
func Open(ctx context.Context, databaseURL string, opts Options) (*DB, error) {
	name, dsn, err := driverFor(databaseURL)
	if err != nil {
		return nil, err
	}
	sqlDB, err := sql.Open(name, dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", name, err)
	}
	configurePool(sqlDB, name, opts)
	if err := sqlDB.PingContext(ctx); err != nil {
		_ = sqlDB.Close()
		return nil, fmt.Errorf("connect to %s database: %w", name, err)
	}
	drv := &countingDriver{Driver: newCachingDriver(entsql.OpenDB(name, sqlDB), sqlDB), observe: func(ctx context.Context, query string) {
		observeInContext(ctx, query)
		if opts.OnStatement != nil {
			opts.OnStatement(ctx)
		}
	}}
	client := ent.NewClient(ent.Driver(drv))
	client.Use(audit.Hook()) // every change through ent is audited, in its own transaction
	return &DB{Client: client, SQL: sqlDB, Dialect: name}, nil
}

// driverFor returns the database/sql driver name and DSN for a URL.
func driverFor(databaseURL string) (name, dsn string, err error) {
	switch {
	case strings.HasPrefix(databaseURL, "postgres://"), strings.HasPrefix(databaseURL, "postgresql://"):
		return dialect.Postgres, withoutJIT(databaseURL), nil
	case strings.HasPrefix(databaseURL, "host="):
		if strings.Contains(databaseURL, "options=") {
			return dialect.Postgres, databaseURL, nil
		}
		return dialect.Postgres, databaseURL + " options='-c jit=off'", nil
	case strings.HasPrefix(databaseURL, "sqlite:"):
		path := strings.TrimPrefix(strings.TrimPrefix(databaseURL, "sqlite:"), "//")
		if path == "" {
			return "", "", errors.New("sqlite: URL names no file (want sqlite:path/to/crm.db)")
		}
		if path != ":memory:" {
			if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
				return "", "", fmt.Errorf("create database folder: %w", err)
			}
		}
		return dialect.SQLite, sqliteDSN(path), nil
	default:
		return "", "", fmt.Errorf("unsupported database URL %q: want postgres://… or sqlite:path", redact(databaseURL))
	}
}

// withoutJIT turns PostgreSQL's JIT compilation off for the CRM's
// sessions, unless the URL sets options of its own. The planner asks for
// it on every scan of a million rows (a segment count over the metrics
// store) and it then spends 100–150 ms compiling, more than it saves.
func withoutJIT(databaseURL string) string {
	u, err := url.Parse(databaseURL)
	if err != nil {
		return databaseURL // lib/pq reports the malformed URL
	}
	q := u.Query()
	if q.Has("options") {
		return databaseURL
	}
	q.Set("options", "-c jit=off")
	u.RawQuery = q.Encode()
	return u.String()
}

// sqliteDSN turns on what the CRM relies on in every connection: foreign
// keys, WAL (readers do not block the writer), a busy timeout instead of
// immediate "database is locked" errors, and one way of writing times.
// A 64 MiB page cache and memory-mapped reads keep index pages of a large
// database in memory instead of re-reading them with a system call each
// time: a bulk import spent most of its time in pread before.
func sqliteDSN(path string) string {
	q := url.Values{}
	for _, p := range []string{"foreign_keys(1)", "journal_mode(WAL)", "busy_timeout(10000)", "synchronous(NORMAL)",
		"cache_size(-65536)", "mmap_size(1073741824)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	// Times as SQLite's own "2006-01-02 15:04:05.999999999-07:00" rather
	// than Go's String form, which carries the monotonic clock reading.
	q.Set("_time_format", "sqlite")
	return "file:" + path + "?" + q.Encode()
}

func configurePool(db *sql.DB, name string, opts Options) {
	if name == dialect.SQLite {
		// One writer at a time in SQLite anyway; a few readers in WAL mode.
		db.SetMaxOpenConns(4)
		return
	}
	n := opts.MaxOpenConns
	if n <= 0 {
		n = 20
	}
	db.SetMaxOpenConns(n)
	db.SetMaxIdleConns(n)
	db.SetConnMaxIdleTime(5 * time.Minute)
}

// redact hides a password in a URL for error messages.
func redact(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		return s
	}
	return u.Redacted()
}
