// Package tune holds the runtime settings the server runs with, so that
// benchmarks measure the server as it is deployed.
package tune

import (
	"os"
	"runtime/debug"
)

// GCPercent is the server's garbage collector target: the heap may grow
// to nine times the live data before a collection. A request allocates
// much short-lived data (GraphQL fields, rows), and the live heap of a
// serving process is small, so collecting rarely is cheap in memory and
// buys requests: on the client page (BenchmarkClient360/concurrent-32),
// 100 → 300 gave about 15% more requests per second and 300 → 800 another
// 7%. MemoryLimit bounds the growth.
const GCPercent = 800

// MemoryLimit is the soft memory limit that bounds the growth GCPercent
// allows: past it the collector runs as often as it must.
const MemoryLimit = 2 << 30

// GC applies GCPercent and MemoryLimit, unless GOGC or GOMEMLIMIT in the
// environment say otherwise.
func GC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(GCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(MemoryLimit)
	}
}
