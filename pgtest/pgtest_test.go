package pgtest

import (
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"

	_ "github.com/lib/pq"
)

func TestMain(m *testing.M) {
	code := m.Run()
	StopShared()
	os.Exit(code)
}

func openDB(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatalf("sql.Open(%q): %v", dsn, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func queryString(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	var s sql.NullString
	if err := db.QueryRow(q).Scan(&s); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return s.String
}

func TestDSNConnects(t *testing.T) {
	c := Require(t)

	wantDSN := "host=" + c.SocketDir + " port=" + strconv.Itoa(c.Port) + " user=postgres dbname=postgres sslmode=disable"
	if got, want := c.DSN("postgres"), wantDSN; got != want {
		t.Errorf("DSN = %q, want %q", got, want)
	}
	if got, want := len(filepath.Join(c.SocketDir, ".s.PGSQL."+strconv.Itoa(c.Port))), maxSocketPath; got > want {
		t.Errorf("socket path length = %d, want <= %d", got, want)
	}
	if _, err := os.Stat(filepath.Join(c.SocketDir, ".s.PGSQL."+strconv.Itoa(c.Port))); err != nil {
		t.Errorf("socket file: %v", err)
	}

	for _, dsn := range []string{c.DSN("postgres"), c.URL("postgres")} {
		db := openDB(t, dsn)
		if err := db.Ping(); err != nil {
			t.Fatalf("Ping(%q): %v", dsn, err)
		}
		if got, want := queryString(t, db, "SELECT current_user"), "postgres"; got != want {
			t.Errorf("%s: current_user = %q, want %q", dsn, got, want)
		}
		if got, want := queryString(t, db, "SELECT current_database()"), "postgres"; got != want {
			t.Errorf("%s: current_database() = %q, want %q", dsn, got, want)
		}
		if got, want := queryString(t, db, "SHOW server_encoding"), "UTF8"; got != want {
			t.Errorf("%s: server_encoding = %q, want %q", dsn, got, want)
		}
		if got, want := queryString(t, db, "SHOW listen_addresses"), ""; got != want {
			t.Errorf("%s: listen_addresses = %q, want %q", dsn, got, want)
		}
		if got, want := queryString(t, db, "SHOW fsync"), "off"; got != want {
			t.Errorf("%s: fsync = %q, want %q", dsn, got, want)
		}
	}

	if got, want := c.URL("crm"), "postgres://postgres@/crm?host="+strings.ReplaceAll(c.SocketDir, "/", "%2F")+"&port="+strconv.Itoa(c.Port)+"&sslmode=disable"; got != want {
		t.Errorf("URL = %q, want %q", got, want)
	}
}

func TestServerRunsAsUnprivilegedUser(t *testing.T) {
	c := Require(t)
	st, err := os.Stat(c.DataDir)
	if err != nil {
		t.Fatal(err)
	}
	uid := int(st.Sys().(*syscall.Stat_t).Uid)
	if os.Geteuid() != 0 {
		if got, want := uid, os.Geteuid(); got != want {
			t.Errorf("data dir owner uid = %d, want %d (current user)", got, want)
		}
		return
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strconv.Itoa(uid), u.Uid; got != want {
		t.Errorf("data dir owner uid = %s, want %s (postgres)", got, want)
	}
}

func TestDatabasesAreIsolated(t *testing.T) {
	c := Require(t)
	if err := c.CreateDatabase("iso_a", ""); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.DropDatabase("iso_a") })
	if err := c.CreateDatabase("iso_b", "template0"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.DropDatabase("iso_b") })

	a := openDB(t, c.DSN("iso_a"))
	b := openDB(t, c.URL("iso_b"))
	if _, err := a.Exec(`CREATE TABLE items (id int PRIMARY KEY, name text)`); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Exec(`INSERT INTO items VALUES (1, 'one'), (2, 'two')`); err != nil {
		t.Fatal(err)
	}
	if got, want := queryString(t, a, `SELECT count(*) FROM items`), "2"; got != want {
		t.Errorf("iso_a: count(items) = %s, want %s", got, want)
	}
	if got, want := queryString(t, b, `SELECT to_regclass('items')::text`), ""; got != want {
		t.Errorf("iso_b: to_regclass('items') = %q, want %q (table must not leak between databases)", got, want)
	}
	if got, want := queryString(t, b, `SELECT count(*) FROM pg_tables WHERE schemaname = 'public'`), "0"; got != want {
		t.Errorf("iso_b: public tables = %s, want %s", got, want)
	}
}

func TestDropDatabase(t *testing.T) {
	c := Require(t)
	const name = "drop me" // needs quoting
	if err := c.CreateDatabase(name, ""); err != nil {
		t.Fatal(err)
	}
	// A connection left open must not prevent the drop.
	db := openDB(t, c.DSN(name))
	if err := db.Ping(); err != nil {
		t.Fatalf("Ping(%q): %v", c.DSN(name), err)
	}
	if err := c.DropDatabase(name); err != nil {
		t.Fatal(err)
	}
	admin := openDB(t, c.DSN("postgres"))
	if got, want := queryString(t, admin, `SELECT count(*) FROM pg_database WHERE datname = 'drop me'`), "0"; got != want {
		t.Errorf("pg_database rows for %q after drop = %s, want %s", name, got, want)
	}
	err := c.DropDatabase(name)
	if got, want := isMissingDatabase(err), true; got != want {
		t.Errorf("second DropDatabase error %v: isMissingDatabase = %v, want %v", err, got, want)
	}
}

func TestNewDatabase(t *testing.T) {
	dsn1 := NewDatabase(t)
	dsn2 := NewDatabase(t)
	if dsn1 == dsn2 {
		t.Fatalf("NewDatabase returned the same DSN twice: %q", dsn1)
	}
	db1, db2 := openDB(t, dsn1), openDB(t, dsn2)
	if _, err := db1.Exec(`CREATE TABLE t (x int)`); err != nil {
		t.Fatal(err)
	}
	if got, want := queryString(t, db2, `SELECT to_regclass('t')::text`), ""; got != want {
		t.Errorf("second database: to_regclass('t') = %q, want %q", got, want)
	}
	name := queryString(t, db1, `SELECT current_database()`)
	if got, want := strings.HasPrefix(name, "t_testnewdatabase_"), true; got != want {
		t.Errorf("database name %q has prefix t_testnewdatabase_: %v, want %v", name, got, want)
	}

	// The database is dropped by the subtest's cleanup.
	var subName string
	t.Run("sub", func(t *testing.T) {
		subName = queryString(t, openDB(t, NewDatabase(t)), `SELECT current_database()`)
	})
	var n int
	if err := db1.QueryRow(`SELECT count(*) FROM pg_database WHERE datname = $1`, subName).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if got, want := n, 0; got != want {
		t.Errorf("databases named %q after subtest cleanup = %d, want %d", subName, got, want)
	}
}

func TestNewDatabaseFromTemplate(t *testing.T) {
	c := Require(t)
	if err := c.CreateDatabase("tmpl_schema", ""); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.DropDatabase("tmpl_schema") })
	tmpl, err := sql.Open("postgres", c.DSN("tmpl_schema"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tmpl.Exec(`CREATE TABLE accounts (id int); INSERT INTO accounts VALUES (42)`); err != nil {
		t.Fatal(err)
	}
	tmpl.Close() // a template must have no open connections

	SetTemplate("tmpl_schema")
	t.Cleanup(func() { SetTemplate("") })
	db := openDB(t, NewDatabase(t))
	if got, want := queryString(t, db, `SELECT id::text FROM accounts`), "42"; got != want {
		t.Errorf("copied row = %q, want %q", got, want)
	}
}

func TestStopRemovesDir(t *testing.T) {
	c, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Stop() })
	if _, err := os.Stat(filepath.Join(c.DataDir, "PG_VERSION")); err != nil {
		t.Fatalf("data dir: %v", err)
	}
	db := openDB(t, c.DSN("postgres"))
	if err := db.Ping(); err != nil {
		t.Fatal(err)
	}
	db.Close()

	if err := c.Stop(); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if _, err := os.Stat(c.Dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("after Stop, stat %s: err = %v, want %v", c.Dir, err, fs.ErrNotExist)
	}
	if err := c.Stop(); err != nil {
		t.Errorf("second Stop = %v, want nil", err)
	}
	db2 := openDB(t, c.DSN("postgres"))
	if err := db2.Ping(); err == nil {
		t.Errorf("Ping after Stop succeeded, want error")
	}
	if err := c.CreateDatabase("x", ""); err == nil {
		t.Errorf("CreateDatabase after Stop succeeded, want error")
	}
}

func TestStartWithOptions(t *testing.T) {
	c, err := StartWithOptions(Options{
		Settings: map[string]string{
			"shared_buffers":   "32MB",
			"application_name": "it's quoted", // survives pg_ctl's shell
		},
		Durable:  true,
		KeepData: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c.Stop()
		os.RemoveAll(c.Dir)
	})
	db := openDB(t, c.DSN("postgres"))
	for _, tc := range []struct{ setting, want string }{
		{"shared_buffers", "32MB"},
		{"fsync", "on"},
		{"synchronous_commit", "on"},
		{"full_page_writes", "on"},
	} {
		if got := queryString(t, db, "SHOW "+tc.setting); got != tc.want {
			t.Errorf("SHOW %s = %q, want %q", tc.setting, got, tc.want)
		}
	}
	if got, want := queryString(t, db, `SELECT reset_val FROM pg_settings WHERE name = 'application_name'`), "it's quoted"; got != want {
		t.Errorf("application_name reset_val = %q, want %q", got, want)
	}
	db.Close()

	if err := c.Stop(); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	if _, err := os.Stat(filepath.Join(c.DataDir, "PG_VERSION")); err != nil {
		t.Errorf("KeepData: after Stop, stat data dir: %v, want it kept", err)
	}
	if _, err := os.Stat(filepath.Join(c.DataDir, "postmaster.pid")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("after Stop, postmaster.pid: err = %v, want %v (server stopped)", err, fs.ErrNotExist)
	}
}

func TestStartErrorIncludesServerLog(t *testing.T) {
	_, err := StartWithOptions(Options{Settings: map[string]string{"shared_buffers": "banana"}})
	if err == nil {
		t.Fatal("StartWithOptions with shared_buffers=banana succeeded, want error")
	}
	if got, want := err.Error(), `invalid value for parameter "shared_buffers"`; !strings.Contains(got, want) {
		t.Errorf("error = %q, want it to contain %q", got, want)
	}
}

func TestInvalidSettings(t *testing.T) {
	for _, key := range []string{"port", "unix_socket_directories", "bad name", "x;rm"} {
		if _, err := StartWithOptions(Options{Settings: map[string]string{key: "1"}}); err == nil {
			t.Errorf("StartWithOptions with setting %q succeeded, want error", key)
		}
	}
}

func TestDatabaseName(t *testing.T) {
	for _, tc := range []struct {
		test string
		seq  uint64
		want string
	}{
		{"TestFoo", 1, "t_testfoo_1"},
		{"TestFoo/sub_case#01", 7, "t_testfoo_sub_case_01_7"},
		{"/", 3, "t_3"},
		{strings.Repeat("A", 100), 12345678901234567890, "t_" + strings.Repeat("a", 40) + "_12345678901234567890"},
	} {
		got := databaseName(tc.test, tc.seq)
		if got != tc.want {
			t.Errorf("databaseName(%q, %d) = %q, want %q", tc.test, tc.seq, got, tc.want)
		}
		if got, want := len(got), 63; got > want {
			t.Errorf("len(databaseName(%q)) = %d, want <= %d", tc.test, got, want)
		}
	}
}

func TestStopAfterServerKilled(t *testing.T) {
	c, err := Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Stop() })
	pid := readPostmasterPID(filepath.Join(c.DataDir, "postmaster.pid"))
	if pid <= 0 {
		t.Fatalf("postmaster pid = %d, want > 0", pid)
	}
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if err := c.Stop(); err != nil {
		t.Errorf("Stop after the server was killed = %v, want nil", err)
	}
	if _, err := os.Stat(c.Dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("after Stop, stat %s: err = %v, want %v", c.Dir, err, fs.ErrNotExist)
	}
}

// fakeTB records how Require ends a test.
type fakeTB struct {
	testing.TB
	outcome string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Skipf(format string, args ...any) {
	f.outcome = "skip"
	runtime.Goexit()
}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.outcome = "fatal"
	runtime.Goexit()
}

func TestRequireMissingBinaries(t *testing.T) {
	// Pretend the shared cluster failed to start for lack of binaries.
	shared.mu.Lock()
	savedCluster, savedErr := shared.cluster, shared.err
	shared.cluster, shared.err = nil, fmt.Errorf("%w: initdb not on PATH", ErrNoPostgres)
	shared.mu.Unlock()
	t.Cleanup(func() {
		shared.mu.Lock()
		shared.cluster, shared.err = savedCluster, savedErr
		shared.mu.Unlock()
	})

	for _, tc := range []struct{ env, want string }{
		{"", "fatal"},
		{"0", "fatal"},
		{"1", "skip"},
	} {
		t.Setenv(SkipEnv, tc.env)
		tb := &fakeTB{TB: t}
		done := make(chan struct{})
		go func() {
			defer close(done)
			Require(tb)
			tb.outcome = "returned"
		}()
		<-done
		if got, want := tb.outcome, tc.want; got != want {
			t.Errorf("%s=%q: Require outcome = %q, want %q", SkipEnv, tc.env, got, want)
		}
	}
}
