package webhook

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/webhookdelivery"
)

// Dispatcher sends pending deliveries and retries failed ones with backoff.
// Every field but Client has a default. Several dispatchers (one per
// server) may run on one database: each delivery is claimed before it is
// sent. Delivery is at least once and unordered; partners de-duplicate on
// X-CRM-Delivery.
type Dispatcher struct {
	Client *ent.Client
	// HTTP sends the requests (default: public addresses only, 10s timeout, redirects not
	// followed, since a redirected POST would arrive as a GET).
	HTTP *http.Client
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Logger records every attempt (default slog.Default()).
	Logger *slog.Logger
	// MaxAttempts is how many failed attempts make a delivery FAILED
	// (default 10).
	MaxAttempts int
	// Backoff is the wait after the attempt-th failed attempt (default
	// DefaultBackoff).
	Backoff func(attempt int) time.Duration
	// Interval is how often Run looks for due deliveries (default 5s).
	Interval time.Duration
}

const (
	// batchSize is how many due deliveries one pass takes, oldest first.
	batchSize = 100
	// parallel is how many requests a pass has in flight, so that one
	// slow endpoint does not hold up everyone else's events.
	parallel = 4
	// requestTimeout bounds a request even when HTTP has no timeout, so
	// that it ends before its claim does.
	requestTimeout = 30 * time.Second
	// claimFor is how long a claimed delivery is hidden from other
	// dispatchers; if this one dies mid-request it is retried after that.
	claimFor = 5 * time.Minute
	// maxErrorLen is the length of the last_error column.
	maxErrorLen = 1000
)

// DefaultBackoff waits 30s·2^(attempt-1), at most 6h, less up to a tenth
// so that deliveries which failed together (an endpoint was down) do not
// all retry in the same second.
func DefaultBackoff(attempt int) time.Duration {
	const base, ceiling = 30 * time.Second, 6 * time.Hour
	d := ceiling
	if attempt < 1 {
		attempt = 1
	}
	if attempt <= 20 { // beyond, the shift overflows; it is capped anyway
		d = min(base<<(attempt-1), ceiling)
	}
	return d - jitter(d/10)
}

// jitter is a random duration in [0, upTo).
func jitter(upTo time.Duration) time.Duration {
	if upTo <= 0 {
		return 0
	}
	return rand.N(upTo)
}

// Run delivers due deliveries every Interval until ctx is done; it returns
// nil then. A pass that found a full batch is followed at once by another.
func (d *Dispatcher) Run(ctx context.Context) error {
	if d.Client == nil {
		return errors.New("webhook: dispatcher has no Client")
	}
	for ctx.Err() == nil {
		n, err := d.DeliverDue(ctx)
		if err != nil && ctx.Err() == nil {
			d.logger().ErrorContext(ctx, "webhook dispatch", slog.Any("error", err))
		}
		if n == batchSize && err == nil {
			continue
		}
		select {
		case <-ctx.Done():
		case <-time.After(d.interval()):
		}
	}
	return nil
}

// DeliverDue makes one attempt at each of up to a batch of pending
// deliveries that are due, oldest first, and returns how many it made.
func (d *Dispatcher) DeliverDue(ctx context.Context) (int, error) {
	due, err := d.Client.WebhookDelivery.Query().
		Where(
			webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
			webhookdelivery.NextAttemptAtLTE(d.now()),
		).
		Order(webhookdelivery.ByNextAttemptAt(), webhookdelivery.ByID()).
		Limit(batchSize).
		WithEndpoint(func(q *ent.WebhookEndpointQuery) { q.WithAPIKey() }).
		All(system(ctx))
	if err != nil {
		return 0, fmt.Errorf("find due webhook deliveries: %w", err)
	}
	var (
		mu   sync.Mutex
		n    int
		errs []error
		wg   sync.WaitGroup
		sem  = make(chan struct{}, parallel)
	)
	for _, del := range due {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			made, err := d.attempt(ctx, del)
			mu.Lock()
			defer mu.Unlock()
			if made {
				n++
			}
			if err != nil {
				errs = append(errs, fmt.Errorf("delivery %d: %w", del.ID, err))
			}
		})
	}
	wg.Wait()
	return n, errors.Join(errs...)
}

// attempt claims del, sends it once and records the outcome. It reports
// whether it made the attempt: another dispatcher may have claimed it.
func (d *Dispatcher) attempt(ctx context.Context, del *ent.WebhookDelivery) (bool, error) {
	sys := system(ctx)
	now := d.now()
	// Whoever moves next_attempt_at forward first owns the attempt; the
	// others' conditional update then matches no row.
	claimed, err := d.Client.WebhookDelivery.Update().
		Where(
			webhookdelivery.ID(del.ID),
			webhookdelivery.StatusEQ(webhookdelivery.StatusPENDING),
			webhookdelivery.Attempts(del.Attempts),
			webhookdelivery.NextAttemptAtLTE(now),
		).
		SetNextAttemptAt(now.Add(claimFor)).
		Save(sys)
	if err != nil {
		return false, fmt.Errorf("claim: %w", err)
	}
	if claimed == 0 {
		return false, nil
	}
	ep := del.Edges.Endpoint
	if reason := stopReason(ep, now); reason != "" {
		// The partner's access ended after the event: it may no longer
		// hear of it. Nothing was sent, so no attempt is counted.
		d.log(ctx, del, del.Attempts, webhookdelivery.StatusFAILED, 0, errors.New(reason))
		err := d.Client.WebhookDelivery.UpdateOneID(del.ID).
			SetStatus(webhookdelivery.StatusFAILED).SetLastError(reason).Exec(sys)
		if err != nil {
			return true, fmt.Errorf("record %s: %w", reason, err)
		}
		return true, nil
	}
	attempts := del.Attempts + 1
	upd := d.Client.WebhookDelivery.UpdateOneID(del.ID).SetAttempts(attempts)
	code, sendErr := d.send(ctx, ep, del, now)
	if sendErr != nil && ctx.Err() != nil {
		// Shutting down is not the endpoint's fault: leave the attempt
		// unrecorded; the claim expires and it is made again.
		return true, ctx.Err()
	}
	done := d.now()
	status := webhookdelivery.StatusSUCCEEDED
	switch {
	case sendErr == nil:
		upd.SetStatus(status).SetDeliveredAt(done).SetLastError("")
	case attempts >= d.maxAttempts():
		status = webhookdelivery.StatusFAILED
		upd.SetStatus(status).SetLastError(truncate(sendErr.Error()))
	default:
		status = webhookdelivery.StatusPENDING
		upd.SetNextAttemptAt(done.Add(d.backoff(attempts))).SetLastError(truncate(sendErr.Error()))
	}
	if code != 0 {
		upd.SetLastStatusCode(code)
	} else {
		upd.ClearLastStatusCode()
	}
	d.log(ctx, del, attempts, status, code, sendErr)
	if err := upd.Exec(sys); err != nil {
		return true, fmt.Errorf("record attempt %d: %w", attempts, err)
	}
	return true, nil
}

// stopReason says why del may no longer be sent to ep, or "".
func stopReason(ep *ent.WebhookEndpoint, now time.Time) string {
	key := ep.Edges.APIKey
	switch {
	case !ep.Active:
		return "endpoint deactivated"
	case key.RevokedAt != nil:
		return "API key revoked"
	case key.ExpiresAt != nil && !key.ExpiresAt.After(now):
		return "API key expired"
	}
	return ""
}

// send POSTs del to ep signed at now, and returns the response status (0
// when there was none) and an error unless it was 2xx.
func (d *Dispatcher) send(ctx context.Context, ep *ent.WebhookEndpoint, del *ent.WebhookDelivery, now time.Time) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, requestTimeout)
	defer cancel()
	body := []byte(del.Payload)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ep.URL, bytes.NewReader(body))
	if err != nil {
		return 0, fmt.Errorf("build request: %w", err)
	}
	ts := now.Unix()
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(HeaderEvent, del.Event)
	req.Header.Set(HeaderDelivery, del.EventID)
	req.Header.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
	req.Header.Set(HeaderSignature, Sign(ep.Secret, ts, body))
	resp, err := d.http().Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	// The start of the body explains a failure; the rest is drained so the
	// connection can be reused.
	head, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp.StatusCode, fmt.Errorf("HTTP %d: %s", resp.StatusCode, bytes.TrimSpace(head))
	}
	return resp.StatusCode, nil
}

func (d *Dispatcher) log(ctx context.Context, del *ent.WebhookDelivery, attempt int, status webhookdelivery.Status, code int, err error) {
	level := slog.LevelInfo
	switch {
	case status == webhookdelivery.StatusFAILED:
		level = slog.LevelError
	case err != nil:
		level = slog.LevelWarn
	}
	attrs := []slog.Attr{
		slog.Int("endpoint", del.EndpointID),
		slog.String("event", del.Event),
		slog.String("event_id", del.EventID),
		slog.Int("attempt", attempt),
		slog.String("status", string(status)),
		slog.Int("http_status", code),
	}
	if err != nil {
		attrs = append(attrs, slog.String("error", err.Error()))
	}
	d.logger().LogAttrs(ctx, level, "webhook delivery", attrs...)
}

// truncate makes s fit last_error: valid UTF-8 without NUL bytes (which
// PostgreSQL refuses in text) and at most maxErrorLen bytes, cut on a
// character boundary. A partner's response body may hold anything.
func truncate(s string) string {
	s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "")
	if len(s) <= maxErrorLen {
		return s
	}
	cut := maxErrorLen
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

func (d *Dispatcher) now() time.Time {
	// UTC everywhere: SQLite compares the stored times as text.
	if d.Now != nil {
		return d.Now().UTC()
	}
	return time.Now().UTC()
}

func (d *Dispatcher) http() *http.Client {
	if d.HTTP != nil {
		return d.HTTP
	}
	return defaultHTTP
}

var defaultHTTP = PublicOnly(10 * time.Second)

func (d *Dispatcher) logger() *slog.Logger {
	if d.Logger != nil {
		return d.Logger
	}
	return slog.Default()
}

func (d *Dispatcher) maxAttempts() int {
	if d.MaxAttempts > 0 {
		return d.MaxAttempts
	}
	return 10
}

func (d *Dispatcher) backoff(attempt int) time.Duration {
	if d.Backoff != nil {
		return d.Backoff(attempt)
	}
	return DefaultBackoff(attempt)
}

func (d *Dispatcher) interval() time.Duration {
	if d.Interval > 0 {
		return d.Interval
	}
	return 5 * time.Second
}
