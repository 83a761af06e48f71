package webhook_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/salesorder"
	"github.com/brokercrm/crm/webhook"
)

func signed(secret string, at time.Time, body []byte) http.Header {
	h := http.Header{}
	ts := at.Unix()
	h.Set(webhook.HeaderTimestamp, strconv.FormatInt(ts, 10))
	h.Set(webhook.HeaderSignature, webhook.Sign(secret, ts, body))
	return h
}

func TestVerify(t *testing.T) {
	const secret = "whsec-test"
	body := []byte(`{"id":"e1","event":"order.created"}`)
	now := time.Date(2026, 6, 30, 9, 0, 0, 0, time.UTC)

	t.Run("OK", func(t *testing.T) {
		if err := webhook.Verify(secret, signed(secret, now.Add(-time.Minute), body), body, now, 0); err != nil {
			t.Errorf("Verify = %v; want nil", err)
		}
		if got := webhook.Sign(secret, 1, body); !strings.HasPrefix(got, "sha256=") || len(got) != len("sha256=")+64 {
			t.Errorf("Sign = %q; want sha256= and 64 hex digits", got)
		}
	})
	cases := []struct {
		name   string
		header func() http.Header
		body   []byte
		want   error
	}{
		{"ErrBodyTampered", func() http.Header { return signed(secret, now, body) },
			[]byte(`{"id":"e1","event":"order.updated"}`), webhook.ErrBadSignature},
		{"ErrTimestampTampered", func() http.Header {
			h := signed(secret, now, body)
			h.Set(webhook.HeaderTimestamp, strconv.FormatInt(now.Unix()+1, 10))
			return h
		}, body, webhook.ErrBadSignature},
		{"ErrWrongSecret", func() http.Header { return signed("another", now, body) }, body, webhook.ErrBadSignature},
		{"ErrStale", func() http.Header { return signed(secret, now.Add(-6*time.Minute), body) }, body, webhook.ErrStaleTimestamp},
		{"ErrFuture", func() http.Header { return signed(secret, now.Add(6*time.Minute), body) }, body, webhook.ErrStaleTimestamp},
		{"ErrNoHeaders", func() http.Header { return http.Header{} }, body, webhook.ErrNoSignature},
		{"ErrNotHex", func() http.Header {
			h := signed(secret, now, body)
			h.Set(webhook.HeaderSignature, "sha256=zz")
			return h
		}, body, webhook.ErrNoSignature},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := webhook.Verify(secret, c.header(), c.body, now, 5*time.Minute); !errors.Is(err, c.want) {
				t.Errorf("Verify = %v; want %v", err, c.want)
			}
		})
	}
}

// TestOrderPayload checks the payload's shape without a database: amounts
// are decimal strings, never floats.
func TestOrderPayload(t *testing.T) {
	advisor := 7
	o := &ent.SalesOrder{
		ID: 42, ClientID: 3, ProductID: 5, AdvisorID: &advisor, Amount: mustDecimal(t, "1234567.89"),
		Status: salesorder.StatusPENDING, CreatedAt: time.Date(2026, 6, 30, 1, 2, 3, 0, time.UTC),
	}
	at := time.Date(2026, 6, 30, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))
	ev, err := webhook.OrderEvent(webhook.OrderCreated, o, at)
	if err != nil {
		t.Fatal(err)
	}
	b, err := ev.Payload()
	if err != nil {
		t.Fatal(err)
	}
	var p map[string]any
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatal(err)
	}
	data, _ := p["data"].(map[string]any)
	if got, want := data["amount"], any("1234567.8900"); got != want {
		t.Errorf("amount = %#v; want %#v", got, want)
	}
	if got, want := p["occurredAt"], any("2026-06-30T01:30:00Z"); got != want {
		t.Errorf("occurredAt = %#v; want %#v", got, want)
	}
	if id, _ := p["id"].(string); id != ev.ID || len(id) != 32 {
		t.Errorf("id = %q; want the event's 32 hex digits %q", id, ev.ID)
	}
	if got, want := p["event"], any(webhook.OrderCreated); got != want {
		t.Errorf("event = %#v; want %#v", got, want)
	}
	if data["clientId"] != float64(3) || data["productId"] != float64(5) || data["id"] != float64(42) {
		t.Errorf("data = %v; want id 42, clientId 3, productId 5", data)
	}
	other, _ := webhook.OrderEvent(webhook.OrderCreated, o, at)
	if other.ID == ev.ID {
		t.Errorf("two events share id %s", ev.ID)
	}
}
