package httpapi

import (
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/brokercrm/crm/apperr"
)

// keyLimiter keeps one token bucket per API key: it refills at the key's
// rate per minute and holds a minute's worth of requests, so a partner may
// burst after a quiet spell but not exceed its rate over time.
type keyLimiter struct {
	mu      sync.Mutex
	buckets map[int]*rate.Limiter
}

func newKeyLimiter() *keyLimiter { return &keyLimiter{buckets: map[int]*rate.Limiter{}} }

// allow takes a token from the key's bucket, or says how long to wait for
// one.
func (l *keyLimiter) allow(keyID, perMinute int, now time.Time) (bool, time.Duration) {
	l.mu.Lock()
	b, ok := l.buckets[keyID]
	limit := rate.Limit(float64(perMinute) / 60)
	if !ok || b.Limit() != limit {
		b = rate.NewLimiter(limit, perMinute)
		l.buckets[keyID] = b
	}
	l.mu.Unlock()
	r := b.ReserveN(now, 1)
	if delay := r.DelayFrom(now); delay > 0 {
		r.CancelAt(now)
		return false, delay
	}
	return true, 0
}

// tooManyRequests answers 429 with Retry-After in whole seconds.
func tooManyRequests(w http.ResponseWriter, wait time.Duration) {
	secs := int(math.Ceil(wait.Seconds()))
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	writeError(w, http.StatusTooManyRequests,
		apperr.New(apperr.RateLimited, "the API key's rate limit is exceeded; retry after %d seconds", secs))
}
