package ingest_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ingest"
	"github.com/brokercrm/crm/store"
)

// TestKillAndResume kills an import with SIGKILL in the middle, runs the
// same command again, and compares the outcome with one clean run of the
// same file on a database in the same starting state.
func TestKillAndResume(t *testing.T) {
	for _, d := range []string{dialect.SQLite, dialect.Postgres} {
		t.Run(d, func(t *testing.T) {
			killed, clean := crmtest.New(t, d), crmtest.New(t, d)
			path := writeFile(t, "trades.csv", resumeFile(newWorld(t, killed), 3000))

			cmd := exec.Command(os.Args[0], "-test.run=^TestImportSubprocess$")
			cmd.Env = append(os.Environ(), "INGEST_SUBPROCESS_URL="+killed.URL, "INGEST_SUBPROCESS_FILE="+path)
			cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			w := newWorld(t, killed)
			deadline := time.Now().Add(60 * time.Second)
			for w.count(t, "SELECT COALESCE(max(lines_done), 0) FROM import_jobs") < 600 {
				if time.Now().After(deadline) {
					_ = cmd.Process.Kill()
					t.Fatal("the import did not get going")
				}
				time.Sleep(10 * time.Millisecond)
			}
			if err := cmd.Process.Kill(); err != nil { // SIGKILL: no cleanup, maybe mid-transaction
				t.Fatal(err)
			}
			_ = cmd.Wait()
			done := w.count(t, "SELECT lines_done FROM import_jobs WHERE status = 'RUNNING'")
			if done == 0 || done >= 3000 {
				t.Fatalf("killed after %d of 3000 rows: not in the middle", done)
			}

			resumed := importFile(t, killed, ingest.Options{Kind: "TRADES", Path: path, ChunkRows: 100})
			if !resumed.Resumed {
				t.Error("the second run started a new job instead of resuming")
			}
			once := importFile(t, clean, ingest.Options{Kind: "TRADES", Path: path, ChunkRows: 100})
			resumed.JobID, once.JobID, resumed.Resumed = 0, 0, false
			if resumed != once {
				t.Errorf("summary after kill and resume %+v, after one clean run %+v", resumed, once)
			}
			for _, q := range []string{
				"SELECT trade_no, account_id, client_id, instrument_id, side, quantity, price, amount, commission, fees, traded_at FROM trades WHERE trade_no LIKE 'K%' ORDER BY trade_no",
				"SELECT r.line, r.reason, r.message FROM import_rejections r JOIN import_jobs j ON j.id = r.job_id WHERE j.status = 'SUCCEEDED' ORDER BY r.line",
				"SELECT client_id FROM metrics_marks ORDER BY client_id",
				"SELECT kind, status, lines_done, inserted, updated, unchanged, rejected FROM import_jobs",
			} {
				a, b := dump(t, killed.DB, q), dump(t, clean.DB, q)
				if !reflect.DeepEqual(a, b) {
					t.Errorf("%s\nafter kill and resume: %d rows, after one clean run: %d rows\n%s", q, len(a), len(b), firstDifference(a, b))
				}
			}
		})
	}
}

// TestImportSubprocess is the import TestKillAndResume kills: slow, so
// that it is still running when the kill comes.
func TestImportSubprocess(t *testing.T) {
	url := os.Getenv("INGEST_SUBPROCESS_URL")
	if url == "" {
		t.Skip("run by TestKillAndResume")
	}
	ctx := context.Background()
	db, err := store.Open(ctx, url, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = ingest.Run(ctx, db, ingest.Options{Kind: "TRADES", Path: os.Getenv("INGEST_SUBPROCESS_FILE"), ChunkRows: 100,
		Progress: func(ingest.Progress) { time.Sleep(30 * time.Millisecond) }})
	t.Fatalf("the import was not killed: %v", err)
}

// resumeFile is n trades, every 97th of them bad.
func resumeFile(w *world, n int) string {
	var b strings.Builder
	b.WriteString("trade_no,account_no,instrument_code,market,side,quantity,price,commission,traded_at\n")
	for i := range n {
		a, s := w.accounts[i%len(w.accounts)], w.instruments[i%len(w.instruments)]
		qty := strconv.Itoa((1 + i%9) * 100)
		if i%97 == 0 {
			qty = "-1"
		}
		fmt.Fprintf(&b, "K%06d,%s,%s,%s,%s,%s,%d.%02d,5,2026-06-%02d 10:%02d:%02d\n", i, a, s.code, s.market,
			[]string{"BUY", "SELL"}[i%2], qty, 1+i%50, i%100, 1+i%28, i%60, i%59)
	}
	return b.String()
}

func dump(t *testing.T, db *store.DB, q string) [][]string {
	t.Helper()
	rows, err := db.SQL.QueryContext(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out [][]string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		row := make([]string, len(cols))
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				v = string(b)
			}
			row[i] = fmt.Sprint(v)
		}
		out = append(out, row)
	}
	return out
}

func firstDifference(a, b [][]string) string {
	for i := range min(len(a), len(b)) {
		if !reflect.DeepEqual(a[i], b[i]) {
			return fmt.Sprintf("row %d: %v vs %v", i, a[i], b[i])
		}
	}
	return "one is a prefix of the other"
}
