package webhook_test

import (
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/ent/push"
	"github.com/brokercrm/crm/ent/salesorder"
	"github.com/brokercrm/crm/ent/webhookdelivery"
	"github.com/brokercrm/crm/matching"
	"github.com/brokercrm/crm/suitability"
	"github.com/brokercrm/crm/viewer"
	"github.com/brokercrm/crm/webhook"
)

// recipients returns the endpoints that got a delivery of event, sorted.
func recipients(t *testing.T, c *ent.Client, event string) []int {
	t.Helper()
	dels, err := c.WebhookDelivery.Query().Where(webhookdelivery.Event(event)).All(sys())
	if err != nil {
		t.Fatal(err)
	}
	var ids []int
	for _, d := range dels {
		ids = append(ids, d.EndpointID)
	}
	slices.Sort(ids)
	return ids
}

func TestEnqueue(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		f := newFixture(t, env)
		const url = "https://partner.example/hook"
		orders := []viewer.Scope{viewer.OrdersRead}
		all := []string{webhook.OrderCreated, webhook.OrderUpdated, webhook.PushCreated}

		// Who should hear of the customer's orders.
		manager := f.endpoint(t, f.key(t, f.manager, orders), url, true, webhook.OrderCreated)
		headOffice := f.endpoint(t, f.key(t, f.user(t, "hq1"), []viewer.Scope{viewer.OrdersRead, viewer.ClientsRead}), url, true, all...)
		keyOnBranch := f.endpoint(t, f.key(t, f.user(t, "hq1"), orders, onBranch(f.customer.BranchID)), url, true, webhook.OrderCreated)
		// Who should not.
		otherBranch := f.endpoint(t, f.key(t, f.user(t, "hq1"), orders, onBranch(f.otherBranch)), url, true, all...)
		noOrderScope := f.endpoint(t, f.key(t, f.manager, []viewer.Scope{viewer.ClientsRead}), url, true, webhook.OrderCreated, webhook.PushCreated)
		revokedKey := f.endpoint(t, f.key(t, f.manager, orders, revoked()), url, true, webhook.OrderCreated)
		expiredKey := f.endpoint(t, f.key(t, f.manager, orders, expired()), url, true, webhook.OrderCreated)
		inactive := f.endpoint(t, f.key(t, f.manager, orders), url, false, webhook.OrderCreated)
		pushesOnly := f.endpoint(t, f.key(t, f.manager, orders), url, true, webhook.PushCreated)
		adminKey := f.endpoint(t, f.key(t, f.user(t, "admin"), orders), url, true, webhook.OrderCreated)
		_ = []*ent.WebhookEndpoint{otherBranch, noOrderScope, revokedKey, expiredKey, inactive, pushesOnly, adminKey}

		o := f.order(t, "50000.5")

		t.Run("OK", func(t *testing.T) {
			got := recipients(t, f.client, webhook.OrderCreated)
			want := []int{manager.ID, headOffice.ID, keyOnBranch.ID}
			slices.Sort(want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("order.created endpoints = %v; want %v", got, want)
			}
		})

		t.Run("Payload", func(t *testing.T) {
			d, err := f.client.WebhookDelivery.Query().
				Where(webhookdelivery.EndpointID(manager.ID), webhookdelivery.Event(webhook.OrderCreated)).Only(sys())
			if err != nil {
				t.Fatal(err)
			}
			if d.Status != webhookdelivery.StatusPENDING || d.Attempts != 0 {
				t.Errorf("status, attempts = %s, %d; want PENDING, 0", d.Status, d.Attempts)
			}
			var p struct {
				ID, Event, OccurredAt string
				Data                  map[string]any
			}
			if err := json.Unmarshal([]byte(d.Payload), &p); err != nil {
				t.Fatal(err)
			}
			if p.ID != d.EventID || len(p.ID) != 32 || p.Event != webhook.OrderCreated || p.OccurredAt == "" {
				t.Errorf("envelope = %+v; want id %s, event order.created", p, d.EventID)
			}
			want := map[string]any{
				"id": float64(o.ID), "clientId": float64(f.customer.ID), "productId": float64(f.productID),
				"advisorId": float64(f.advisor.ID), "amount": "50000.5000", "status": "PENDING",
				"createdAt": p.Data["createdAt"],
			}
			if got := p.Data; !reflect.DeepEqual(got, want) {
				t.Errorf("data = %v; want %v", got, want)
			}
		})

		t.Run("OneEventIDPerEvent", func(t *testing.T) {
			ids, err := f.client.WebhookDelivery.Query().Where(webhookdelivery.Event(webhook.OrderCreated)).
				Unique(true).Select(webhookdelivery.FieldEventID).Strings(sys())
			if err != nil {
				t.Fatal(err)
			}
			if len(ids) != 1 {
				t.Errorf("event ids = %v; want one shared by every endpoint", ids)
			}
		})

		t.Run("OrderUpdated", func(t *testing.T) {
			ctx := f.asAdvisor()
			if _, err := f.client.SalesOrder.UpdateOneID(o.ID).SetStatus(salesorder.StatusCANCELLED).Save(ctx); err != nil {
				t.Fatal(err)
			}
			if got, want := recipients(t, f.client, webhook.OrderUpdated), []int{headOffice.ID}; !reflect.DeepEqual(got, want) {
				t.Errorf("order.updated endpoints = %v; want %v", got, want)
			}
			d, err := f.client.WebhookDelivery.Query().Where(webhookdelivery.Event(webhook.OrderUpdated)).Only(sys())
			if err != nil {
				t.Fatal(err)
			}
			var p struct{ Data webhook.Order }
			if err := json.Unmarshal([]byte(d.Payload), &p); err != nil {
				t.Fatal(err)
			}
			if p.Data.Status != salesorder.StatusCANCELLED || p.Data.Amount.String() != "50000.5000" {
				t.Errorf("data = %+v; want the cancelled order", p.Data)
			}
		})

		t.Run("BulkUpdateAnnouncesChangedRows", func(t *testing.T) {
			// Cancelled already: setting it again changes nothing and
			// announces nothing; the second order changes.
			o2 := f.order(t, "10")
			ctx := f.asAdvisor()
			n, err := f.client.SalesOrder.Update().
				Where(salesorder.IDIn(o.ID, o2.ID)).SetStatus(salesorder.StatusCANCELLED).Save(ctx)
			if err != nil || n != 2 {
				t.Fatalf("bulk update = %d, %v; want 2 rows", n, err)
			}
			dels, err := f.client.WebhookDelivery.Query().Where(webhookdelivery.Event(webhook.OrderUpdated)).All(sys())
			if err != nil {
				t.Fatal(err)
			}
			var orderIDs []int
			for _, d := range dels {
				var p struct{ Data webhook.Order }
				if err := json.Unmarshal([]byte(d.Payload), &p); err != nil {
					t.Fatal(err)
				}
				orderIDs = append(orderIDs, p.Data.ID)
			}
			slices.Sort(orderIDs)
			if got, want := orderIDs, []int{o.ID, o2.ID}; !reflect.DeepEqual(got, want) {
				t.Errorf("orders announced as updated = %v; want %v", got, want)
			}
		})

		t.Run("PushCreated", func(t *testing.T) {
			_, err := f.client.Push.Create().
				SetClientID(f.customer.ID).SetProductID(suitableProduct(t, f)).SetAdvisorID(f.advisor.ID).
				SetChannel(push.ChannelAPP).SetMessage("new fund").
				Save(f.asAdvisor())
			if err != nil {
				t.Fatal(err)
			}
			// pushesOnly's key lacks clients:read; noOrderScope's has it.
			want := []int{headOffice.ID, noOrderScope.ID}
			slices.Sort(want)
			got := recipients(t, f.client, webhook.PushCreated)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("push.created endpoints = %v; want %v", got, want)
			}
		})
	})
}

// TestEnqueueInTransaction checks the outbox property: the deliveries
// exist exactly when the order does.
func TestEnqueueInTransaction(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		f := newFixture(t, env)
		f.endpoint(t, f.key(t, f.manager, []viewer.Scope{viewer.OrdersRead}), "https://partner.example/hook", true, webhook.OrderCreated)
		ctx := f.asAdvisor()
		tx, err := f.client.Tx(ctx)
		if err != nil {
			t.Fatal(err)
		}
		o, err := tx.SalesOrder.Create().
			SetClientID(f.customer.ID).SetProductID(f.productID).SetAmount(mustDecimal(t, "100")).
			Save(ctx)
		if err != nil {
			_ = tx.Rollback()
			t.Fatal(err)
		}
		inTx, err := tx.WebhookDelivery.Query().Count(sys())
		if err != nil {
			_ = tx.Rollback()
			t.Fatal(err)
		}
		if err := tx.Rollback(); err != nil {
			t.Fatal(err)
		}
		if inTx != 1 {
			t.Errorf("deliveries inside the transaction = %d; want 1", inTx)
		}
		if n := f.client.WebhookDelivery.Query().CountX(sys()); n != 0 {
			t.Errorf("deliveries after rollback = %d; want 0", n)
		}
		if ok := f.client.SalesOrder.Query().Where(salesorder.ID(o.ID)).ExistX(sys()); ok {
			t.Errorf("order %d exists after rollback", o.ID)
		}
	})
}

// suitableProduct is a product on sale that fully matches the fixture's
// client, the only kind that may be pushed (Art. 22).
func suitableProduct(t *testing.T, f *fixture) int {
	t.Helper()
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	c, err := f.client.Customer.Get(ctx, f.customer.ID)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := f.client.Product.Query().Where(product.StatusEQ(product.StatusPUBLISHED)).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if suitability.DefaultRules().Check(matching.ProfileOf(c), matching.ProductOf(p), time.Now()).Outcome == suitability.Match {
			return p.ID
		}
	}
	t.Fatalf("no published product matches client %d", c.ID)
	return 0
}
