package webhook_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/apikey"
	"github.com/brokercrm/crm/ent/webhookdelivery"
	"github.com/brokercrm/crm/viewer"
	"github.com/brokercrm/crm/webhook"
)

// clock is a fake Now that the tests move by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

// partner is an httptest endpoint that verifies each delivery against the
// fake clock and answers with the status reply picks.
type partner struct {
	mu       sync.Mutex
	secret   string
	clock    *clock
	reply    func(n int, w http.ResponseWriter, r *http.Request)
	requests []*http.Request
	bodies   [][]byte
	verify   []error
}

func (p *partner) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	p.mu.Lock()
	p.requests = append(p.requests, r)
	p.bodies = append(p.bodies, body)
	p.verify = append(p.verify, webhook.Verify(p.secret, r.Header, body, p.clock.Now(), time.Minute))
	n := len(p.requests)
	p.mu.Unlock()
	p.reply(n, w, r)
}

func (p *partner) count() int { p.mu.Lock(); defer p.mu.Unlock(); return len(p.requests) }

// dispatchEnv is a fixture with one partner endpoint and one pending
// delivery to it, due at the clock's start.
type dispatchEnv struct {
	*fixture
	partner  *partner
	server   *httptest.Server
	endpoint *ent.WebhookEndpoint
	delivery *ent.WebhookDelivery
	clock    *clock
	logs     *bytes.Buffer
	d        *webhook.Dispatcher
}

func newDispatchEnv(t *testing.T, env *crmtest.Env, reply func(n int, w http.ResponseWriter, r *http.Request)) *dispatchEnv {
	t.Helper()
	f := newFixture(t, env)
	e := &dispatchEnv{fixture: f, clock: &clock{}, logs: &bytes.Buffer{}}
	e.partner = &partner{clock: e.clock, reply: reply}
	e.server = httptest.NewServer(e.partner)
	t.Cleanup(e.server.Close)
	e.endpoint = f.endpoint(t, f.key(t, f.manager, []viewer.Scope{viewer.OrdersRead}), e.server.URL, true, webhook.OrderCreated)
	e.partner.secret = e.endpoint.Secret
	f.order(t, "2500")
	var err error
	if e.delivery, err = f.client.WebhookDelivery.Query().Only(sys()); err != nil {
		t.Fatal(err)
	}
	e.clock.Set(e.delivery.NextAttemptAt.Add(time.Second))
	e.d = &webhook.Dispatcher{
		Client: f.client,
		HTTP:   e.server.Client(),
		Now:    e.clock.Now,
		Logger: slog.New(slog.NewTextHandler(e.logs, nil)),
	}
	return e
}

// pass runs one DeliverDue and checks how many attempts it made.
func (e *dispatchEnv) pass(t *testing.T, want int) {
	t.Helper()
	n, err := e.d.DeliverDue(context.Background())
	if err != nil {
		t.Fatalf("DeliverDue: %v", err)
	}
	if n != want {
		t.Fatalf("DeliverDue at %s made %d attempts; want %d", e.clock.Now().Format(time.RFC3339), n, want)
	}
}

func (e *dispatchEnv) reload(t *testing.T) *ent.WebhookDelivery {
	t.Helper()
	d, err := e.client.WebhookDelivery.Get(sys(), e.delivery.ID)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func status(code int, body string) func(int, http.ResponseWriter, *http.Request) {
	return func(_ int, w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(code)
		_, _ = io.WriteString(w, body)
	}
}

// within reports whether d is in [lo, hi], give or take the microsecond
// PostgreSQL rounds times to.
func within(d, lo, hi time.Duration) bool {
	return d >= lo-time.Millisecond && d <= hi+time.Millisecond
}

func TestDeliverRetriesThenSucceeds(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		e := newDispatchEnv(t, env, func(n int, w http.ResponseWriter, r *http.Request) {
			if n <= 2 {
				status(http.StatusInternalServerError, "boom")(n, w, r)
				return
			}
			w.WriteHeader(http.StatusOK)
		})

		// The default backoff: 30s, then 60s, less up to a tenth.
		for attempt, base := range []time.Duration{30 * time.Second, 60 * time.Second} {
			at := e.clock.Now()
			e.pass(t, 1)
			d := e.reload(t)
			if d.Status != webhookdelivery.StatusPENDING || d.Attempts != attempt+1 {
				t.Fatalf("after attempt %d: status, attempts = %s, %d; want PENDING, %d", attempt+1, d.Status, d.Attempts, attempt+1)
			}
			if d.LastStatusCode == nil || *d.LastStatusCode != 500 || d.LastError != "HTTP 500: boom" {
				t.Errorf("after attempt %d: last status, error = %v, %q; want 500, \"HTTP 500: boom\"", attempt+1, d.LastStatusCode, d.LastError)
			}
			if wait := d.NextAttemptAt.Sub(at); !within(wait, base-base/10, base) {
				t.Errorf("after attempt %d: next attempt in %s; want %s less up to a tenth", attempt+1, wait, base)
			}
			e.clock.Set(d.NextAttemptAt.Add(-time.Second))
			e.pass(t, 0) // not yet due
			e.clock.Set(d.NextAttemptAt)
		}
		e.pass(t, 1)

		d := e.reload(t)
		if d.Status != webhookdelivery.StatusSUCCEEDED || d.Attempts != 3 {
			t.Errorf("status, attempts = %s, %d; want SUCCEEDED, 3", d.Status, d.Attempts)
		}
		if d.DeliveredAt == nil || !d.DeliveredAt.Equal(e.clock.Now()) {
			t.Errorf("delivered at %v; want %v", d.DeliveredAt, e.clock.Now())
		}
		if d.LastStatusCode == nil || *d.LastStatusCode != 200 || d.LastError != "" {
			t.Errorf("last status, error = %v, %q; want 200, \"\"", d.LastStatusCode, d.LastError)
		}
		e.pass(t, 0) // delivered: never again

		if got := e.partner.count(); got != 3 {
			t.Fatalf("partner got %d requests; want 3", got)
		}
		for i, r := range e.partner.requests {
			if err := e.partner.verify[i]; err != nil {
				t.Errorf("request %d: Verify = %v", i+1, err)
			}
			if got := string(e.partner.bodies[i]); got != d.Payload {
				t.Errorf("request %d: body = %s; want the payload %s", i+1, got, d.Payload)
			}
			h := r.Header
			if h.Get("Content-Type") != "application/json" || h.Get(webhook.HeaderEvent) != webhook.OrderCreated ||
				h.Get(webhook.HeaderDelivery) != d.EventID || r.Method != http.MethodPost {
				t.Errorf("request %d: %s with headers %v; want a POST of order.created %s", i+1, r.Method, h, d.EventID)
			}
		}
		for _, want := range []string{"event=order.created", "status=SUCCEEDED", "http_status=500", "attempt=3"} {
			if !strings.Contains(e.logs.String(), want) {
				t.Errorf("logs lack %q:\n%s", want, e.logs)
			}
		}
	})
}

func TestDeliverFailsAfterMaxAttempts(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		e := newDispatchEnv(t, env, status(http.StatusServiceUnavailable, "down for maintenance"))
		e.d.MaxAttempts = 3
		e.d.Backoff = func(int) time.Duration { return time.Minute }
		for range 3 {
			e.pass(t, 1)
			e.clock.Set(e.clock.Now().Add(time.Minute))
		}
		e.pass(t, 0)

		d := e.reload(t)
		if d.Status != webhookdelivery.StatusFAILED || d.Attempts != 3 {
			t.Errorf("status, attempts = %s, %d; want FAILED, 3", d.Status, d.Attempts)
		}
		if d.LastStatusCode == nil || *d.LastStatusCode != 503 || !strings.Contains(d.LastError, "HTTP 503") {
			t.Errorf("last status, error = %v, %q; want 503, HTTP 503", d.LastStatusCode, d.LastError)
		}
		if d.DeliveredAt != nil {
			t.Errorf("delivered at %v; want never", d.DeliveredAt)
		}
		if got := e.partner.count(); got != 3 {
			t.Errorf("partner got %d requests; want 3", got)
		}
		if !strings.Contains(e.logs.String(), "level=ERROR") {
			t.Errorf("the final failure was not logged as an error:\n%s", e.logs)
		}
	})
}

func TestDeliverTimeout(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		e := newDispatchEnv(t, env, func(_ int, w http.ResponseWriter, r *http.Request) {
			select { // longer than the client waits
			case <-r.Context().Done():
			case <-time.After(10 * time.Second):
			}
		})
		e.d.HTTP = &http.Client{Timeout: 200 * time.Millisecond}
		e.pass(t, 1)
		d := e.reload(t)
		if d.Status != webhookdelivery.StatusPENDING || d.Attempts != 1 || d.LastStatusCode != nil {
			t.Errorf("status, attempts, last status = %s, %d, %v; want PENDING, 1, none", d.Status, d.Attempts, d.LastStatusCode)
		}
		if !strings.Contains(d.LastError, "Timeout") {
			t.Errorf("last error = %q; want a timeout", d.LastError)
		}
		if !d.NextAttemptAt.After(e.clock.Now()) {
			t.Errorf("next attempt at %v; want after %v", d.NextAttemptAt, e.clock.Now())
		}
	})
}

func TestDeliverRefused(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		e := newDispatchEnv(t, env, status(http.StatusOK, ""))
		e.server.Close() // nothing listens any more
		e.pass(t, 1)
		d := e.reload(t)
		if d.Status != webhookdelivery.StatusPENDING || d.Attempts != 1 || !strings.Contains(d.LastError, "refused") {
			t.Errorf("status, attempts, last error = %s, %d, %q; want PENDING, 1, connection refused", d.Status, d.Attempts, d.LastError)
		}
	})
}

// TestDeliverAfterRevocation checks that a key revoked after the event no
// longer hears of it.
func TestDeliverAfterRevocation(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		e := newDispatchEnv(t, env, status(http.StatusOK, ""))
		err := e.client.APIKey.Update().Where(apikey.ID(e.endpoint.APIKeyID)).SetRevokedAt(e.clock.Now()).Exec(sys())
		if err != nil {
			t.Fatal(err)
		}
		e.pass(t, 1)
		d := e.reload(t)
		if d.Status != webhookdelivery.StatusFAILED || d.Attempts != 0 || d.LastError != "API key revoked" {
			t.Errorf("status, attempts, last error = %s, %d, %q; want FAILED, 0, API key revoked", d.Status, d.Attempts, d.LastError)
		}
		if got := e.partner.count(); got != 0 {
			t.Errorf("partner got %d requests; want none", got)
		}
	})
}

func TestDefaultBackoff(t *testing.T) {
	for _, c := range []struct {
		attempt int
		base    time.Duration
	}{{1, 30 * time.Second}, {2, time.Minute}, {3, 2 * time.Minute}, {10, 512 * 30 * time.Second}, {11, 6 * time.Hour}, {100, 6 * time.Hour}} {
		for range 20 {
			if got := webhook.DefaultBackoff(c.attempt); got > c.base || got < c.base-c.base/10 {
				t.Errorf("DefaultBackoff(%d) = %s; want %s less up to a tenth", c.attempt, got, c.base)
			}
		}
	}
}

func TestRun(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		e := newDispatchEnv(t, env, status(http.StatusNoContent, ""))
		e.d.Interval = 10 * time.Millisecond
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- e.d.Run(ctx) }()
		deadline := time.Now().Add(5 * time.Second)
		for e.reload(t).Status == webhookdelivery.StatusPENDING && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run = %v; want nil after cancel", err)
		}
		if d := e.reload(t); d.Status != webhookdelivery.StatusSUCCEEDED || d.Attempts != 1 {
			t.Errorf("status, attempts = %s, %d; want SUCCEEDED, 1", d.Status, d.Attempts)
		}
	})
}
