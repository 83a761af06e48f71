package floor_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest/measure"
	"github.com/brokercrm/crm/graph/floor"
	"github.com/brokercrm/crm/tune"
)

const recorded = "testdata/client360.json"

// serve is the replica's handler and the page's query for the recorded
// client, as a request body.
func serve(tb testing.TB) (http.Handler, []byte) {
	c, err := floor.Load(recorded)
	if err != nil {
		tb.Fatal(err)
	}
	query, err := os.ReadFile("../testdata/client360.graphql")
	if err != nil {
		tb.Fatal(err)
	}
	body, _ := json.Marshal(map[string]any{"query": string(query), "variables": map[string]any{"id": c.ID}})
	return floor.NewHandler(c), body
}

func post(h http.Handler, body []byte) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// The replica answers the page's query with the recorded response, field
// for field: it does the work the real server's gqlgen does, no less.
func TestReplicaAnswersAsRecorded(t *testing.T) {
	h, body := serve(t)
	want, err := os.ReadFile(recorded)
	if err != nil {
		t.Fatal(err)
	}
	var expected any
	if err := json.Unmarshal(want, &expected); err != nil {
		t.Fatal(err)
	}
	for range 2 { // parsed, then from the query cache
		rec := post(h, body)
		var got any
		if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
			t.Fatal(rec.Code, err)
		}
		if rec.Code != http.StatusOK || !reflect.DeepEqual(got, expected) {
			t.Fatalf("%d %s", rec.Code, rec.Body.String())
		}
	}
}

// BenchmarkFloor360 is BenchmarkClient360 (graph) without a database:
// single, one request at a time (p50, p95); concurrent-32, 32 at a time
// (requests per second and CPU time per request).
func BenchmarkFloor360(b *testing.B) {
	tune.GC() // as the server runs
	h, body := serve(b)
	do := func() error {
		if rec := post(h, body); rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) {
			return fmt.Errorf("%d %s", rec.Code, rec.Body.String())
		}
		return nil
	}
	b.Run("single", func(b *testing.B) {
		var took []time.Duration
		for b.Loop() {
			start := time.Now()
			if err := do(); err != nil {
				b.Fatal(err)
			}
			took = append(took, time.Since(start))
		}
		measure.Latency(b, took)
	})
	b.Run("concurrent-32", func(b *testing.B) {
		measure.Throughput(b, 32, func() {
			if err := do(); err != nil {
				b.Error(err)
			}
		})
	})
}
