package refresh_test

import (
	"context"
	"os"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/clientmetrics/refresh"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/store/bulk"
)

// BenchmarkMetricsRefresh times a full refresh of every client of the
// database of CRM_BENCH_DATABASE_URL (the 1M-client demo), and a refresh
// of 10,000 clients marked as changed at random. It reports the seconds
// of one refresh and clients/s.
func BenchmarkMetricsRefresh(b *testing.B) {
	url := os.Getenv("CRM_BENCH_DATABASE_URL")
	if url == "" {
		b.Skip("CRM_BENCH_DATABASE_URL is not set")
	}
	ctx := context.Background()
	db, err := store.Open(ctx, url, store.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	b.Run("full", func(b *testing.B) {
		var last refresh.Result
		for b.Loop() {
			if last, err = refresh.Full(ctx, db, refresh.Options{}); err != nil {
				b.Fatal(err)
			}
		}
		report(b, last)
	})
	b.Run("changed-10k", func(b *testing.B) {
		var last refresh.Result
		for b.Loop() {
			b.StopTimer()
			mark10k(b, db)
			b.StartTimer()
			if last, err = refresh.Changed(ctx, db, refresh.Options{}); err != nil {
				b.Fatal(err)
			}
			if last.Clients < 10_000 {
				b.Fatalf("refreshed %d clients, marked 10,000", last.Clients)
			}
		}
		report(b, last)
	})
}

// mark10k marks 10,000 clients picked at random as changed a minute ago.
func mark10k(b *testing.B, db *store.DB) {
	q := "INSERT INTO metrics_marks (client_id, marked_at) SELECT id, ? FROM customers ORDER BY random() LIMIT 10000 " +
		"ON CONFLICT (client_id) DO UPDATE SET marked_at = excluded.marked_at"
	if db.Dialect == dialect.Postgres {
		q = bulk.Numbered(q)
	}
	_, err := db.SQL.Exec(q, time.Now().Add(-time.Minute))
	if err != nil {
		b.Fatal(err)
	}
}

func report(b *testing.B, r refresh.Result) {
	b.ReportMetric(r.Took.Seconds(), "s/refresh")
	b.ReportMetric(float64(r.Clients)/r.Took.Seconds(), "clients/s")
	b.ReportMetric(float64(r.Clients), "clients")
}
