package ingest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/viewer"
)

// Runner runs the server's imports in the background: files uploaded
// through the API are spooled to a directory and imported there, and jobs
// a stopped server left unfinished are resumed when it starts again.
type Runner struct {
	db     *store.DB
	dir    string
	logger *slog.Logger
	ctx    context.Context // the server's lifetime
	wg     sync.WaitGroup
}

// NewRunner returns a runner spooling uploads to dir; ctx ends with the
// server, and interrupts the imports running then (they resume later).
func NewRunner(ctx context.Context, db *store.DB, dir string, logger *slog.Logger) (*Runner, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("import spool directory: %w", err)
	}
	return &Runner{db: db, dir: dir, logger: logger, ctx: ctx}, nil
}

// Start spools an uploaded file, creates its job under the viewer of ctx
// (whose policy decides whether they may import) and imports it in the
// background.
func (r *Runner) Start(ctx context.Context, opts Options, file io.Reader) (*ent.ImportJob, error) {
	path, err := r.spool(file)
	if err != nil {
		return nil, err
	}
	opts.Path, opts.SpoolPath = path, path
	j, err := Prepare(ctx, r.db, opts)
	if err != nil {
		_ = os.Remove(path)
		return nil, err
	}
	if j.SpoolPath != path {
		// A resumed job reads its own copy of the file, if it is still
		// there, and this one otherwise: they have the same digest.
		if _, err := os.Stat(j.SpoolPath); err == nil {
			_ = os.Remove(path)
			j.run.opts.Path = j.SpoolPath
		}
	}
	r.launch(viewer.NewContext(r.ctx, viewer.FromContext(ctx)), j)
	return j.ImportJob, nil
}

func (r *Runner) spool(file io.Reader) (string, error) {
	var name [12]byte
	_, _ = rand.Read(name[:])
	path := filepath.Join(r.dir, hex.EncodeToString(name[:])+".upload")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return "", err
	}
	if _, err := io.Copy(f, file); err != nil {
		f.Close()
		_ = os.Remove(path)
		return "", fmt.Errorf("spool upload: %w", err)
	}
	return path, f.Close()
}

func (r *Runner) launch(ctx context.Context, j *Job) {
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		s, err := j.Run(ctx)
		switch {
		case err == nil:
			r.logger.Info("import finished", "job", j.ID, "kind", j.Kind, "summary", s.String())
		case errors.Is(err, context.Canceled) || r.ctx.Err() != nil:
			r.logger.Info("import interrupted; it resumes when the server starts again", "job", j.ID)
			return // keep the spooled file for the resume
		default:
			r.logger.Error("import failed", "job", j.ID, "kind", j.Kind, "err", err)
			var fe *FileError
			if !errors.As(err, &fe) {
				sys := privacy.DecisionContext(context.WithoutCancel(ctx), privacy.Allow)
				_ = r.db.Client.ImportJob.UpdateOneID(j.ID).SetStatus(importjob.StatusFAILED).
					SetError(err.Error()).SetFinishedAt(j.run.opts.Now()).Exec(sys)
			}
		}
		_ = os.Remove(j.run.opts.Path)
	}()
}

// Resume restarts the spooled jobs whose process is gone.
func (r *Runner) Resume() error {
	sys := privacy.DecisionContext(r.ctx, privacy.Allow)
	jobs, err := r.db.Client.ImportJob.Query().
		Where(importjob.StatusEQ(importjob.StatusRUNNING), importjob.SpoolPathNEQ("")).All(sys)
	if err != nil {
		return err
	}
	for _, j := range jobs {
		if _, err := os.Stat(j.SpoolPath); err != nil {
			continue // spooled by another server
		}
		opts := Options{Kind: j.Kind, Path: j.SpoolPath, Name: j.FileName, Format: j.Format, Encoding: j.Encoding,
			Mapping: j.Mapping, DryRun: j.DryRun, SpoolPath: j.SpoolPath}
		p, err := Prepare(sys, r.db, opts)
		if errors.Is(err, ErrRunning) {
			continue
		}
		if err != nil {
			return err
		}
		r.launch(r.ctx, p)
	}
	return nil
}

// Wait waits for the running imports to stop.
func (r *Runner) Wait() { r.wg.Wait() }
