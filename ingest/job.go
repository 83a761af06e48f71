package ingest

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/audit"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/ent/importlane"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/store"
)

// Options says what to import and how.
type Options struct {
	Kind     Kind
	Path     string            // the file
	Name     string            // the file's name as shown; the base of Path when empty
	Format   Format            // by the file name when empty
	Encoding Encoding          // detected when empty
	Mapping  map[string]string // file column → documented column
	DryRun   bool              // validate only: nothing is written but the job and its rejections
	// ChunkRows is how many rows one transaction merges.
	ChunkRows int
	// Progress, if set, is called after each committed chunk.
	Progress func(Progress)
	// SpoolPath records where a server keeps an uploaded file.
	SpoolPath string
	// Now is the clock; time.Now when nil.
	Now func() time.Time
}

// Progress is how far a job has got.
type Progress struct {
	JobID                                  int
	Bytes, Size                            int64
	Lines                                  int
	Inserted, Updated, Unchanged, Rejected int
}

// Summary is what a finished job did. A resumed job reports the whole
// file, not only the part this run read.
type Summary struct {
	JobID                                  int
	Kind                                   Kind
	Lines                                  int
	Inserted, Updated, Unchanged, Rejected int
	Resumed                                bool
	DryRun                                 bool
}

func (s Summary) String() string {
	verb := ""
	if s.DryRun {
		verb = " (dry run: nothing written)"
	}
	return fmt.Sprintf("%d rows: %d inserted, %d updated, %d unchanged, %d rejected%s",
		s.Lines, s.Inserted, s.Updated, s.Unchanged, s.Rejected, verb)
}

// Run imports a file: it resumes the unfinished job of the same file and
// kind when its process is gone, and starts a new one otherwise.
func Run(ctx context.Context, db *store.DB, opts Options) (Summary, error) {
	j, err := Prepare(ctx, db, opts)
	if err != nil {
		return Summary{}, err
	}
	return j.Run(ctx)
}

// Job is a prepared import: its ImportJob row exists (new, or taken over
// to resume) and Run does the work.
type Job struct {
	*ent.ImportJob
	Resumed bool
	run     *run
}

// Prepare checks the file, works out its encoding and digest, and creates
// or takes over its ImportJob. The viewer of ctx, if any, must be allowed
// to start imports.
func Prepare(ctx context.Context, db *store.DB, opts Options) (*Job, error) {
	s, ok := specs[opts.Kind]
	if !ok {
		return nil, fmt.Errorf("ingest: cannot import %q", opts.Kind)
	}
	if s.permit != nil {
		if err := s.permit(ctx); err != nil {
			return nil, err
		}
	}
	if err := checkMapping(s, opts.Mapping); err != nil {
		return nil, err
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.ChunkRows <= 0 {
		opts.ChunkRows = 20_000
		if db.Dialect != dialect.Postgres {
			opts.ChunkRows = 50_000
		}
	}
	f, err := os.Open(opts.Path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	digest, size, err := digestOf(f)
	if err != nil {
		return nil, err
	}
	if opts.Encoding == "" {
		head := make([]byte, sniffSize)
		n, _ := io.ReadFull(f, head)
		opts.Encoding = detectEncoding(head[:n])
	}
	pg := db.Dialect == dialect.Postgres
	lanes := 1 // SQLite writes one transaction at a time anyway
	if pg && s.custom == nil {
		lanes = parallelLanes
	}
	job, resumed, err := startJob(ctx, db.Client, opts, digest, size, lanes)
	if err != nil {
		return nil, err
	}
	r := &run{db: db, spec: s, opts: opts, job: job, size: size}
	if s.load != nil {
		if r.env, err = s.load(ctx, db.Client); err != nil {
			return nil, err
		}
	}
	checkpoints, err := db.Client.ImportLane.Query().Where(importlane.JobID(job.ID)).Order(ent.Asc(importlane.FieldLane)).
		All(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return nil, err
	}
	shared := map[refKind]*sharedCatalogue{refAccount: {}, refClient: {}}
	for i, cp := range checkpoints {
		l := &lane{index: i, done: cp.LinesDone, res: newResolver(pg)}
		if size >= wholeCatalogueAbove {
			l.res.whole = shared
		}
		for _, ws := range append([]*spec{s}, s.variants...) {
			l.writers = append(l.writers, &writer{spec: ws, pg: pg, now: opts.Now(), copyFirst: true})
		}
		r.lanes = append(r.lanes, l)
	}
	return &Job{ImportJob: job, Resumed: resumed, run: r}, nil
}

// wholeCatalogueAbove is the file size from which accounts and clients
// are read whole rather than looked up chunk by chunk (about 600,000
// trades).
const wholeCatalogueAbove = 64 << 20

// Run imports the file. An error leaves the job RUNNING to be resumed,
// unless the file itself is at fault (a FileError), which fails it.
func (j *Job) Run(ctx context.Context) (Summary, error) {
	r := j.run
	f, err := os.Open(r.opts.Path)
	if err != nil {
		return Summary{}, err
	}
	defer f.Close()
	if err := r.read(ctx, f); err != nil {
		return Summary{}, r.fail(ctx, err)
	}
	if err := r.finish(ctx); err != nil {
		return Summary{}, r.fail(ctx, err)
	}
	return Summary{JobID: r.job.ID, Kind: r.job.Kind, Lines: r.job.LinesDone, Inserted: r.job.Inserted,
		Updated: r.job.Updated, Unchanged: r.job.Unchanged, Rejected: r.job.Rejected, Resumed: j.Resumed,
		DryRun: r.job.DryRun}, nil
}

func digestOf(f *os.File) (string, int64, error) {
	h := sha256.New()
	size, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), size, nil
}

// run is one job's reading and writing.
type run struct {
	db    *store.DB
	spec  *spec
	opts  Options
	job   *ent.ImportJob
	size  int64
	env   any // what the spec's load read
	lanes []*lane
	lines int // the file's rows, once read

	mu     sync.Mutex
	counts Progress // what this run did, for the progress callback
}

// finish marks the job done and writes its audit entry, in one
// transaction.
func (r *run) finish(ctx context.Context) error {
	tx, err := r.db.SQL.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	now := r.opts.Now()
	if _, err := r.exec(ctx, tx, `UPDATE import_jobs SET status = 'SUCCEEDED', finished_at = ?, heartbeat_at = ?,
		bytes_done = file_size, lines_done = ? WHERE id = ?`, now, now, r.lines, r.job.ID); err != nil {
		return err
	}
	// The lanes added to the counts: the job as stored has them all.
	job, err := r.entOver(tx).ImportJob.Get(privacy.DecisionContext(ctx, privacy.Allow), r.job.ID)
	if err != nil {
		return err
	}
	r.job = job
	if err := r.audit(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}

// audit records the job in the trail: one entry for the whole file.
func (r *run) audit(ctx context.Context, tx *sql.Tx) error {
	client := ent.NewClient(ent.Driver(entsql.NewDriver(r.db.Dialect, entsql.Conn{ExecQuerier: tx})))
	j := r.job
	return audit.Write(audit.WithOperation(ctx, "import "+strings.ToLower(string(j.Kind))), client, audit.Entry{
		Action: "CREATE", EntityType: "ImportJob", EntityID: strconv.Itoa(j.ID),
		After: map[string]any{"kind": j.Kind, "file": j.FileName, "digest": j.FileDigest, "dryRun": j.DryRun,
			"lines": j.LinesDone, "inserted": j.Inserted, "updated": j.Updated, "unchanged": j.Unchanged,
			"rejected": j.Rejected},
	})
}

// fail records why the job stopped. A file that cannot be imported, or
// that the viewer may not import, fails the job for good; other errors
// (the database went away, the run was interrupted) leave it RUNNING, to
// be resumed.
func (r *run) fail(ctx context.Context, cause error) error {
	var fe *FileError
	var ae *apperr.Error
	var msg string
	switch {
	case errors.As(cause, &fe):
		msg = fe.Msg
	case errors.As(cause, &ae):
		msg = ae.Message
	default:
		return cause
	}
	sys := privacy.DecisionContext(context.WithoutCancel(ctx), privacy.Allow)
	err := r.db.Client.ImportJob.UpdateOneID(r.job.ID).SetStatus(importjob.StatusFAILED).SetError(msg).
		SetFinishedAt(r.opts.Now()).Exec(sys)
	return errors.Join(cause, err)
}

// checkMapping refuses a mapping to a column the kind does not have.
func checkMapping(s *spec, mapping map[string]string) error {
	for from, to := range mapping {
		if !slices.ContainsFunc(s.columns, func(c column) bool { return strings.EqualFold(c.name, strings.TrimSpace(to)) }) {
			return apperr.New(apperr.BadUserInput, "%s files have no column %q to map %q to", s.kind, to, from)
		}
	}
	return nil
}
