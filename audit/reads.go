package audit

import (
	"context"
	"slices"
	"strconv"
	"sync"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/auditlog"
	"github.com/brokercrm/crm/viewer"
)

// reads collects the unmasked personal data a request returned, so that
// one READ_PII row per record is written when the request ends rather than
// one per field. Resolvers run concurrently, hence the lock.
type reads struct {
	mu     sync.Mutex
	fields map[readKey][]string
	order  []readKey
	later  []Entry // entries that must outlive the request's transaction
}

type readKey struct {
	entityType string
	id         int
}

type readsKey struct{}

// WithReads starts collecting the reads of a request.
func WithReads(ctx context.Context) context.Context {
	return context.WithValue(ctx, readsKey{}, &reads{fields: map[readKey][]string{}})
}

// RecordRead notes that field of a record was returned unmasked. It
// reports false when the context collects no reads: the caller must then
// not reveal the value, since its read could not be audited.
func RecordRead(ctx context.Context, entityType string, id int, field string) bool {
	r, ok := ctx.Value(readsKey{}).(*reads)
	if !ok {
		return false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	k := readKey{entityType, id}
	if _, seen := r.fields[k]; !seen {
		r.order = append(r.order, k)
	}
	if !slices.Contains(r.fields[k], field) {
		r.fields[k] = append(r.fields[k], field)
	}
	return true
}

// Later queues e to be written when the request ends, after its
// transaction committed or rolled back: a refused login is audited even
// though the refusal rolls back everything else. It reports false when
// the context collects nothing; the caller must then write e itself.
func Later(ctx context.Context, e Entry) bool {
	r, ok := ctx.Value(readsKey{}).(*reads)
	if !ok {
		return false
	}
	if e.Actor == nil {
		e.Actor = viewer.FromContext(ctx)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.later = append(r.later, e)
	return true
}

// FlushReads writes the collected reads and queued entries to the trail
// and forgets them.
func FlushReads(ctx context.Context, client *ent.Client) error {
	r, ok := ctx.Value(readsKey{}).(*reads)
	if !ok {
		return nil
	}
	r.mu.Lock()
	entries := make([]Entry, 0, len(r.order))
	for _, k := range r.order {
		fields := slices.Clone(r.fields[k])
		slices.Sort(fields)
		entries = append(entries, Entry{
			Action: auditlog.ActionREAD_PII, EntityType: k.entityType, EntityID: strconv.Itoa(k.id), Fields: fields,
		})
	}
	entries = append(entries, r.later...)
	r.fields, r.order, r.later = map[readKey][]string{}, nil, nil
	r.mu.Unlock()
	return Write(ctx, client, entries...)
}
