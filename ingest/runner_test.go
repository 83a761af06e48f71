package ingest_test

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ingest"
)

// TestRunnerResumes leaves an uploaded import half done, as a server
// killed mid-import would, and checks that the next server's runner
// finishes it.
func TestRunnerResumes(t *testing.T) {
	env := crmtest.New(t, dialect.SQLite)
	w := newWorld(t, env)
	ctx := context.Background()
	dir := t.TempDir()
	spooled := filepath.Join(dir, "upload")
	if err := os.WriteFile(spooled, []byte(resumeFile(w, 500)), 0o600); err != nil {
		t.Fatal(err)
	}
	// The first server: it prepared the job and committed nothing; then
	// it died (its owner names a process that does not exist).
	if _, err := ingest.Prepare(ctx, env.DB, ingest.Options{Kind: "TRADES", Path: spooled, SpoolPath: spooled}); err != nil {
		t.Fatal(err)
	}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	host, _ := os.Hostname()
	if err := env.DB.Client.ImportJob.Update().SetOwner(host + "/999999999").Exec(sys); err != nil {
		t.Fatal(err)
	}

	runCtx, stop := context.WithCancel(ctx)
	defer stop()
	r, err := ingest.NewRunner(runCtx, env.DB, dir, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Resume(); err != nil {
		t.Fatal(err)
	}
	r.Wait()
	job, err := env.DB.Client.ImportJob.Query().Only(sys)
	if err != nil {
		t.Fatal(err)
	}
	if job.Status != importjob.StatusSUCCEEDED || job.Inserted+job.Rejected != 500 || job.LinesDone != 500 {
		t.Fatalf("resumed job: %+v", job)
	}
	if _, err := os.Stat(spooled); !os.IsNotExist(err) {
		t.Error("the spooled file was kept after the import finished")
	}
}
