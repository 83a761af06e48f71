package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"

	"entgo.io/ent/dialect"
)

// countingDriver reports every statement ent sends, so /metrics can count
// them and tests and benchmarks can prove a request runs a bounded number
// of statements.
type countingDriver struct {
	dialect.Driver
	observe func(ctx context.Context, query string)
}

func (d *countingDriver) Exec(ctx context.Context, query string, args, v any) error {
	d.observe(ctx, query)
	return d.Driver.Exec(ctx, query, args, v)
}

func (d *countingDriver) Query(ctx context.Context, query string, args, v any) error {
	d.observe(ctx, query)
	return d.Driver.Query(ctx, query, args, v)
}

func (d *countingDriver) Tx(ctx context.Context) (dialect.Tx, error) {
	tx, err := d.Driver.Tx(ctx)
	if err != nil {
		return nil, err
	}
	return &countingTx{Tx: tx, observe: d.observe, ctx: ctx}, nil
}

// BeginTx is what ent.Client.BeginTx and entgql's transactioner use.
func (d *countingDriver) BeginTx(ctx context.Context, opts *sql.TxOptions) (dialect.Tx, error) {
	b, ok := d.Driver.(interface {
		BeginTx(context.Context, *sql.TxOptions) (dialect.Tx, error)
	})
	if !ok {
		return d.Tx(ctx)
	}
	tx, err := b.BeginTx(ctx, opts)
	if err != nil {
		return nil, err
	}
	return &countingTx{Tx: tx, observe: d.observe, ctx: ctx}, nil
}

type countingTx struct {
	dialect.Tx
	observe func(ctx context.Context, query string)
	ctx     context.Context
}

func (t *countingTx) Exec(ctx context.Context, query string, args, v any) error {
	t.observe(ctx, query)
	return t.Tx.Exec(ctx, query, args, v)
}

func (t *countingTx) Query(ctx context.Context, query string, args, v any) error {
	t.observe(ctx, query)
	return t.Tx.Query(ctx, query, args, v)
}

type counterKey struct{}

// WithStatementCounter returns a context in which every statement ent runs
// adds one to the returned counter.
func WithStatementCounter(ctx context.Context) (context.Context, *atomic.Int64) {
	n := new(atomic.Int64)
	return context.WithValue(ctx, counterKey{}, n), n
}

// StatementLog is the text of every statement run in a context from
// WithStatementLog, for tests that check what a request sends.
type StatementLog struct {
	mu         sync.Mutex
	statements []string
}

type logKey struct{}

// WithStatementLog returns a context in which every statement ent runs is
// added to the returned log.
func WithStatementLog(ctx context.Context) (context.Context, *StatementLog) {
	l := &StatementLog{}
	return context.WithValue(ctx, logKey{}, l), l
}

// Statements are the statements run so far, in the order they were sent.
func (l *StatementLog) Statements() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.statements)
}

// observeInContext counts and logs a statement for the context's counter
// and log, if it has them.
func observeInContext(ctx context.Context, query string) {
	if n, ok := ctx.Value(counterKey{}).(*atomic.Int64); ok {
		n.Add(1)
	}
	if l, ok := ctx.Value(logKey{}).(*StatementLog); ok {
		l.mu.Lock()
		l.statements = append(l.statements, query)
		l.mu.Unlock()
	}
}

// queryContexter is what ent's Client.QueryContext needs of a driver: the
// raw reads that ent's builders cannot express run through it.
type queryContexter interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func (d *countingDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	d.observe(ctx, query)
	return queryContext(d.Driver, ctx, query, args)
}

func (t *countingTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	t.observe(ctx, query)
	return queryContext(t.Tx, ctx, query, args)
}

func queryContext(x any, ctx context.Context, query string, args []any) (*sql.Rows, error) {
	q, ok := x.(queryContexter)
	if !ok {
		return nil, fmt.Errorf("store: %T cannot run raw queries", x)
	}
	return q.QueryContext(ctx, query, args...)
}

// execContexter is what ent's Client.ExecContext needs of a driver: raw
// writes of many rows at once (a segment snapshot's members).
type execContexter interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

func (d *countingDriver) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	d.observe(ctx, query)
	return execContext(d.Driver, ctx, query, args)
}

func (t *countingTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	t.observe(ctx, query)
	return execContext(t.Tx, ctx, query, args)
}

func execContext(x any, ctx context.Context, query string, args []any) (sql.Result, error) {
	e, ok := x.(execContexter)
	if !ok {
		return nil, fmt.Errorf("store: %T cannot run raw statements", x)
	}
	return e.ExecContext(ctx, query, args...)
}
