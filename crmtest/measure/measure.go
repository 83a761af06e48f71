// Package measure reports what the project's benchmarks measure, in the
// units the notes quote: latency percentiles in milliseconds, requests per
// second and the CPU time spent on each request.
package measure

import (
	"slices"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// Latency reports the p50 and p95 of took, which it sorts.
func Latency(b *testing.B, took []time.Duration) {
	b.ReportMetric(MS(Percentile(took, 50)), "p50-ms")
	b.ReportMetric(MS(Percentile(took, 95)), "p95-ms")
}

// Percentile is the p-th percentile of took, which it sorts.
func Percentile(took []time.Duration, p int) time.Duration {
	slices.Sort(took)
	return took[len(took)*p/100]
}

// MS is d in milliseconds, to the microsecond.
func MS(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// Throughput runs b.N calls of do, workers at a time, and reports the
// requests per second and the CPU time, user and system, this process
// spent on each: on a machine of few cores the second bounds the first.
func Throughput(b *testing.B, workers int, do func()) {
	var done atomic.Int64
	start, cpuStart := time.Now(), processCPU(b)
	var wg sync.WaitGroup
	next := make(chan struct{})
	for range workers {
		wg.Go(func() {
			for range next {
				do()
				done.Add(1)
			}
		})
	}
	for b.Loop() {
		next <- struct{}{}
	}
	close(next)
	wg.Wait()
	b.ReportMetric(float64(done.Load())/time.Since(start).Seconds(), "req/s")
	b.ReportMetric(MS(processCPU(b)-cpuStart)/float64(done.Load()), "cpu-ms/op")
}

// processCPU is the CPU time, user and system, this process has used.
func processCPU(b *testing.B) time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		b.Fatal(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}
