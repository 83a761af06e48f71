package audit

import (
	"context"

	"github.com/brokercrm/crm/ent/auditlog"
	"github.com/brokercrm/crm/viewer"
)

// source is where a request came from, beyond who made it.
type source struct {
	ip        string
	operation string
}

type sourceKey struct{}

// WithIP records the client's IP address for the entries of a request.
func WithIP(ctx context.Context, ip string) context.Context {
	s := sourceOf(ctx)
	s.ip = ip
	return context.WithValue(ctx, sourceKey{}, s)
}

// WithOperation records the GraphQL operation (or command) entries are
// written under.
func WithOperation(ctx context.Context, operation string) context.Context {
	s := sourceOf(ctx)
	s.operation = operation
	return context.WithValue(ctx, sourceKey{}, s)
}

// IP returns the address recorded by WithIP.
func IP(ctx context.Context) string { return sourceOf(ctx).ip }

func sourceOf(ctx context.Context) source {
	s, _ := ctx.Value(sourceKey{}).(source)
	return s
}

// Entry is one row of the trail before it is written.
type Entry struct {
	Action     auditlog.Action
	EntityType string
	EntityID   string
	Fields     []string
	Before     map[string]any
	After      map[string]any
	// Actor overrides the viewer of the context (a login has none yet).
	Actor *viewer.Viewer
}
