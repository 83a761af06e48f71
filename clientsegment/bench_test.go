package clientsegment_test

import (
	"context"
	"encoding/json"
	"os"
	"testing"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/clientsegment"
	"github.com/brokercrm/crm/crmtest/measure"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/segment"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/viewer"
)

// tenConditions is the segment of the benchmarks: ten conditions over the
// client's own fields, computed dimensions of five groups and tags.
const tenConditions = `{"op": "AND", "rules": [
  {"op": "EQ", "dimension": "status", "value": "NORMAL"},
  {"op": "BETWEEN", "dimension": "age", "values": [30, 60]},
  {"op": "GE", "dimension": "total_assets", "value": "500000"},
  {"op": "IN", "dimension": "risk_category", "values": ["C3", "C4", "C5"]},
  {"op": "GE", "dimension": "trades_90d", "value": 1},
  {"op": "WITHIN_LAST", "dimension": "last_trade_on", "value": {"amount": 90, "unit": "DAY"}},
  {"op": "GT", "dimension": "net_inflow_365d", "value": "0"},
  {"op": "BETWEEN", "dimension": "position_ratio", "values": ["20", "95"]},
  {"op": "IN", "dimension": "channel", "values": ["APP", "ONLINE", "BRANCH"]},
  {"op": "NOT", "rules": [{"op": "HAS_TAG", "dimension": "tags", "value": "已流失"}]}
]}`

// BenchmarkLiveCount counts the ten-condition segment on the database of
// CRM_BENCH_DATABASE_URL (the 1M-client demo, metrics refreshed) as head
// office (every client) and as an advisor (their own), and pages its
// first 20 members; it reports p50 and p95.
func BenchmarkLiveCount(b *testing.B) {
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
	var rule segment.Rule
	if err := json.Unmarshal([]byte(tenConditions), &rule); err != nil {
		b.Fatal(err)
	}
	for _, login := range []string{"hq1", "advisor1"} {
		u, err := db.Client.User.Query().Where(user.Username(login)).Only(privacy.DecisionContext(ctx, privacy.Allow))
		if err != nil {
			b.Fatal(err)
		}
		as := viewer.NewContext(ctx, auth.ViewerOf(u))
		cat, err := clientsegment.Load(as, db.Client, time.Now())
		if err != nil {
			b.Fatal(err)
		}
		for _, what := range []string{"count", "first page"} {
			b.Run(login+"/"+what, func(b *testing.B) {
				var took []time.Duration
				n := 0
				for b.Loop() {
					start := time.Now()
					q, err := clientsegment.Members(db.Client, cat, rule, time.Now())
					if err != nil {
						b.Fatal(err)
					}
					if what == "count" {
						n, err = q.Count(as)
					} else {
						var page []int
						page, err = q.Order(func(s *sql.Selector) { s.OrderBy(s.C("id")) }).Limit(20).IDs(as)
						n = len(page)
					}
					if err != nil {
						b.Fatal(err)
					}
					took = append(took, time.Since(start))
				}
				measure.Latency(b, took)
				b.ReportMetric(float64(n), "clients")
			})
		}
	}
}
