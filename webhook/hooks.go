package webhook

import (
	"context"
	"fmt"
	"time"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/hook"
	"github.com/brokercrm/crm/ent/salesorder"
)

// Hooks returns the ent hooks that turn order and push mutations into
// events: register them with client.Use(webhook.Hooks(p)...). Each runs
// after its mutation succeeded and writes the deliveries through the
// mutation's own client, so inside a transaction (every GraphQL mutation
// runs in one) the deliveries commit or roll back with the change. A
// failure to enqueue fails the mutation, for the same reason.
func Hooks(p Principal) []ent.Hook {
	o := &Outbox{Principal: p}
	return []ent.Hook{
		hook.If(o.orderHook, hook.And(ofType(ent.TypeSalesOrder), hook.HasOp(ent.OpCreate|ent.OpUpdateOne|ent.OpUpdate))),
		hook.If(o.pushHook, hook.And(ofType(ent.TypePush), hook.HasOp(ent.OpCreate))),
	}
}

// ofType lets the hooks be registered on the whole client: other
// mutations pass by untouched.
func ofType(t string) hook.Condition {
	return func(_ context.Context, m ent.Mutation) bool { return m.Type() == t }
}

func (o *Outbox) orderHook(next ent.Mutator) ent.Mutator {
	return hook.SalesOrderFunc(func(ctx context.Context, m *ent.SalesOrderMutation) (ent.Value, error) {
		if m.Op().Is(ent.OpUpdate) {
			return o.bulkOrderUpdate(ctx, next, m)
		}
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return v, err
		}
		order, ok := v.(*ent.SalesOrder)
		if !ok {
			return nil, fmt.Errorf("webhook: %s of SalesOrder returned %T", m.Op(), v)
		}
		name := OrderUpdated
		if m.Op().Is(ent.OpCreate) {
			name = OrderCreated
		} else if order, err = m.Client().SalesOrder.Get(system(ctx), order.ID); err != nil {
			// UpdateOne may have selected only some columns; the event
			// carries the whole order.
			return nil, fmt.Errorf("webhook: reload order: %w", err)
		}
		if err := o.enqueueOrder(ctx, m.Client(), name, order); err != nil {
			return nil, err
		}
		return v, nil
	})
}

// bulkOrderUpdate handles SalesOrder.Update(), which returns only a count.
// Its rows are read before and after, and an event goes out for each row
// that changed: the privacy policy may narrow the update to fewer rows
// than its predicates match, and those must not be announced.
func (o *Outbox) bulkOrderUpdate(ctx context.Context, next ent.Mutator, m *ent.SalesOrderMutation) (ent.Value, error) {
	sys := system(ctx)
	ids, err := m.IDs(sys)
	if err != nil {
		return nil, fmt.Errorf("webhook: orders to update: %w", err)
	}
	before, err := m.Client().SalesOrder.Query().Where(salesorder.IDIn(ids...)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("webhook: orders before update: %w", err)
	}
	v, err := next.Mutate(ctx, m)
	if err != nil || len(ids) == 0 {
		return v, err
	}
	after, err := m.Client().SalesOrder.Query().Where(salesorder.IDIn(ids...)).All(sys)
	if err != nil {
		return nil, fmt.Errorf("webhook: orders after update: %w", err)
	}
	old := make(map[int]*ent.SalesOrder, len(before))
	for _, b := range before {
		old[b.ID] = b
	}
	for _, a := range after {
		if b := old[a.ID]; b != nil && !orderChanged(b, a) {
			continue
		}
		if err := o.enqueueOrder(ctx, m.Client(), OrderUpdated, a); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// orderChanged compares the fields of an order that can change.
func orderChanged(a, b *ent.SalesOrder) bool {
	sameAdvisor := (a.AdvisorID == nil) == (b.AdvisorID == nil) && (a.AdvisorID == nil || *a.AdvisorID == *b.AdvisorID)
	return a.Status != b.Status || !sameAdvisor
}

func (o *Outbox) enqueueOrder(ctx context.Context, client *ent.Client, name string, order *ent.SalesOrder) error {
	ev, err := OrderEvent(name, order, time.Now())
	if err != nil {
		return err
	}
	return o.Enqueue(ctx, client, ev)
}

func (o *Outbox) pushHook(next ent.Mutator) ent.Mutator {
	return hook.PushFunc(func(ctx context.Context, m *ent.PushMutation) (ent.Value, error) {
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return v, err
		}
		p, ok := v.(*ent.Push)
		if !ok {
			return nil, fmt.Errorf("webhook: %s of Push returned %T", m.Op(), v)
		}
		ev, err := PushEvent(p, time.Now())
		if err != nil {
			return nil, err
		}
		if err := o.Enqueue(ctx, m.Client(), ev); err != nil {
			return nil, err
		}
		return v, nil
	})
}
