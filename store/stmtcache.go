package store

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	lru "github.com/hashicorp/golang-lru/v2"
)

// cachingDriver runs ent's reads outside transactions as prepared
// statements, kept by query text. lib/pq otherwise sends every query as a
// fresh unnamed statement that PostgreSQL parses and plans again each
// time; for the short, indexed reads a page makes, that costs more than
// running them. A *sql.Stmt prepares itself once on each pooled
// connection it runs on, so a hot query is parsed once per connection,
// and after a few runs PostgreSQL may keep its plan. SQLite saves the
// parse too.
//
// Writes and everything in a transaction go through unchanged: they are
// rarer, and a statement prepared in a transaction dies with it.
type cachingDriver struct {
	dialect.Driver
	db    *sql.DB
	stmts *lru.Cache[string, *sql.Stmt]
	mu    sync.Mutex // serialises preparing, so a query is prepared once
}

// statementCacheSize bounds the distinct queries kept. ent's queries are
// few shapes; IN lists of varying length make the rest, which the cache
// lets go first.
const statementCacheSize = 512

const evictedStatementGrace = 30 * time.Second

func newCachingDriver(drv dialect.Driver, db *sql.DB) *cachingDriver {
	stmts, err := lru.NewWithEvict(statementCacheSize, func(_ string, s *sql.Stmt) {
		// A caller may have taken the statement from the cache a moment
		// before it was evicted and not yet started it; a closed one
		// would fail it. Close it once any such caller has long begun (a
		// statement already running is not cut short by Close).
		time.AfterFunc(evictedStatementGrace, func() { _ = s.Close() })
	})
	if err != nil {
		panic(err) // only for a non-positive size
	}
	return &cachingDriver{Driver: drv, db: db, stmts: stmts}
}

func (d *cachingDriver) Query(ctx context.Context, query string, args, v any) error {
	rows, ok := v.(*entsql.Rows)
	argv, ok2 := args.([]any)
	if !ok || !ok2 {
		return d.Driver.Query(ctx, query, args, v)
	}
	r, err := d.QueryContext(ctx, query, argv...)
	if err != nil {
		return err
	}
	*rows = entsql.Rows{ColumnScanner: r}
	return nil
}

// QueryContext runs a raw read (ent's Client.QueryContext) the same way.
func (d *cachingDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	stmt, err := d.prepared(ctx, query)
	if err != nil {
		return nil, err
	}
	return stmt.QueryContext(ctx, args...)
}

func (d *cachingDriver) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := d.stmts.Get(query); ok {
		return s, nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if s, ok := d.stmts.Get(query); ok {
		return s, nil
	}
	s, err := d.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	d.stmts.Add(query, s)
	return s, nil
}

// BeginTx passes through to ent's driver, which opens transactions with
// options (entgql's transactioner and ent.Client.BeginTx need it).
func (d *cachingDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	return d.Driver.(interface {
		BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
	}).BeginTx(ctx, opts)
}

// Close closes the pool, and with it the prepared statements.
func (d *cachingDriver) Close() error { return d.Driver.Close() }
