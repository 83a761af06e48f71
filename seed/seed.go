// Package seed fills an empty database with realistic, deterministic demo
// data: branches and staff for every role, a product library, instruments,
// and clients with accounts, holdings, two years of trades and fund flows,
// contacts and risk assessments. The same Options give the same data.
package seed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/brokercrm/crm/assessment"

	"entgo.io/ent/dialect"
	"golang.org/x/sync/errgroup"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/store"
)

// Options size and fix the demo data.
type Options struct {
	Seed     uint64    // random seed: same seed, same data
	Clients  int       // number of clients
	Password string    // password of every demo login
	Today    time.Time // the "as of" day; trades and flows cover the two years before it
	Progress io.Writer // where the progress bar goes; nil for none
}

// ErrNotEmpty is returned when the database already has clients.
var ErrNotEmpty = errors.New("the database already has clients; seed only fills an empty one")

// Summary tells what was written.
type Summary struct {
	Rows    map[string]int
	Took    time.Duration
	Logins  []Login
	Clients int
}

// Login is a demo user and what it may do.
type Login struct {
	Username, Role, Note string
}

// TotalRows adds up the rows of every table.
func (s Summary) TotalRows() int {
	n := 0
	for _, c := range s.Rows {
		n += c
	}
	return n
}

// bulkLoadThreshold is the size from which PostgreSQL loads without
// indexes and foreign keys and rebuilds them afterwards.
var bulkLoadThreshold = 20_000

// chunkSize is how many clients are generated and written together.
const chunkSize = 5000

// Run seeds db. It refuses a database that already has clients.
func Run(ctx context.Context, db *store.DB, opts Options) (Summary, error) {
	start := time.Now()
	if opts.Today.IsZero() {
		opts.Today = time.Now()
	}
	opts.Today = day(opts.Today)
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	if n, err := db.Client.Customer.Query().Limit(1).Count(sys); err != nil {
		return Summary{}, err
	} else if n > 0 {
		return Summary{}, ErrNotEmpty
	}
	w, err := newWorld(ctx, db, opts)
	if err != nil {
		return Summary{}, err
	}
	var ddl *deferredDDL
	if db.Dialect == dialect.Postgres && opts.Clients >= bulkLoadThreshold {
		if ddl, err = suspendChecks(ctx, db.SQL, w.tableNames()); err != nil {
			return Summary{}, fmt.Errorf("suspend indexes for the bulk load: %w", err)
		}
	}
	loadErr := load(ctx, w, newSink(db.SQL, db.Dialect), opts)
	if ddl != nil {
		// Even after a failed load, so that the schema is whole again.
		if err := ddl.restore(context.WithoutCancel(ctx), db.SQL); err != nil && loadErr == nil {
			loadErr = fmt.Errorf("restore indexes after the bulk load: %w", err)
		}
	}
	if loadErr != nil {
		return Summary{}, loadErr
	}
	if err := resetSequences(ctx, db.SQL, db.Dialect, w.tableNames()); err != nil {
		return Summary{}, err
	}
	if err := assessment.EnsureStandard(ctx, db.Client); err != nil {
		return Summary{}, fmt.Errorf("store the standard risk questionnaire: %w", err)
	}
	return Summary{Rows: w.rowCounts, Took: time.Since(start), Logins: w.logins, Clients: opts.Clients}, nil
}

// load writes the reference data, then generates clients chunk by chunk
// on one core while the database writes the previous chunk on the other.
func load(ctx context.Context, w *world, out sink, opts Options) error {
	for _, t := range w.reference() { // in order: staff refer to branches
		if err := out.write(ctx, t); err != nil {
			return err
		}
	}
	progress := newProgress(opts.Progress, opts.Clients)
	chunks := make(chan *chunk, 2)
	g, gctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		defer close(chunks)
		for first := 0; first < opts.Clients; first += chunkSize {
			c := w.generate(first, min(first+chunkSize, opts.Clients))
			select {
			case chunks <- c:
			case <-gctx.Done():
				return gctx.Err()
			}
		}
		return nil
	})
	g.Go(func() error {
		for c := range chunks {
			for _, stage := range c.stages() {
				if err := writeAll(gctx, out, stage); err != nil {
					return err
				}
			}
			progress.add(c.clients, c.rows())
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		return err
	}
	progress.finish()
	return nil
}

// writeAll writes tables that do not depend on one another, two at a time
// where the database allows it.
func writeAll(ctx context.Context, out sink, tables []*table) error {
	if !out.parallel() {
		for _, t := range tables {
			if err := out.write(ctx, t); err != nil {
				return err
			}
		}
		return nil
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(2)
	for _, t := range tables {
		g.Go(func() error { return out.write(gctx, t) })
	}
	return g.Wait()
}

// day truncates t to midnight UTC of its calendar day.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// String summarises the run in one line.
func (s Summary) String() string {
	return fmt.Sprintf("%d clients, %d rows in %s (%.0f rows/s)",
		s.Clients, s.TotalRows(), s.Took.Round(time.Millisecond), float64(s.TotalRows())/s.Took.Seconds())
}
