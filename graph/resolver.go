package graph

import (
	"context"

	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ingest"
	"github.com/brokercrm/crm/ordering"
)

// Resolver is the root of the resolvers. Resolvers stay thin: ent and its
// privacy rules do the querying and access control, domain packages the
// rest.
type Resolver struct {
	client    *ent.Client
	auth      *auth.Service
	allowlist *allowlist
	orders    *ordering.Service
	imports   *ingest.Runner
}

// NewResolver returns the root resolver.
func NewResolver(client *ent.Client, auth *auth.Service) *Resolver {
	return &Resolver{client: client, auth: auth}
}

// db is the client to use: the request's transaction in a mutation, the
// shared client otherwise.
func (r *Resolver) db(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return r.client
}

// deref is *p, or the zero value for nil: optional GraphQL inputs.
func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

// pointers is a slice of pointers to xs' elements, as gqlgen lists them.
func pointers[T any](xs []T) []*T {
	out := make([]*T, len(xs))
	for i := range xs {
		out[i] = &xs[i]
	}
	return out
}
