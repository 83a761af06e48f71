package webhook

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/push"
	"github.com/brokercrm/crm/ent/salesorder"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/viewer"
)

// The events an endpoint may subscribe to.
const (
	OrderCreated = "order.created"
	OrderUpdated = "order.updated"
	PushCreated  = "push.created"
)

// Names lists the events, for validating a subscription.
func Names() []string { return []string{OrderCreated, OrderUpdated, PushCreated} }

// Known reports whether name is an event an endpoint may subscribe to.
func Known(name string) bool { return slices.Contains(Names(), name) }

// Event is something that happened to one client's data. A key hears of
// it only when it may see that client and holds Scope: the same test the
// API applies when the key reads the data itself.
type Event struct {
	ID         string // unique; partners de-duplicate on it
	Name       string // e.g. order.created
	OccurredAt time.Time
	ClientID   int
	Scope      viewer.Scope
	Data       any // marshalled as the payload's "data"
}

// Order is the "data" of order events.
type Order struct {
	ID        int               `json:"id"`
	ClientID  int               `json:"clientId"`
	ProductID int               `json:"productId"`
	AdvisorID *int              `json:"advisorId"`
	Amount    money.Decimal     `json:"amount"` // a decimal string, never a float
	Status    salesorder.Status `json:"status"`
	CreatedAt time.Time         `json:"createdAt"`
}

// Push is the "data" of push events. The message is left out: it is free
// text an advisor wrote, and a partner that needs it can read it through
// the API, where personal data is masked.
type Push struct {
	ID        int          `json:"id"`
	ClientID  int          `json:"clientId"`
	ProductID int          `json:"productId"`
	AdvisorID *int         `json:"advisorId"`
	Channel   push.Channel `json:"channel"`
	Status    push.Status  `json:"status"`
	CreatedAt time.Time    `json:"createdAt"`
}

// OrderEvent describes order o as event name (OrderCreated or
// OrderUpdated) at time at.
func OrderEvent(name string, o *ent.SalesOrder, at time.Time) (Event, error) {
	id, err := newEventID()
	if err != nil {
		return Event{}, err
	}
	return Event{
		ID: id, Name: name, OccurredAt: at.UTC(), ClientID: o.ClientID, Scope: viewer.OrdersRead,
		Data: Order{
			ID: o.ID, ClientID: o.ClientID, ProductID: o.ProductID, AdvisorID: o.AdvisorID,
			Amount: o.Amount, Status: o.Status, CreatedAt: o.CreatedAt.UTC(),
		},
	}, nil
}

// PushEvent describes push p as PushCreated at time at.
func PushEvent(p *ent.Push, at time.Time) (Event, error) {
	id, err := newEventID()
	if err != nil {
		return Event{}, err
	}
	return Event{
		ID: id, Name: PushCreated, OccurredAt: at.UTC(), ClientID: p.ClientID, Scope: viewer.ClientsRead,
		Data: Push{
			ID: p.ID, ClientID: p.ClientID, ProductID: p.ProductID, AdvisorID: p.AdvisorID,
			Channel: p.Channel, Status: p.Status, CreatedAt: p.CreatedAt.UTC(),
		},
	}, nil
}

// Payload is the body POSTed to endpoints.
func (e Event) Payload() ([]byte, error) {
	b, err := json.Marshal(struct {
		ID         string `json:"id"`
		Event      string `json:"event"`
		OccurredAt string `json:"occurredAt"`
		Data       any    `json:"data"`
	}{e.ID, e.Name, e.OccurredAt.UTC().Format(time.RFC3339), e.Data})
	if err != nil {
		return nil, fmt.Errorf("marshal %s payload: %w", e.Name, err)
	}
	return b, nil
}

func newEventID() (string, error) {
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("event id: %w", err)
	}
	return hex.EncodeToString(b), nil
}
