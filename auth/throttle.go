package auth

import (
	"sync"
	"time"

	"github.com/brokercrm/crm/apperr"
)

// Throttle limits failed logins: after MaxPerUser failures for one
// username, or MaxPerIP from one address, within Window, further attempts
// are refused until the oldest failure leaves the window — even with the
// right password, so guessing cannot go on by luck. A success clears the
// username's failures.
type Throttle struct {
	MaxPerUser int
	MaxPerIP   int
	Window     time.Duration

	mu       sync.Mutex
	failures map[string][]time.Time // "u:" + username or "ip:" + address
}

// NewThrottle returns the default policy: 5 failures per username and 20
// per address in 15 minutes.
func NewThrottle() *Throttle {
	return &Throttle{MaxPerUser: 5, MaxPerIP: 20, Window: 15 * time.Minute}
}

// Check refuses an attempt while either key is over its limit.
func (t *Throttle) Check(username, ip string, now time.Time) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	wait := max(t.blocked("u:"+username, t.MaxPerUser, now), t.blocked("ip:"+ip, t.MaxPerIP, now))
	if wait > 0 {
		return apperr.New(apperr.RateLimited,
			"too many failed logins; try again in %d seconds", int(wait.Seconds())+1)
	}
	return nil
}

// Fail records a failed attempt.
func (t *Throttle) Fail(username, ip string, now time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.failures == nil {
		t.failures = map[string][]time.Time{}
	}
	if len(t.failures) > maxTracked {
		t.forgetOld(now) // a spray of addresses must not grow the map forever
	}
	for _, k := range []string{"u:" + username, "ip:" + ip} {
		t.failures[k] = append(t.recent(k, now), now)
	}
}

// Succeed clears the username's failures.
func (t *Throttle) Succeed(username string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.failures, "u:"+username)
}

// blocked is how long key stays refused, or 0.
func (t *Throttle) blocked(key string, limit int, now time.Time) time.Duration {
	recent := t.recent(key, now)
	if len(recent) < limit {
		return 0
	}
	return recent[len(recent)-limit].Add(t.Window).Sub(now)
}

// recent drops failures older than the window, and the key when none remain.
func (t *Throttle) recent(key string, now time.Time) []time.Time {
	times := t.failures[key]
	i := 0
	for i < len(times) && now.Sub(times[i]) >= t.Window {
		i++
	}
	if i == len(times) {
		delete(t.failures, key)
		return nil
	}
	t.failures[key] = times[i:]
	return times[i:]
}

// maxTracked is how many usernames and addresses are kept before the ones
// whose failures have all left the window are dropped.
const maxTracked = 100_000

func (t *Throttle) forgetOld(now time.Time) {
	for k, times := range t.failures {
		if now.Sub(times[len(times)-1]) >= t.Window {
			delete(t.failures, k)
		}
	}
}
