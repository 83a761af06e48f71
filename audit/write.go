package audit

import (
	"context"
	"fmt"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/viewer"
)

// Write appends entries to the trail through client (a transaction's
// client when the entries belong to one).
func Write(ctx context.Context, client *ent.Client, entries ...Entry) error {
	if len(entries) == 0 {
		return nil
	}
	src := sourceOf(ctx)
	builders := make([]*ent.AuditLogCreate, len(entries))
	for i, e := range entries {
		actor := e.Actor
		if actor == nil {
			actor = viewer.FromContext(ctx)
		}
		b := client.AuditLog.Create().
			SetAction(e.Action).
			SetEntityType(e.EntityType).
			SetEntityID(e.EntityID).
			SetIP(src.ip).
			SetOperation(src.operation)
		if actor != nil {
			b.SetActorName(actor.Username)
			if actor.UserID != 0 {
				b.SetActorID(actor.UserID).SetActorRole(actor.Role)
			}
			if actor.APIKeyID != 0 {
				b.SetAPIKeyID(actor.APIKeyID)
			}
		}
		if len(e.Fields) > 0 {
			b.SetFields(e.Fields)
		}
		if e.Before != nil {
			b.SetBefore(e.Before)
		}
		if e.After != nil {
			b.SetAfter(e.After)
		}
		builders[i] = b
	}
	// The trail's own policy denies every viewer; only this package writes.
	if err := client.AuditLog.CreateBulk(builders...).Exec(privacy.DecisionContext(ctx, privacy.Allow)); err != nil {
		return fmt.Errorf("write audit log: %w", err)
	}
	return nil
}
