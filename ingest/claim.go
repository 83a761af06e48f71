package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/viewer"
)

// ErrRunning is returned when another live process is importing the same
// file.
var ErrRunning = errors.New("ingest: this file is being imported by another process")

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
