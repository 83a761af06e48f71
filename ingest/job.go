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
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
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
	"github.com/brokercrm/crm/viewer"
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

// ErrRunning is returned when another live process is importing the same
// file.
var ErrRunning = errors.New("ingest: this file is being imported by another process")

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
	if v := viewer.FromContext(ctx); s.custom != nil && (v == nil || v.Role != viewer.ProductManager) {
		return nil, apperr.New(apperr.Forbidden, "products are imported by a product manager, as drafts for compliance to review")
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

// owner names this process, so that a later run can tell whether the
// job's process is still alive.
func owner() string {
	host, _ := os.Hostname()
	return host + "/" + strconv.Itoa(os.Getpid())
}

// alive reports whether the process named by o may still be running: it
// is, if it is this host's and a signal 0 reaches it; a job of another
// host counts as alive until its heartbeat is staleAfter old.
func alive(o string, heartbeat, now time.Time) bool {
	host, pid, _ := strings.Cut(o, "/")
	me, _ := os.Hostname()
	if host != me {
		return now.Sub(heartbeat) < staleAfter
	}
	n, err := strconv.Atoi(pid)
	if err != nil || n <= 0 {
		return false
	}
	if n == os.Getpid() {
		return true
	}
	return syscall.Kill(n, 0) == nil
}

// staleAfter is how old the heartbeat of another host's job must be
// before it is taken over.
const staleAfter = 2 * time.Minute

// startJob finds the unfinished job of this file and kind, or creates one.
func startJob(ctx context.Context, client *ent.Client, opts Options, digest string, size int64, lanes int) (*ent.ImportJob, bool, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	now := opts.Now()
	unfinished, err := client.ImportJob.Query().
		Where(importjob.FileDigest(digest), importjob.KindEQ(opts.Kind), importjob.StatusEQ(importjob.StatusRUNNING),
			importjob.DryRun(opts.DryRun)).
		Order(ent.Desc(importjob.FieldID)).All(sys)
	if err != nil {
		return nil, false, err
	}
	for _, j := range unfinished {
		if alive(j.Owner, j.HeartbeatAt, now) {
			return nil, false, fmt.Errorf("%w (job %d, %s)", ErrRunning, j.ID, j.Owner)
		}
		// Take it over only if nobody else did meanwhile.
		n, err := client.ImportJob.Update().
			Where(importjob.ID(j.ID), importjob.Owner(j.Owner), importjob.StatusEQ(importjob.StatusRUNNING)).
			SetOwner(owner()).SetHeartbeatAt(now).Save(sys)
		if err != nil {
			return nil, false, err
		}
		if n == 1 {
			j.Owner = owner()
			return j, true, nil
		}
	}
	name := opts.Name
	if name == "" {
		name = filepath.Base(opts.Path)
	}
	create := client.ImportJob.Create().SetKind(opts.Kind).SetFileName(name).SetFileSize(size).SetFileDigest(digest).
		SetDryRun(opts.DryRun).SetOwner(owner()).SetStartedAt(now).SetHeartbeatAt(now).
		SetFormat(importjob.FormatCSV).SetEncoding(importjob.EncodingUTF8)
	if opts.Format != "" {
		create.SetFormat(opts.Format)
	} else {
		create.SetFormat(FormatOf(name))
	}
	if opts.Encoding != "" {
		create.SetEncoding(opts.Encoding)
	}
	if len(opts.Mapping) > 0 {
		create.SetMapping(opts.Mapping)
	}
	if opts.SpoolPath != "" {
		create.SetSpoolPath(opts.SpoolPath)
	}
	if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
		create.SetCreatedByID(v.UserID)
	}
	// The viewer's policy decides who may start an import; a command-line
	// run has no viewer and runs as the system.
	createCtx := ctx
	if viewer.FromContext(ctx) == nil {
		createCtx = sys
	}
	job, err := create.Save(createCtx)
	if err != nil {
		return nil, false, err
	}
	for i := range lanes {
		if err := client.ImportLane.Create().SetJobID(job.ID).SetLane(i).Exec(sys); err != nil {
			return nil, false, err
		}
	}
	return job, false, nil
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

// mergeChunk resolves, checks and merges a chunk's rows and marks the
// clients whose data changed; a dry run undoes it all.
func (r *run) mergeChunk(ctx context.Context, tx *sql.Tx, l *lane, rows []*row, reject func(Rejection)) (written, error) {
	rows, err := l.res.resolve(ctx, tx, rows, reject)
	if err != nil {
		return written{}, err
	}
	if r.opts.DryRun {
		if _, err := tx.ExecContext(ctx, "SAVEPOINT ingest_dry_run"); err != nil {
			return written{}, err
		}
	}
	var out written
	for i, part := range r.partition(rows, len(l.writers)) {
		w := l.writers[i]
		got, err := w.merge(ctx, tx, r.dedupe(w.spec, part, reject))
		if err != nil {
			return written{}, err
		}
		out.inserted += got.inserted
		out.updated += got.updated
		out.unchanged += got.unchanged
		out.clients = append(out.clients, got.clients...)
	}
	if r.spec.afterChunk != nil {
		more, err := r.spec.afterChunk(ctx, tx, l.w(), rows, out.clients)
		if err != nil {
			return written{}, err
		}
		out.clients = append(out.clients, more...)
	}
	if err := l.w().mark(ctx, tx, out.clients); err != nil {
		return written{}, err
	}
	if r.opts.DryRun {
		if _, err := tx.ExecContext(ctx, "ROLLBACK TO SAVEPOINT ingest_dry_run"); err != nil {
			return written{}, err
		}
	}
	return out, nil
}

// entOver is an ent client whose statements run in tx, with the audit
// hook store.Open gives the server's client.
func (r *run) entOver(tx *sql.Tx) *ent.Client {
	client := ent.NewClient(ent.Driver(entsql.NewDriver(r.db.Dialect, entsql.Conn{ExecQuerier: tx})))
	client.Use(audit.Hook())
	return client
}

// partition splits rows by the way they are written (spec.variants).
func (r *run) partition(rows []*row, n int) [][]*row {
	parts := make([][]*row, n)
	if r.spec.variant == nil {
		parts[0] = rows
		return parts
	}
	for _, rw := range rows {
		v := r.spec.variant(rw)
		parts[v] = append(parts[v], rw)
	}
	return parts
}

// dedupe rejects a row whose key an earlier row of the chunk has: one
// statement cannot write a record twice, and which of the two the source
// meant is not for the import to guess.
func (r *run) dedupe(s *spec, rows []*row, reject func(Rejection)) []*row {
	keyAt := make([]int, len(s.key))
	for i, k := range s.key {
		keyAt[i] = s.index(k)
	}
	seen := make(map[string]int, len(rows))
	kept := rows[:0]
	var b strings.Builder
	for _, rw := range rows {
		b.Reset()
		for _, i := range keyAt {
			fmt.Fprint(&b, rw.vals[i], "\x00")
		}
		if first, dup := seen[b.String()]; dup {
			reject(Rejection{Line: rw.line, Column: s.key[len(s.key)-1], Value: fmt.Sprint(rw.vals[keyAt[len(keyAt)-1]]),
				Reason: "DUPLICATE_KEY", Message: fmt.Sprintf("line %d has the same key", first)})
			continue
		}
		seen[b.String()] = rw.line
		kept = append(kept, rw)
	}
	return kept
}

func (r *run) saveRejections(ctx context.Context, tx *sql.Tx, w *writer, rejs []Rejection) error {
	if len(rejs) == 0 {
		return nil
	}
	slices.SortFunc(rejs, func(a, b Rejection) int { return a.Line - b.Line })
	cols := []string{"job_id", "line", "column", "value", "reason", "message"}
	rows := make([][]any, len(rejs))
	for i, j := range rejs {
		rows[i] = []any{r.job.ID, j.Line, nullable(j.Column), nullable(j.Value), string(j.Reason), j.Message}
	}
	return w.insert(ctx, tx, "import_rejections", cols, rows)
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// exec runs a statement written with ? placeholders on either database.
func (r *run) exec(ctx context.Context, tx *sql.Tx, q string, args ...any) (sql.Result, error) {
	if r.db.Dialect == dialect.Postgres {
		q = dollarPlaceholders(q)
	}
	return tx.ExecContext(ctx, q, args...)
}

func dollarPlaceholders(q string) string {
	var b strings.Builder
	n := 0
	for _, ch := range q {
		if ch == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(ch)
	}
	return b.String()
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
