package audit

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/auditlog"
)

// unaudited types are the trail itself, what audited changes derive (the
// webhook outbox, a name's search grams) and sessions (logins and logouts
// are audited as such by the auth package).
var unaudited = []string{ent.TypeAuditLog, ent.TypeWebhookDelivery, ent.TypeNameGram, ent.TypeSession,
	ent.TypeMetricsMark, ent.TypeClientMetrics, ent.TypeSegmentMember}

// bookkeeping fields change as a side effect of use (an API key's last
// use); a change of only these is not worth a row.
var bookkeeping = []string{"last_used_at"}

// secret fields are recorded as changed but their values never are.
var secret = []string{"password_hash", "key_hash", "token_hash", "secret"}

// Hook audits every create, update and delete made through the client it
// is registered on, in the mutation's own transaction: if the audit row
// cannot be written, the change fails with it.
func Hook() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if slices.Contains(unaudited, m.Type()) || onlyBookkeeping(m) {
				return next.Mutate(ctx, m)
			}
			e, err := entryBefore(ctx, m)
			if err != nil {
				return nil, err
			}
			v, err := next.Mutate(ctx, m)
			if err != nil {
				return v, err
			}
			if e.EntityID == "" {
				e.EntityID = idOf(m)
			}
			if err := Write(ctx, clientOf(m), e); err != nil {
				return nil, err
			}
			return v, nil
		})
	}
}

// entryBefore describes m before it runs: for a single-row update the old
// values of the fields it changes, for bulk changes the rows it will touch.
func entryBefore(ctx context.Context, m ent.Mutation) (Entry, error) {
	e := Entry{EntityType: m.Type(), Fields: changedFields(m)}
	switch {
	case m.Op().Is(ent.OpCreate):
		e.Action = auditlog.ActionCREATE
	case m.Op().Is(ent.OpUpdate | ent.OpUpdateOne):
		e.Action = auditlog.ActionUPDATE
	default:
		e.Action = auditlog.ActionDELETE
	}
	if !m.Op().Is(ent.OpCreate) {
		e.After = nil
		ids, err := idsOf(ctx, m)
		if err != nil {
			return e, err
		}
		e.EntityID = ids
	}
	if m.Op().Is(ent.OpUpdateOne) {
		e.Before = map[string]any{}
		for _, f := range e.Fields {
			old, err := m.OldField(ctx, f)
			if err != nil {
				return e, fmt.Errorf("audit: old %s of %s: %w", f, m.Type(), err)
			}
			e.Before[f] = redact(f, old)
		}
	}
	if !m.Op().Is(ent.OpDelete | ent.OpDeleteOne) {
		e.After = map[string]any{}
		for _, f := range e.Fields {
			v, _ := m.Field(f)
			e.After[f] = redact(f, v)
		}
		addEdgeChanges(&e, m)
	}
	return e, nil
}

// addEdgeChanges records links added and removed (a client's tags) as
// fields "tags+" and "tags-" with the ids in after.
func addEdgeChanges(e *Entry, m ent.Mutation) {
	for _, edge := range m.AddedEdges() {
		if ids := m.AddedIDs(edge); len(ids) > 0 && !slices.Contains(e.Fields, edge+"_id") {
			e.Fields = append(e.Fields, edge+"+")
			e.After[edge+"+"] = ids
		}
	}
	for _, edge := range m.RemovedEdges() {
		if ids := m.RemovedIDs(edge); len(ids) > 0 {
			e.Fields = append(e.Fields, edge+"-")
			e.After[edge+"-"] = ids
		}
	}
}

// changedFields lists the fields m sets or clears, sorted.
func changedFields(m ent.Mutation) []string {
	fields := append(m.Fields(), m.ClearedFields()...)
	slices.Sort(fields)
	return slices.Compact(fields)
}

func onlyBookkeeping(m ent.Mutation) bool {
	fields := changedFields(m)
	return len(fields) > 0 && !m.Op().Is(ent.OpCreate) &&
		!slices.ContainsFunc(fields, func(f string) bool { return !slices.Contains(bookkeeping, f) })
}

func redact(field string, v any) any {
	if slices.Contains(secret, field) {
		return "[redacted]"
	}
	return v
}

// idOf is the id of the row m created or changed.
func idOf(m ent.Mutation) string {
	if m, ok := m.(interface{ ID() (int, bool) }); ok {
		if id, ok := m.ID(); ok {
			return strconv.Itoa(id)
		}
	}
	return ""
}

// maxIDs bounds the ids listed for one bulk change.
const maxIDs = 100

// idsOf lists the rows an update or delete will touch.
func idsOf(ctx context.Context, m ent.Mutation) (string, error) {
	if id := idOf(m); id != "" {
		return id, nil
	}
	im, ok := m.(interface {
		IDs(context.Context) ([]int, error)
	})
	if !ok {
		return "", nil
	}
	ids, err := im.IDs(ctx)
	if err != nil {
		return "", fmt.Errorf("audit: rows of %s: %w", m.Type(), err)
	}
	parts := make([]string, 0, min(len(ids), maxIDs))
	for _, id := range ids[:min(len(ids), maxIDs)] {
		parts = append(parts, strconv.Itoa(id))
	}
	if len(ids) > maxIDs {
		parts = append(parts, fmt.Sprintf("… %d rows", len(ids)))
	}
	return strings.Join(parts, ","), nil
}

func clientOf(m ent.Mutation) *ent.Client {
	return m.(interface{ Client() *ent.Client }).Client()
}
