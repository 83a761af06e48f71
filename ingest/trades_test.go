package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ingest"
)

func TestTradesImport(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := context.Background()
		w := newWorld(t, env)
		var b strings.Builder
		b.WriteString("trade_no,account_no,instrument_code,market,side,quantity,price,commission,fees,traded_at,channel\n")
		for i := range 30 {
			a := w.accounts[i%len(w.accounts)]
			s := w.instruments[i%len(w.instruments)]
			fmt.Fprintf(&b, "X%05d,%s,%s,%s,%s,%d00,12.34,5,0.01,2026-06-%02d 10:%02d:00,APP\n",
				i, a, s.code, s.market, []string{"BUY", "S"}[i%2], i+1, 1+i%28, i%60)
		}
		path := writeFile(t, "trades.csv", b.String())
		first := importFile(t, env, ingest.Options{Kind: "TRADES", Path: path, ChunkRows: 7})
		if first.Inserted != 30 || first.Rejected != 0 || first.Lines != 30 {
			t.Fatalf("first import: %+v", first)
		}
		again := importFile(t, env, ingest.Options{Kind: "TRADES", Path: path, ChunkRows: 7})
		if again.Unchanged != 30 || again.Inserted+again.Updated != 0 {
			t.Fatalf("re-import: %+v", again)
		}
		corrected := strings.Replace(b.String(), "X00003,", "X00003,", 1)
		corrected = strings.Replace(corrected, ",300,12.34,", ",300,12.35,", 1)
		fixed := importFile(t, env, ingest.Options{Kind: "TRADES", Path: writeFile(t, "fixed.csv", corrected), ChunkRows: 7})
		if fixed.Updated != 1 || fixed.Unchanged != 29 {
			t.Fatalf("corrected import: %+v", fixed)
		}
		var price int64
		if err := env.DB.SQL.QueryRowContext(ctx, w.q("SELECT price FROM trades WHERE trade_no = ?"), "X00002").Scan(&price); err != nil {
			t.Fatal(err)
		}
		if price != 123_500 {
			t.Fatalf("price of the corrected trade = %d, want 123500 (12.35)", price)
		}
	})
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func importFile(t *testing.T, env *crmtest.Env, opts ingest.Options) ingest.Summary {
	t.Helper()
	s, err := ingest.Run(context.Background(), env.DB, opts)
	if err != nil {
		t.Fatalf("import %s: %v", opts.Path, err)
	}
	return s
}
