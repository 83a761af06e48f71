package ingest_test

import (
	"bufio"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/metrics"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/ingest"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/tune"
)

// BenchmarkImportTrades imports CRM_BENCH_IMPORT_ROWS (default 10M) new
// trades of the accounts in the database at CRM_BENCH_DATABASE_URL (the
// 1M-client demo), then COPYs the same file into a bare table with psql,
// and reports both rates, their ratio and the peak Go heap during the
// import. On SQLite (a sqlite: URL) there is no COPY to compare with. The
// trades it adds are deleted afterwards.
//
//	CRM_BENCH_DATABASE_URL=… go test -run XXX -bench BenchmarkImportTrades -benchtime 1x ./ingest/
func BenchmarkImportTrades(b *testing.B) {
	url := os.Getenv("CRM_BENCH_DATABASE_URL")
	if url == "" {
		b.Skip("CRM_BENCH_DATABASE_URL is not set")
	}
	rows := 10_000_000
	if s := os.Getenv("CRM_BENCH_IMPORT_ROWS"); s != "" {
		rows, _ = strconv.Atoi(s)
	}
	tune.GC()
	ctx := context.Background()
	db, err := store.Open(ctx, url, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	prefix := fmt.Sprintf("B%d-", time.Now().Unix())
	path := filepath.Join(b.TempDir(), "trades.csv")
	if err := writeTradesFile(ctx, db, path, prefix, rows); err != nil {
		b.Fatal(err)
	}
	defer cleanUpTrades(b, db, prefix)
	b.ResetTimer()
	for range b.N {
		peak := watchHeap()
		start := time.Now()
		s, err := ingest.Run(ctx, db, ingest.Options{Kind: "TRADES", Path: path})
		took := time.Since(start)
		heap := peak()
		if err != nil {
			b.Fatal(err)
		}
		if s.Inserted != rows {
			b.Fatalf("inserted %d of %d: %+v", s.Inserted, rows, s)
		}
		importRate := float64(rows) / took.Seconds()
		b.ReportMetric(importRate, "rows/s")
		b.ReportMetric(float64(heap)/(1<<20), "peak-live-heap-MiB")
		if db.Dialect == dialect.Postgres {
			b.StopTimer()
			copyRate := float64(rows) / rawCopy(b, db, path).Seconds()
			b.StartTimer()
			b.ReportMetric(copyRate, "copy-rows/s")
			b.ReportMetric(100*importRate/copyRate, "%-of-copy")
		}
	}
}

// writeTradesFile writes rows trades of existing securities accounts.
func writeTradesFile(ctx context.Context, db *store.DB, path, prefix string, rows int) error {
	accounts, err := column(ctx, db, "SELECT account_no FROM accounts WHERE type = 'SECURITIES' AND status = 'NORMAL'")
	if err != nil {
		return err
	}
	codes, err := column(ctx, db, "SELECT code || ',' || market FROM instruments WHERE type = 'STOCK'")
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	fmt.Fprintln(w, "trade_no,account_no,instrument_code,market,side,quantity,price,amount,commission,fees,traded_at,channel")
	r := rand.New(rand.NewPCG(1, 2))
	day := time.Date(2026, 11, 27, 1, 30, 0, 0, time.UTC)
	for i := range rows {
		qty := (1 + r.IntN(50)) * 100
		cents := 100 + r.IntN(20_000)
		amount := qty * cents
		side := "BUY"
		if i%2 == 1 {
			side = "SELL"
		}
		fmt.Fprintf(w, "%s%d,%s,%s,%s,%d,%d.%02d,%d.%02d,%d.%02d,%d.%02d,%s,APP\n", prefix, i,
			accounts[r.IntN(len(accounts))], codes[r.IntN(len(codes))], side, qty, cents/100, cents%100,
			amount/100, amount%100, max(amount/40_000, 500)/100, max(amount/40_000, 500)%100, amount/100_000, amount/1000%100,
			day.Add(time.Duration(i%19800)*time.Second).Format("2006-01-02 15:04:05"))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

func column(ctx context.Context, db *store.DB, q string) ([]string, error) {
	rows, err := db.SQL.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// rawCopy times psql's \copy of the file into a table with the file's
// columns and no index or constraint.
func rawCopy(b *testing.B, db *store.DB, path string) time.Duration {
	ctx := context.Background()
	if _, err := db.SQL.ExecContext(ctx, `DROP TABLE IF EXISTS bench_bare_trades;
		CREATE TABLE bench_bare_trades (trade_no text, account_no text, instrument_code text, market text, side text,
		quantity numeric, price numeric, amount numeric, commission numeric, fees numeric, traded_at timestamp, channel text)`); err != nil {
		b.Fatal(err)
	}
	defer db.SQL.ExecContext(ctx, "DROP TABLE bench_bare_trades")
	start := time.Now()
	cmd := exec.Command("psql", os.Getenv("CRM_BENCH_DATABASE_URL"), "-v", "ON_ERROR_STOP=1", "-c",
		`\copy bench_bare_trades FROM '`+path+`' WITH (FORMAT csv, HEADER)`)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("psql \\copy: %v\n%s", err, out)
	}
	return time.Since(start)
}

// watchHeap samples the live Go heap (as of the last collection: what
// the program holds, not the garbage the collector has yet to free) until
// the returned function is called, which returns the largest sample.
func watchHeap() func() uint64 {
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() uint64 { close(done); return peak.Load() }
}

func cleanUpTrades(b *testing.B, db *store.DB, prefix string) {
	ctx := context.Background()
	q := "DELETE FROM trades WHERE trade_no LIKE $1"
	if db.Dialect != dialect.Postgres {
		q = "DELETE FROM trades WHERE trade_no LIKE ?"
	}
	if _, err := db.SQL.ExecContext(ctx, q, prefix+"%"); err != nil {
		b.Error(err)
	}
}
