// Package pgtest runs throwaway PostgreSQL clusters for tests and benchmarks.
//
// A cluster is created with initdb in its own temporary directory and started
// with pg_ctl. It listens only on a unix socket inside that directory (no TCP),
// uses trust authentication for the superuser "postgres" and, unless
// Options.Durable is set, runs with fsync, synchronous_commit and
// full_page_writes turned off. Stop shuts the server down and removes the
// directory.
//
// PostgreSQL refuses to run as root. When the current process is root, initdb
// and pg_ctl are run as the "postgres" OS user (which must exist) and the
// temporary directory is handed over to that user. Otherwise they run as the
// current user.
//
// Tests normally use the helpers Require, NewDatabase and StopShared:
//
//	func TestMain(m *testing.M) {
//		code := m.Run()
//		pgtest.StopShared()
//		os.Exit(code)
//	}
//
//	func TestSomething(t *testing.T) {
//		dsn := pgtest.NewDatabase(t) // fresh database, dropped at cleanup
//		db, err := sql.Open("postgres", dsn)
//		...
//	}
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/lib/pq"
)

// Superuser is the database superuser created by initdb (initdb -U postgres).
const Superuser = "postgres"

const (
	// maxSocketPath is the longest unix socket path the kernel accepts
	// (sizeof(sun_path) - 1).
	maxSocketPath = 107
	// socketNameMax is the longest socket file name PostgreSQL uses.
	socketNameMax = len("/.s.PGSQL.65535")

	portMin = 20000
	portMax = 60000

	startTimeout = 60 * time.Second
	stopTimeout  = 30 * time.Second
)

// Options configures StartWithOptions. The zero value gives the same cluster
// as Start.
type Options struct {
	// Settings are extra server settings passed as "-c key=value", e.g.
	// {"shared_buffers": "1GB", "max_connections": "200"} for benchmarks.
	// They are applied after the defaults, so they may override them (e.g.
	// "fsync": "on"). "port" and "unix_socket_directories" are managed by
	// the cluster and cannot be set.
	Settings map[string]string
	// KeepData makes Stop leave the temporary directory (data directory,
	// server log and socket directory) on disk after stopping the server,
	// e.g. to inspect the server log. The caller must then remove Dir.
	KeepData bool
	// Durable keeps PostgreSQL's crash-safety settings: fsync,
	// synchronous_commit and full_page_writes keep their defaults (on), and
	// initdb syncs the new data directory. Use it for benchmarks whose
	// numbers must be representative of a real server.
	Durable bool
}

// ErrNoPostgres is returned (wrapped) by Start when the PostgreSQL server
// binaries (initdb, pg_ctl, postgres) cannot be found.
var ErrNoPostgres = errors.New("pgtest: PostgreSQL binaries (initdb, pg_ctl, postgres) not found")

// Cluster is a running throwaway PostgreSQL server listening only on a unix
// socket in its own temp dir.
type Cluster struct {
	// Dir is the cluster's temporary directory; Stop removes it unless
	// Options.KeepData is set.
	Dir string
	// DataDir is the data directory (Dir/data).
	DataDir string
	// SocketDir is the directory holding the unix socket (equal to Dir).
	SocketDir string
	// LogFile is the server log (Dir/postgres.log).
	LogFile string
	// Port names the socket file SocketDir/.s.PGSQL.<Port>. The server
	// does not listen on TCP.
	Port int

	opts  Options
	bins  binaries
	runAs *osUser // nil: run the binaries as the current user

	db            *sql.DB // admin connection pool to the "postgres" database
	serverVersion int     // server_version_num, e.g. 150018

	mu      sync.Mutex
	stopped bool
}

// Start initializes and starts a new cluster with default options.
func Start() (*Cluster, error) {
	return StartWithOptions(Options{})
}

// StartWithOptions initializes and starts a new cluster: initdb -U postgres
// --auth=trust -E UTF8 --locale=C into a fresh temporary directory, then
// pg_ctl start -w with the socket in that directory, an empty listen_addresses
// and, unless opts.Durable, fsync/synchronous_commit/full_page_writes off,
// plus opts.Settings. It returns once the server accepts connections.
//
// If the binaries cannot be found, the error wraps ErrNoPostgres.
func StartWithOptions(opts Options) (_ *Cluster, err error) {
	settings, err := settingArgs(opts)
	if err != nil {
		return nil, err
	}
	bins, err := findBinaries()
	if err != nil {
		return nil, err
	}
	runAs, err := serverUser()
	if err != nil {
		return nil, err
	}
	dir, err := makeTempDir(runAs)
	if err != nil {
		return nil, err
	}
	c := &Cluster{
		Dir:       dir,
		DataDir:   filepath.Join(dir, "data"),
		SocketDir: dir,
		LogFile:   filepath.Join(dir, "postgres.log"),
		opts:      opts,
		bins:      bins,
		runAs:     runAs,
	}
	defer func() {
		if err == nil {
			return
		}
		if stopErr := c.Stop(); stopErr != nil {
			err = errors.Join(err, stopErr)
		}
		if opts.KeepData {
			err = fmt.Errorf("%w\n(cluster directory kept: %s)", err, dir)
		}
	}()
	if runAs != nil {
		if err := os.Chown(dir, runAs.uid, runAs.gid); err != nil {
			return nil, fmt.Errorf("pgtest: handing %s to OS user %q: %w", dir, runAs.name, err)
		}
	}
	if c.Port, err = pickPort(dir); err != nil {
		return nil, err
	}

	initArgs := []string{
		"-D", c.DataDir,
		"-U", Superuser,
		"--auth=trust",
		"-E", "UTF8",
		"--locale=C",
		"--no-instructions",
	}
	if !opts.Durable {
		initArgs = append(initArgs, "--no-sync")
	}
	if out, err := c.run(startTimeout, bins.initdb, initArgs...); err != nil {
		return nil, fmt.Errorf("pgtest: initdb failed: %w\n%s", err, indent(out))
	}

	serverOpts := []string{
		"-k", shellQuote(c.SocketDir),
		"-c", shellQuote("listen_addresses="),
		"-p", strconv.Itoa(c.Port),
	}
	if !opts.Durable {
		serverOpts = append(serverOpts,
			"-c", "fsync=off",
			"-c", "synchronous_commit=off",
			"-c", "full_page_writes=off",
		)
	}
	serverOpts = append(serverOpts, settings...)
	out, err := c.run(startTimeout+10*time.Second, bins.pgCtl,
		"start",
		"-D", c.DataDir,
		"-l", c.LogFile,
		"-w", "-t", strconv.Itoa(int(startTimeout/time.Second)),
		"-o", strings.Join(serverOpts, " "),
	)
	if err != nil {
		return nil, fmt.Errorf("pgtest: pg_ctl start failed: %w\n%s\nserver log %s:\n%s",
			err, indent(out), c.LogFile, indent(c.logTail()))
	}

	if c.db, err = c.waitReady(); err != nil {
		return nil, fmt.Errorf("pgtest: server started but does not accept connections: %w\nserver log %s:\n%s",
			err, c.LogFile, indent(c.logTail()))
	}
	if err := c.db.QueryRow("SELECT current_setting('server_version_num')::int").Scan(&c.serverVersion); err != nil {
		return nil, fmt.Errorf("pgtest: reading server version: %w", err)
	}
	return c, nil
}

// waitReady opens the admin pool and pings the server with a few retries.
func (c *Cluster) waitReady() (*sql.DB, error) {
	db, err := sql.Open("postgres", c.DSN("postgres"))
	if err != nil {
		return nil, err
	}
	db.SetMaxIdleConns(2)
	db.SetConnMaxIdleTime(time.Minute)
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		err = db.PingContext(ctx)
		cancel()
		if err == nil {
			return db, nil
		}
		if time.Now().After(deadline) {
			db.Close()
			return nil, err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// DSN returns a lib/pq key=value connection string for database, e.g.
// "host=/tmp/crm-pg-123 port=23456 user=postgres dbname=crm sslmode=disable".
func (c *Cluster) DSN(database string) string {
	return strings.Join([]string{
		"host=" + dsnQuote(c.SocketDir),
		"port=" + strconv.Itoa(c.Port),
		"user=" + Superuser,
		"dbname=" + dsnQuote(database),
		"sslmode=disable",
	}, " ")
}

// URL returns a postgres:// URL for database, e.g.
// "postgres://postgres@/crm?host=%2Ftmp%2Fcrm-pg-123&port=23456&sslmode=disable".
// lib/pq (and libpq) accept it.
func (c *Cluster) URL(database string) string {
	u := url.URL{
		Scheme: "postgres",
		User:   url.User(Superuser),
		Path:   "/" + database,
		RawQuery: url.Values{
			"host":    {c.SocketDir},
			"port":    {strconv.Itoa(c.Port)},
			"sslmode": {"disable"},
		}.Encode(),
	}
	return u.String()
}

// CreateDatabase runs CREATE DATABASE name, with TEMPLATE template when
// template is not empty. The template database must have no other open
// connections.
//
// Unless the cluster is Durable, PostgreSQL 15+ copies the template with
// STRATEGY FILE_COPY: with fsync off its checkpoints are cheap, and it is
// about three times faster than the default WAL_LOG (≈18 ms vs ≈55 ms for
// template0).
func (c *Cluster) CreateDatabase(name, template string) error {
	q := "CREATE DATABASE " + pq.QuoteIdentifier(name)
	if template != "" {
		q += " TEMPLATE " + pq.QuoteIdentifier(template)
	}
	if !c.opts.Durable && c.serverVersion >= 150000 {
		q += " STRATEGY FILE_COPY"
	}
	return c.exec(q)
}

// DropDatabase drops database name, terminating any sessions still
// connected to it (DROP DATABASE ... WITH (FORCE)).
func (c *Cluster) DropDatabase(name string) error {
	return c.exec("DROP DATABASE " + pq.QuoteIdentifier(name) + " WITH (FORCE)")
}

func (c *Cluster) exec(q string) error {
	c.mu.Lock()
	stopped := c.stopped
	c.mu.Unlock()
	if stopped {
		return fmt.Errorf("pgtest: %s: cluster is stopped", q)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if _, err := c.db.ExecContext(ctx, q); err != nil {
		return fmt.Errorf("pgtest: %s: %w", q, err)
	}
	return nil
}

// Stop shuts the server down (pg_ctl stop -m fast, falling back to
// -m immediate and finally SIGKILL) and removes Dir unless Options.KeepData
// is set. It is safe to call more than once (and concurrently); calls after
// the first return nil.
func (c *Cluster) Stop() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return nil
	}
	c.stopped = true

	var errs []error
	if c.db != nil {
		c.db.Close()
	}
	if err := c.stopServer(); err != nil {
		errs = append(errs, err)
	}
	releasePort(c.Port)
	if !c.opts.KeepData {
		if err := os.RemoveAll(c.Dir); err != nil {
			errs = append(errs, fmt.Errorf("pgtest: removing cluster directory: %w", err))
		}
	}
	return errors.Join(errs...)
}

// stopServer stops the postmaster if one is running on DataDir.
func (c *Cluster) stopServer() error {
	pidFile := filepath.Join(c.DataDir, "postmaster.pid")
	if _, err := os.Stat(pidFile); errors.Is(err, fs.ErrNotExist) {
		return nil // never started, or already shut down
	}
	if pid := readPostmasterPID(pidFile); pid > 0 && !isPostgresProcess(pid) {
		return nil // crashed or killed: only a stale pid file is left
	}
	out, err := c.run(stopTimeout+10*time.Second, c.bins.pgCtl,
		"stop", "-D", c.DataDir, "-m", "fast", "-w", "-t", strconv.Itoa(int(stopTimeout/time.Second)))
	if err == nil {
		return nil
	}
	fastErr := fmt.Errorf("pgtest: pg_ctl stop -m fast failed: %w\n%s", err, indent(out))

	// Escalate: immediate shutdown, then SIGKILL of the postmaster.
	if _, err := c.run(20*time.Second, c.bins.pgCtl,
		"stop", "-D", c.DataDir, "-m", "immediate", "-w", "-t", "10"); err == nil {
		return nil
	}
	pid := readPostmasterPID(pidFile)
	if pid <= 0 {
		if _, err := os.Stat(pidFile); errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		return fastErr
	}
	if !isPostgresProcess(pid) {
		return nil // stale pid file: the server is gone
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		if errors.Is(err, syscall.ESRCH) {
			return nil
		}
		return errors.Join(fastErr, fmt.Errorf("pgtest: kill %d: %w", pid, err))
	}
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if !isPostgresProcess(pid) {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return errors.Join(fastErr, fmt.Errorf("pgtest: postmaster %d survived SIGKILL", pid))
}

func readPostmasterPID(pidFile string) int {
	b, err := os.ReadFile(pidFile)
	if err != nil {
		return 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	pid, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		return 0
	}
	return pid
}

// isPostgresProcess reports whether pid is a live (non-zombie) process that
// looks like a PostgreSQL server, so a stale pid file never gets an
// unrelated process killed.
func isPostgresProcess(pid int) bool {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		// No procfs (or the process is gone): fall back to kill(pid, 0).
		return syscall.Kill(pid, 0) == nil
	}
	// Format: pid (comm) state ...; comm may contain spaces and parens.
	s := string(stat)
	open, end := strings.IndexByte(s, '('), strings.LastIndexByte(s, ')')
	if open < 0 || end < open {
		return false
	}
	comm := s[open+1 : end]
	fields := strings.Fields(s[end+1:])
	if len(fields) > 0 && (fields[0] == "Z" || fields[0] == "X") {
		return false
	}
	return strings.Contains(comm, "postgres") || strings.Contains(comm, "postmaster")
}

// logTail returns the last lines of the server log.
func (c *Cluster) logTail() string {
	const max = 4096
	f, err := os.Open(c.LogFile)
	if err != nil {
		return fmt.Sprintf("(no server log: %v)", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return fmt.Sprintf("(server log: %v)", err)
	}
	off := st.Size() - max
	if off < 0 {
		off = 0
	}
	buf := make([]byte, st.Size()-off)
	n, _ := f.ReadAt(buf, off)
	s := string(buf[:n])
	if off > 0 {
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			s = "...\n" + s[i+1:]
		}
	}
	if strings.TrimSpace(s) == "" {
		return "(server log is empty)"
	}
	return s
}

var settingName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.]*$`)

// settingArgs validates opts.Settings and renders them as pg_ctl -o words
// (shell-quoted: pg_ctl passes -o through /bin/sh).
func settingArgs(opts Options) ([]string, error) {
	keys := make([]string, 0, len(opts.Settings))
	for k := range opts.Settings {
		if !settingName.MatchString(k) {
			return nil, fmt.Errorf("pgtest: invalid setting name %q", k)
		}
		switch strings.ToLower(k) {
		case "port", "unix_socket_directories":
			return nil, fmt.Errorf("pgtest: setting %q is managed by pgtest and cannot be overridden", k)
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var args []string
	for _, k := range keys {
		args = append(args, "-c", shellQuote(k+"="+opts.Settings[k]))
	}
	return args, nil
}

// makeTempDir creates the cluster directory. The server user must be able
// to traverse its parents, and the socket path must fit in sun_path; when
// os.TempDir() does not qualify, /tmp is used.
func makeTempDir(runAs *osUser) (string, error) {
	bases := []string{os.TempDir()}
	if bases[0] != "/tmp" {
		bases = append(bases, "/tmp")
	}
	var lastErr error
	for _, base := range bases {
		if runAs != nil && !othersCanTraverse(base) {
			lastErr = fmt.Errorf("pgtest: %s is not traversable by OS user %q", base, runAs.name)
			continue
		}
		dir, err := os.MkdirTemp(base, "crm-pg-*")
		if err != nil {
			lastErr = fmt.Errorf("pgtest: creating cluster directory: %w", err)
			continue
		}
		if len(dir)+socketNameMax > maxSocketPath {
			os.Remove(dir)
			lastErr = fmt.Errorf("pgtest: socket path under %s would exceed %d bytes", dir, maxSocketPath)
			continue
		}
		return dir, nil
	}
	return "", lastErr
}

// othersCanTraverse reports whether every directory from / down to dir is
// searchable by an unrelated user.
func othersCanTraverse(dir string) bool {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return false
	}
	for {
		st, err := os.Stat(dir)
		if err != nil || st.Mode().Perm()&0o001 == 0 {
			return false
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return true
		}
		dir = parent
	}
}

var ports struct {
	sync.Mutex
	used map[int]bool
}

// pickPort picks a port number for the socket name. The server does not
// listen on TCP, so it only has to be unique per socket directory; it is
// also kept unique among the clusters of this process for clarity.
func pickPort(dir string) (int, error) {
	ports.Lock()
	defer ports.Unlock()
	if ports.used == nil {
		ports.used = make(map[int]bool)
	}
	for range 1000 {
		p := portMin + rand.IntN(portMax-portMin+1)
		if ports.used[p] {
			continue
		}
		if _, err := os.Lstat(filepath.Join(dir, ".s.PGSQL."+strconv.Itoa(p))); err == nil {
			continue
		}
		ports.used[p] = true
		return p, nil
	}
	return 0, errors.New("pgtest: no free port number found")
}

func releasePort(p int) {
	ports.Lock()
	defer ports.Unlock()
	delete(ports.used, p)
}

// shellQuote quotes s for /bin/sh.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// dsnQuote quotes a lib/pq key=value DSN value when needed.
func dsnQuote(s string) string {
	if s != "" && !strings.ContainsAny(s, ` '\`+"\t\n\r") {
		return s
	}
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

func indent(s string) string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return "  (no output)"
	}
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}
