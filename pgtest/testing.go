package pgtest

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// SkipEnv is the environment variable that, when set to "1", lets Require
// skip tests on machines without the PostgreSQL binaries. Without it a
// missing PostgreSQL fails the test, so CI cannot silently skip.
const SkipEnv = "CRM_SKIP_POSTGRES"

var shared struct {
	mu       sync.Mutex
	cluster  *Cluster
	err      error // start error, reported to every Require until StopShared
	template string
}

// Require returns the cluster shared by the whole test binary, starting it
// on first use. If the PostgreSQL binaries are missing it calls tb.Skip when
// CRM_SKIP_POSTGRES=1 and tb.Fatal otherwise; any other start failure is
// fatal. Require registers no cleanup: call StopShared from TestMain.
func Require(tb testing.TB) *Cluster {
	tb.Helper()
	c, err := sharedCluster()
	if err != nil {
		if errors.Is(err, ErrNoPostgres) {
			if os.Getenv(SkipEnv) == "1" {
				tb.Skipf("skipping: %v (%s=1)", err, SkipEnv)
			}
			tb.Fatalf("%v\n(install PostgreSQL server binaries, or set %s=1 to skip tests that need it)", err, SkipEnv)
		}
		tb.Fatalf("starting shared PostgreSQL cluster: %v", err)
	}
	return c
}

func sharedCluster() (*Cluster, error) {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if shared.cluster == nil && shared.err == nil {
		shared.cluster, shared.err = Start()
	}
	return shared.cluster, shared.err
}

// StopShared stops the shared cluster if one was started. Call it from
// TestMain after m.Run. A later Require starts a new cluster.
func StopShared() {
	shared.mu.Lock()
	c := shared.cluster
	shared.cluster, shared.err, shared.template = nil, nil, ""
	shared.mu.Unlock()
	if c != nil {
		if err := c.Stop(); err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: stopping shared cluster: %v\n", err)
		}
	}
}

// SetTemplate makes NewDatabase create databases from template (a database
// on the shared cluster, e.g. one with the schema already migrated) instead
// of template0. An empty name restores template0. The template must have no
// open connections while NewDatabase copies it.
func SetTemplate(template string) {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	shared.template = template
}

func currentTemplate() string {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if shared.template == "" {
		return "template0"
	}
	return shared.template
}

var dbSeq atomic.Uint64

// NewDatabase creates a fresh, uniquely named database on the shared
// cluster (see Require) from template0, or from the template registered by
// SetTemplate, drops it in tb.Cleanup and returns its lib/pq DSN.
func NewDatabase(tb testing.TB) (dsn string) {
	tb.Helper()
	c := Require(tb)
	name := databaseName(tb.Name(), dbSeq.Add(1))
	if err := c.CreateDatabase(name, currentTemplate()); err != nil {
		tb.Fatalf("creating test database: %v", err)
	}
	tb.Cleanup(func() {
		if err := c.DropDatabase(name); err != nil && !isMissingDatabase(err) && !c.isStopped() {
			tb.Errorf("dropping test database: %v", err)
		}
	})
	return c.DSN(name)
}

// databaseName derives a valid, unique (within the process) database name
// from a test name: "t_<sanitized test name>_<seq>", at most 63 bytes.
func databaseName(testName string, seq uint64) string {
	var b strings.Builder
	for _, r := range strings.ToLower(testName) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		default:
			if s := b.String(); s != "" && !strings.HasSuffix(s, "_") {
				b.WriteByte('_')
			}
		}
	}
	base := strings.Trim(b.String(), "_")
	if len(base) > 40 {
		base = strings.TrimRight(base[:40], "_")
	}
	if base == "" {
		return fmt.Sprintf("t_%d", seq)
	}
	return fmt.Sprintf("t_%s_%d", base, seq)
}

func isMissingDatabase(err error) bool {
	var se interface{ SQLState() string }
	return errors.As(err, &se) && se.SQLState() == "3D000" // invalid_catalog_name
}

func (c *Cluster) isStopped() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stopped
}
