package webhook

import (
	"context"
	"errors"
	"fmt"
	"time"

	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/dialect/sql/sqljson"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/apikey"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/predicate"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/webhookendpoint"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// Principal returns the viewer an API key acts as: its owner, narrowed by
// the key's scopes and branch. It is called under the system decision. It
// returns nil (and no error) for a key that may not act, e.g. because its
// owner was disabled; an error fails the mutation that caused the event,
// so it is for failures such as a lost database connection.
type Principal func(ctx context.Context, key *ent.APIKey) (*viewer.Viewer, error)

// Outbox records events for the endpoints that may hear of them.
type Outbox struct {
	Principal Principal
}

// Enqueue writes one pending delivery of ev for each active endpoint
// subscribed to it whose key is live and may see ev's client. client
// should be the transaction that caused the event, so that the deliveries
// exist exactly when the change does.
func (o *Outbox) Enqueue(ctx context.Context, client *ent.Client, ev Event) error {
	if o.Principal == nil {
		return errors.New("webhook: outbox has no Principal")
	}
	if ev.ID == "" || !Known(ev.Name) {
		return fmt.Errorf("webhook: event %q (id %q) is not one partners subscribe to", ev.Name, ev.ID)
	}
	if ev.OccurredAt.IsZero() {
		ev.OccurredAt = time.Now()
	}
	// UTC: SQLite compares the stored times as text.
	ev.OccurredAt = ev.OccurredAt.UTC()
	// Each key's own access is applied below, not the access of whoever
	// caused the event.
	sys := system(ctx)
	endpoints, err := client.WebhookEndpoint.Query().
		Where(
			webhookendpoint.Active(true),
			subscribedTo(ev.Name),
			webhookendpoint.HasAPIKeyWith(
				apikey.RevokedAtIsNil(),
				apikey.Or(apikey.ExpiresAtIsNil(), apikey.ExpiresAtGT(ev.OccurredAt)),
			),
		).
		WithAPIKey().
		All(sys)
	if err != nil {
		return fmt.Errorf("find endpoints for %s: %w", ev.Name, err)
	}
	if len(endpoints) == 0 {
		return nil
	}
	payload, err := ev.Payload()
	if err != nil {
		return err
	}
	maySee := map[int]bool{} // by key: several endpoints may share one
	var creates []*ent.WebhookDeliveryCreate
	for _, e := range endpoints {
		ok, known := maySee[e.APIKeyID]
		if !known {
			if ok, err = o.maySee(sys, client, e.Edges.APIKey, ev); err != nil {
				return err
			}
			maySee[e.APIKeyID] = ok
		}
		if !ok {
			continue
		}
		creates = append(creates, client.WebhookDelivery.Create().
			SetEndpointID(e.ID).
			SetEvent(ev.Name).
			SetEventID(ev.ID).
			SetPayload(string(payload)).
			SetNextAttemptAt(ev.OccurredAt).
			SetCreatedAt(ev.OccurredAt))
	}
	if len(creates) == 0 {
		return nil
	}
	if err := client.WebhookDelivery.CreateBulk(creates...).Exec(sys); err != nil {
		return fmt.Errorf("write %s deliveries: %w", ev.Name, err)
	}
	return nil
}

// subscribedTo selects the endpoints whose events list holds name.
func subscribedTo(name string) predicate.WebhookEndpoint {
	return func(s *sql.Selector) {
		s.Where(sqljson.ValueContains(s.C(webhookendpoint.FieldEvents), name))
	}
}

// maySee reports whether key could read ev's data through the API: its
// principal sees the client and holds the event's scope.
func (o *Outbox) maySee(sys context.Context, client *ent.Client, key *ent.APIKey, ev Event) (bool, error) {
	v, err := o.Principal(sys, key)
	if err != nil {
		return false, fmt.Errorf("principal of API key %d: %w", key.ID, err)
	}
	if v == nil {
		return false, nil
	}
	if v.APIKeyID != key.ID {
		// A viewer without the key's id is not narrowed by its scopes
		// (viewer.Has): refuse it rather than over-share.
		return false, fmt.Errorf("principal of API key %d is not that key's viewer", key.ID)
	}
	q := client.Customer.Query().Where(customer.ID(ev.ClientID))
	if scope := rule.ReadScope(v, ev.Scope); scope != nil {
		q.Where(scope)
	}
	ok, err := q.Exist(sys)
	if err != nil {
		return false, fmt.Errorf("may API key %d see client %d: %w", key.ID, ev.ClientID, err)
	}
	return ok, nil
}

// system is ctx with the explicit decision under which the outbox and the
// dispatcher read and write endpoints, keys and deliveries: they act for
// the system, whoever caused the event.
func system(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}
