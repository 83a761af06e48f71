// Package refresh computes the client dimensions of package clientmetrics
// into the metrics store (the client_metrics table): every client (Full),
// or only the clients marked as changed since their last refresh
// (Changed).
//
// Clients are taken in batches. For a batch, each source table is read
// once with an aggregate query grouped by client, the results fill each
// client's Facts, the catalogue computes the values in Go, and the rows
// are written in one transaction together with the removal of the
// batch's change marks, so that a refresh that stops half-way leaves
// every client either refreshed or still marked.
package refresh

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"golang.org/x/sync/errgroup"

	"github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/store/bulk"
)

// Options tune a refresh; the zero value is usable.
type Options struct {
	// Now is the time the metrics are computed as of (default time.Now()).
	Now time.Time
	// BenchmarkReturn is the CSI 300's return over the year to Now, in
	// percent, for the dimensions that compare with it; nil leaves them
	// empty.
	BenchmarkReturn *money.Decimal
	// BatchSize is how many clients are computed and written together
	// (default 5,000).
	BatchSize int
	// Workers is how many batches are computed at once (default 2 on
	// PostgreSQL, 1 on SQLite, which has one writer anyway).
	Workers int
	// Progress, if set, is called after each batch with the clients done
	// so far and in all.
	Progress func(done, total int)
}

// Result is what a refresh did.
type Result struct {
	Clients int           // clients refreshed
	Took    time.Duration // how long it took
}

// Full recomputes every client.
func Full(ctx context.Context, db *store.DB, opts Options) (Result, error) {
	ids, err := queryIDs(ctx, db, "SELECT id FROM customers ORDER BY id")
	if err != nil {
		return Result{}, fmt.Errorf("metrics refresh: list clients: %w", err)
	}
	return run(ctx, db, opts, ids, true)
}

// Changed recomputes the clients marked as changed (MetricsMark) and the
// clients that have no metrics yet.
func Changed(ctx context.Context, db *store.DB, opts Options) (Result, error) {
	ids, err := queryIDs(ctx, db, "SELECT client_id FROM metrics_marks UNION "+
		"SELECT c.id FROM customers c WHERE NOT EXISTS (SELECT 1 FROM client_metrics m WHERE m.id = c.id) "+
		"OR NOT EXISTS (SELECT 1 FROM client_metrics_more m WHERE m.id = c.id)")
	if err != nil {
		return Result{}, fmt.Errorf("metrics refresh: list changed clients: %w", err)
	}
	slices.Sort(ids)
	return run(ctx, db, opts, ids, false)
}

// run refreshes ids (sorted) in batches: ranges of ids when they are all
// the clients, lists otherwise.
func run(ctx context.Context, db *store.DB, opts Options, ids []int, ranges bool) (Result, error) {
	started := time.Now()
	opts = opts.withDefaults(db.Dialect)
	batches := make(chan clientFilter)
	g, ctx := errgroup.WithContext(ctx)
	g.Go(func() error {
		defer close(batches)
		for start := 0; start < len(ids); start += opts.BatchSize {
			part := ids[start:min(start+opts.BatchSize, len(ids))]
			f := clientFilter{ids: part}
			if ranges {
				f = clientFilter{first: part[0], last: part[len(part)-1]}
			}
			select {
			case batches <- f:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	var mu sync.Mutex
	done := 0
	for range opts.Workers {
		g.Go(func() error {
			r := &refresher{db: db, opts: opts, marksBefore: started}
			for f := range batches {
				n, err := r.batch(ctx, f)
				if err != nil {
					return err
				}
				mu.Lock()
				done += n
				if opts.Progress != nil {
					opts.Progress(done, len(ids))
				}
				mu.Unlock()
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return Result{}, err
	}
	return Result{Clients: done, Took: time.Since(started)}, nil
}

func (o Options) withDefaults(dia string) Options {
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.BatchSize <= 0 {
		o.BatchSize = 5_000
	}
	if o.Workers <= 0 {
		o.Workers = 1
		if dia == dialect.Postgres {
			o.Workers = 2
		}
	}
	return o
}

// refresher computes batches; each worker has its own.
type refresher struct {
	db          *store.DB
	opts        Options
	marksBefore time.Time // marks made after the refresh began stay for the next one
}

// batch refreshes the clients f picks and returns how many there were.
func (r *refresher) batch(ctx context.Context, f clientFilter) (int, error) {
	clients, err := r.gather(ctx, f)
	if err != nil {
		return 0, err
	}
	if err := r.write(ctx, f, clients); err != nil {
		return 0, fmt.Errorf("metrics refresh: write: %w", err)
	}
	return len(clients), nil
}

// gather reads the Facts of the clients f picks, in id order.
func (r *refresher) gather(ctx context.Context, f clientFilter) ([]*clientmetrics.Facts, error) {
	clients, err := r.profiles(ctx, f)
	if err != nil || len(clients) == 0 {
		return clients, err
	}
	byID := make(map[int]*clientmetrics.Facts, len(clients))
	for _, c := range clients {
		byID[c.ClientID] = c
	}
	for _, s := range sourcesAt(r.opts.Now) {
		if err := r.read(ctx, s, f, byID); err != nil {
			return nil, fmt.Errorf("metrics refresh: read %s: %w", s.name, err)
		}
	}
	return clients, nil
}

// read runs one source and keeps each row in its client's Facts.
func (r *refresher) read(ctx context.Context, s *source, f clientFilter, byID map[int]*clientmetrics.Facts) error {
	q, args := s.sql(f)
	rows, err := r.db.SQL.QueryContext(ctx, r.rebind(q), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var scanned clientmetrics.Facts
	var clientID int
	dests := make([]any, 0, len(s.dests)+1)
	dests = append(dests, &clientID)
	for _, d := range s.dests {
		dests = append(dests, d(&scanned))
	}
	for rows.Next() {
		scanned = clientmetrics.Facts{}
		if err := rows.Scan(dests...); err != nil {
			return err
		}
		if c, ok := byID[clientID]; ok {
			s.keep(c, &scanned)
		}
	}
	return rows.Err()
}

func (r *refresher) rebind(q string) string {
	if r.db.Dialect == dialect.Postgres {
		return bulk.Numbered(q)
	}
	return q
}

// queryIDs runs a query of one integer column.
func queryIDs(ctx context.Context, db *store.DB, q string) ([]int, error) {
	rows, err := db.SQL.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
