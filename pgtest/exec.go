package pgtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// serverOSUser is the OS user the server runs as when we are root.
const serverOSUser = "postgres"

type binaries struct {
	initdb, pgCtl, postgres string
}

// findBinaries locates initdb, pg_ctl and postgres on PATH, falling back to
// the newest Debian/Ubuntu /usr/lib/postgresql/<version>/bin.
func findBinaries() (binaries, error) {
	var b binaries
	var missing []string
	for _, x := range []struct {
		name string
		dst  *string
	}{{"initdb", &b.initdb}, {"pg_ctl", &b.pgCtl}, {"postgres", &b.postgres}} {
		p, err := exec.LookPath(x.name)
		if err != nil {
			missing = append(missing, x.name)
			continue
		}
		if abs, err := filepath.Abs(p); err == nil {
			p = abs
		}
		*x.dst = p
	}
	if len(missing) == 0 {
		return b, nil
	}
	if dir := debianBinDir(); dir != "" {
		return binaries{
			initdb:   filepath.Join(dir, "initdb"),
			pgCtl:    filepath.Join(dir, "pg_ctl"),
			postgres: filepath.Join(dir, "postgres"),
		}, nil
	}
	return binaries{}, fmt.Errorf("%w: %s not on PATH (PATH=%s)",
		ErrNoPostgres, strings.Join(missing, ", "), os.Getenv("PATH"))
}

// debianBinDir returns the newest /usr/lib/postgresql/<major>/bin holding
// all three binaries, or "".
func debianBinDir() string {
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool {
		vi, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(dirs[i])), 64)
		vj, _ := strconv.ParseFloat(filepath.Base(filepath.Dir(dirs[j])), 64)
		return vi > vj
	})
	for _, dir := range dirs {
		ok := true
		for _, name := range []string{"initdb", "pg_ctl", "postgres"} {
			if st, err := os.Stat(filepath.Join(dir, name)); err != nil || st.IsDir() || st.Mode()&0o111 == 0 {
				ok = false
				break
			}
		}
		if ok {
			return dir
		}
	}
	return ""
}

// osUser is the unprivileged user the binaries run as when we are root.
type osUser struct {
	name     string
	uid, gid int
	home     string
}

// serverUser returns nil when the binaries can run as the current user, or
// the "postgres" OS user when the current user is root (initdb and postgres
// refuse to run as root).
func serverUser() (*osUser, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup(serverOSUser)
	if err != nil {
		return nil, fmt.Errorf("pgtest: running as root, but PostgreSQL must run as an unprivileged user and OS user %q cannot be found: %w", serverOSUser, err)
	}
	uid, err := strconv.Atoi(u.Uid)
	if err != nil {
		return nil, fmt.Errorf("pgtest: OS user %q: bad uid %q", serverOSUser, u.Uid)
	}
	gid, err := strconv.Atoi(u.Gid)
	if err != nil {
		return nil, fmt.Errorf("pgtest: OS user %q: bad gid %q", serverOSUser, u.Gid)
	}
	if uid == 0 {
		return nil, fmt.Errorf("pgtest: OS user %q has uid 0", serverOSUser)
	}
	return &osUser{name: u.Username, uid: uid, gid: gid, home: u.HomeDir}, nil
}

// run executes a PostgreSQL binary (as c.runAs if set) with a clean
// environment and returns its combined output.
func (c *Cluster) run(timeout time.Duration, bin string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	// The server user may not be able to enter our working directory.
	cmd.Dir = c.Dir
	if _, err := os.Stat(c.Dir); err != nil {
		cmd.Dir = "/"
	}
	cmd.Env = childEnv(c.runAs)
	cmd.Stdin = nil // /dev/null
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	// pg_ctl redirects the server's output to the log file; if some
	// process still held our pipe, do not wait for it forever.
	cmd.WaitDelay = 5 * time.Second
	if c.runAs != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{
			Credential: &syscall.Credential{
				Uid:    uint32(c.runAs.uid),
				Gid:    uint32(c.runAs.gid),
				Groups: []uint32{uint32(c.runAs.gid)},
			},
		}
	}
	err := cmd.Run()
	if err != nil && ctx.Err() != nil {
		err = fmt.Errorf("%s timed out after %v: %w", filepath.Base(bin), timeout, err)
	}
	if err != nil && errors.Is(err, exec.ErrWaitDelay) && cmd.ProcessState != nil && cmd.ProcessState.Success() {
		err = nil
	}
	return out.String(), err
}

// childEnv is the environment for initdb/pg_ctl/postgres: ours without PG*
// variables (PGDATA, PGPORT, PGOPTIONS ... would change what they do) and
// locale variables (messages in English; the cluster locale is set by
// initdb --locale=C), with the identity of the server user.
func childEnv(runAs *osUser) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case strings.HasPrefix(k, "PG"), strings.HasPrefix(k, "LC_"), k == "LANG", k == "LANGUAGE":
			continue
		case runAs != nil && (k == "HOME" || k == "USER" || k == "LOGNAME"):
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "LC_ALL=C")
	if runAs != nil {
		home := runAs.home
		if home == "" {
			home = "/"
		}
		env = append(env, "HOME="+home, "USER="+runAs.name, "LOGNAME="+runAs.name)
	}
	return env
}
