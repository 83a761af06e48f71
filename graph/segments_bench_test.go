package graph_test

import (
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest/measure"
)

// tenConditions is the segment of the live-count benchmarks: ten
// conditions over the client's own fields, computed dimensions of five
// groups, and tags.
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

// BenchmarkSegmentLiveCount measures, through the API, the segment
// editor's live count of a ten-condition segment (segmentCount) and its
// first page of 20 members (segmentMembers), as head office (every
// client) and as advisor1 (their own); p50 and p95. Run it on the
// 1M-client database with metrics refreshed (CRM_BENCH_DATABASE_URL).
func BenchmarkSegmentLiveCount(b *testing.B) {
	env, password := benchEnv(b)
	for _, who := range []string{"hq1", "advisor1"} {
		token := login(b, env, who, password)
		for name, query := range map[string]string{
			"count":      `query($r: String!) { segmentCount(rule: $r) }`,
			"first-page": `query($r: String!) { segmentMembers(rule: $r, first: 20) { edges { node { id clientNo name } } } }`,
		} {
			b.Run(who+"/"+name, func(b *testing.B) {
				var took []time.Duration
				for b.Loop() {
					start := time.Now()
					env.Do(b, token, query, map[string]any{"r": tenConditions}).Decode(b, &struct{}{})
					took = append(took, time.Since(start))
				}
				measure.Latency(b, took)
			})
		}
	}
}
