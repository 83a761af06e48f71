package ingest

import (
	"bufio"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"strings"

	"github.com/lib/pq"
	"golang.org/x/sync/errgroup"

	"github.com/brokercrm/crm/ent/importjob"
)

// parallelLanes is how many lanes write a PostgreSQL import side by side:
// one server process per lane, each on its own core.
const parallelLanes = 2

// lane is one stream of a job's rows and the writers of its transactions.
type lane struct {
	index   int
	done    int // the lane's checkpoint: rows of the file all committed
	writers []*writer
	res     *resolver
}

// w is the writer of the kind's own spec.
func (l *lane) w() *writer { return l.writers[0] }

// chunk is a run of one lane's rows committed together.
type chunk struct {
	lane       *lane
	rows       []*row
	rejections []Rejection
	lines      int   // the lane's checkpoint once this chunk is in
	bytes      int64 // bytes of the file read by then
}

// read streams the file: one goroutine reads and validates rows and deals
// them to the lanes by key; each lane resolves and writes its chunks, so
// parsing and the lanes' transactions overlap.
func (r *run) read(ctx context.Context, f *os.File) error {
	counted := &countingReader{r: f}
	text, _, err := decoded(bufio.NewReaderSize(counted, 1<<20), r.job.Encoding)
	if err != nil {
		return err
	}
	var recs records
	if r.job.Format == importjob.FormatNDJSON {
		recs = newNDJSONRecords(text, r.spec.columns, r.job.Mapping)
	} else if recs, err = newCSVRecords(text, r.spec.columns, r.job.Mapping); err != nil {
		return err
	}
	g, ctx := errgroup.WithContext(ctx)
	queues := make([]chan *chunk, len(r.lanes))
	for i := range queues {
		queues[i] = make(chan *chunk, 1)
		g.Go(func() error {
			for c := range queues[i] {
				if err := r.commit(ctx, c); err != nil {
					for range queues[i] { // let the reader finish
					}
					return err
				}
			}
			return nil
		})
	}
	g.Go(func() error {
		defer func() {
			for _, q := range queues {
				close(q)
			}
		}()
		return r.produce(ctx, recs, counted, queues)
	})
	return g.Wait()
}

// produce reads rows into chunks, one per lane at a time, skipping those
// a previous run of the job committed.
func (r *run) produce(ctx context.Context, recs records, counted *countingReader, queues []chan *chunk) error {
	masked := map[int]bool{}
	for _, i := range r.spec.masked {
		masked[i] = true
	}
	pending := make([]*chunk, len(r.lanes))
	for i, l := range r.lanes {
		pending[i] = &chunk{lane: l}
	}
	send := func(c *chunk, lines int) error {
		c.lines, c.bytes = lines, counted.n
		select {
		case queues[c.lane.index] <- c:
		case <-ctx.Done():
			return ctx.Err()
		}
		pending[c.lane.index] = &chunk{lane: c.lane}
		return nil
	}
	lines := 0
	for {
		vals, line, err := recs.next()
		if errors.Is(err, io.EOF) {
			break
		}
		var rej *Rejection
		if err != nil && !errors.As(err, &rej) {
			return err
		}
		lines++
		l := 0 // rows that cannot be read have no key: the first lane reports them
		if rej == nil && len(r.lanes) > 1 {
			l = laneOf(vals[0], len(r.lanes))
		}
		c := pending[l]
		if lines <= c.lane.done {
			continue
		}
		if rej != nil {
			c.rejections = append(c.rejections, *rej)
		} else {
			f := &fields{cols: r.spec.columns, vals: vals, line: line, masked: masked, env: r.env}
			rw := &row{line: line}
			r.spec.parse(f, rw)
			if f.rej != nil {
				c.rejections = append(c.rejections, *f.rej)
			} else {
				c.rows = append(c.rows, rw)
			}
		}
		if len(c.rows)+len(c.rejections) >= r.opts.ChunkRows {
			if err := send(c, lines); err != nil {
				return err
			}
		}
	}
	for _, c := range pending {
		if lines < c.lane.done {
			return fileErrorf("the file has %d rows but job %d had committed %d: it is not the same file", lines, r.job.ID, c.lane.done)
		}
		if len(c.rows)+len(c.rejections) > 0 {
			if err := send(c, lines); err != nil {
				return err
			}
		}
	}
	r.lines = lines
	return nil
}

// laneOf deals a row to a lane by its first column, the natural key or
// the record it belongs to (a trade number, an account number): rows of
// one record always go to the same lane, in the order of the file.
func laneOf(key string, lanes int) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(strings.TrimSpace(key)))
	return int(h.Sum32() % uint32(lanes))
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// commit writes one chunk, its rejections and its lane's checkpoint in one
// transaction. Lanes write different records, but may meet on a shared
// row (a client's mark); a deadlock between them is retried.
func (r *run) commit(ctx context.Context, c *chunk) error {
	rows, rejections := append([]*row(nil), c.rows...), len(c.rejections)
	for attempt := 1; ; attempt++ {
		err := r.commitOnce(ctx, c)
		var pqErr *pq.Error
		if err == nil || attempt == 3 || !errors.As(err, &pqErr) || pqErr.Code != "40P01" {
			return err
		}
		c.rows, c.rejections = append(c.rows[:0], rows...), c.rejections[:rejections]
	}
}

func (r *run) commitOnce(ctx context.Context, c *chunk) error {
	tx, err := r.db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	if !c.lane.w().pg {
		// A chunk dirties pages all over the table's indexes: with room
		// for them all, SQLite writes each once, at commit, instead of
		// spilling them as the cache fills.
		if _, err := tx.ExecContext(ctx, "PRAGMA cache_size = -262144"); err != nil {
			return err
		}
	}
	reject := func(rej Rejection) { c.rejections = append(c.rejections, rej) }
	var out written
	if r.spec.custom != nil {
		var rejs []Rejection
		out, rejs, err = r.spec.custom(ctx, r.entOver(tx), c.rows, r.opts.DryRun)
		if err != nil {
			return err
		}
		c.rejections = append(c.rejections, rejs...)
	} else if out, err = r.mergeChunk(ctx, tx, c.lane, c.rows, reject); err != nil {
		return err
	}
	if err := r.saveRejections(ctx, tx, c.lane.w(), c.rejections); err != nil {
		return err
	}
	if err := r.checkpoint(ctx, tx, c, out); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	c.lane.done = c.lines
	r.progress(c, out)
	return nil
}

// checkpoint advances c's lane past it and adds what it did to the job's
// counts, in c's transaction. The condition on the lane's checkpoint makes
// a second process writing the same job fail rather than count a chunk
// twice.
func (r *run) checkpoint(ctx context.Context, tx *sql.Tx, c *chunk, out written) error {
	res, err := r.exec(ctx, tx, "UPDATE import_lanes SET lines_done = ? WHERE job_id = ? AND lane = ? AND lines_done = ?",
		c.lines, r.job.ID, c.lane.index, c.lane.done)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n != 1 {
		return fmt.Errorf("ingest: job %d was changed by another process", r.job.ID)
	}
	greatest := "max"
	if c.lane.w().pg {
		greatest = "GREATEST"
	}
	_, err = r.exec(ctx, tx, `UPDATE import_jobs SET lines_done = `+greatest+`(lines_done, ?), bytes_done = `+greatest+`(bytes_done, ?),
		inserted = inserted + ?, updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ?, heartbeat_at = ?
		WHERE id = ?`, c.lines, c.bytes, out.inserted, out.updated, out.unchanged, len(c.rejections), r.opts.Now(), r.job.ID)
	return err
}

// progress tells the caller how far the job has got.
func (r *run) progress(c *chunk, out written) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.counts.Inserted += out.inserted
	r.counts.Updated += out.updated
	r.counts.Unchanged += out.unchanged
	r.counts.Rejected += len(c.rejections)
	r.counts.Lines = max(r.counts.Lines, c.lines)
	r.counts.Bytes = max(r.counts.Bytes, c.bytes)
	if r.opts.Progress != nil {
		r.opts.Progress(r.counts)
	}
}
