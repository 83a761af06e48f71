package graph

import (
	"context"

	"entgo.io/contrib/entgql"
	"github.com/hashicorp/go-multierror"

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

// customerNode is node(id:) of a client, loaded without its edges: the
// client page asks for a dozen of them at once (accounts, holdings,
// trades, tags, branch, advisor…), and eager loading runs their queries
// one after another before any field resolves, where the edges' own
// resolvers run them side by side, each under its own policy. The row is
// read whole, so that what its fields decide from it (whether the viewer
// may see personal data, by the client's advisor) never depends on what
// the query happened to select.
func (r *queryResolver) customerNode(ctx context.Context, id int) (ent.Noder, error) {
	c, err := r.client.Customer.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, multierror.Append(err, entgql.ErrNodeNotFound(id))
	}
	return c, err
}
