package refresh

import (
	"context"
	"fmt"
	"slices"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/metricsmark"
	"github.com/brokercrm/crm/ent/privacy"
)

// clientData are the entities a client's metrics are computed from,
// besides the client itself: a change to one marks its client.
var clientData = []string{ent.TypeAccount, ent.TypeHolding, ent.TypeTrade, ent.TypeCashFlow, ent.TypeAssetSnapshot,
	ent.TypeInteraction, ent.TypeSalesOrder, ent.TypePush, ent.TypeRiskAssessment, ent.TypeClientStatusChange}

// MarkChanges is an ent hook that marks the client of every change made
// through ent to their data (a contact logged, a tag added, an order
// placed) for the next refresh of changed clients, in the change's own
// transaction. Bulk imports mark their clients themselves; bulk updates
// through ent (rare) are left to the nightly full refresh.
func MarkChanges() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			owned := slices.Contains(clientData, m.Type())
			if m.Type() != ent.TypeCustomer && !owned {
				return next.Mutate(ctx, m)
			}
			var before int // an updated row's client, read before the change
			if owned && m.Op().Is(ent.OpUpdateOne|ent.OpDeleteOne) {
				if old, err := m.OldField(ctx, "client_id"); err == nil {
					before, _ = old.(int)
				}
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			if clientID := changedClient(m, before); clientID != 0 {
				if err := mark(ctx, m, clientID); err != nil {
					return nil, fmt.Errorf("mark client %d for the metrics refresh: %w", clientID, err)
				}
			}
			return v, nil
		})
	}
}

// changedClient is the client a single-row change is about; 0 for bulk
// changes.
func changedClient(m ent.Mutation, before int) int {
	if m.Type() == ent.TypeCustomer {
		if !m.Op().Is(ent.OpCreate | ent.OpUpdateOne) {
			return 0
		}
		id, _ := m.(interface{ ID() (int, bool) }).ID()
		return id
	}
	if m.Op().Is(ent.OpCreate) {
		id, _ := m.Field("client_id")
		n, _ := id.(int)
		return n
	}
	return before
}

// mark upserts the client's mark, through the mutation's own client (its
// transaction, if any).
func mark(ctx context.Context, m ent.Mutation, clientID int) error {
	client := m.(interface{ Client() *ent.Client }).Client()
	return client.MetricsMark.Create().SetClientID(clientID).SetMarkedAt(time.Now()).
		OnConflict(sql.ConflictColumns(metricsmark.FieldClientID)).UpdateMarkedAt().
		Exec(privacy.DecisionContext(ctx, privacy.Allow)) // bookkeeping of the system's own
}
