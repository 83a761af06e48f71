// Package rule holds the privacy rules every ent schema's Policy is built
// from. Access is decided here and only here: GraphQL resolvers, nested
// edges, node(id:) lookups and exports all run through these rules because
// ent applies them to every query of the type.
package rule

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/predicate"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/viewer"
)

// DenyIfNoViewer denies anonymous requests. Code that must act without a
// viewer (migrations, seeding, login) says so explicitly with
// privacy.DecisionContext(ctx, privacy.Allow).
func DenyIfNoViewer() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx) == nil {
			return privacy.Denyf("no viewer in context")
		}
		return privacy.Skip
	})
}

// CustomerScope is the predicate selecting the clients v may see, or nil
// when v may see every client. Roles without client access get a predicate
// that matches nothing, so a denied client looks exactly like a missing
// one: absent from lists, null from node(id:).
func CustomerScope(v *viewer.Viewer) predicate.Customer {
	return ReadScope(v, viewer.ClientsRead)
}

// ReadScope is CustomerScope for data an API key needs scope need to read:
// orders:read for orders, clients:read for the rest.
func ReadScope(v *viewer.Viewer, need viewer.Scope) predicate.Customer {
	if !v.Has(need) {
		return nothing
	}
	var p predicate.Customer
	switch v.Role {
	case viewer.HeadOffice, viewer.Compliance:
		p = nil
	case viewer.BranchManager:
		p = customer.BranchID(v.BranchID)
	case viewer.Advisor:
		p = customer.AdvisorID(v.UserID)
		if len(v.SharedClientIDs) > 0 {
			p = customer.Or(p, customer.IDIn(v.SharedClientIDs...))
		}
	case viewer.Client:
		p = customer.ID(v.ClientID)
	default:
		return nothing
	}
	return inKeyBranch(v, p)
}

// inKeyBranch narrows p to the branch an API key is restricted to.
func inKeyBranch(v *viewer.Viewer, p predicate.Customer) predicate.Customer {
	if v.KeyBranchID == 0 {
		return p
	}
	if p == nil {
		return customer.BranchID(v.KeyBranchID)
	}
	return customer.And(p, customer.BranchID(v.KeyBranchID))
}

// nothing matches no row.
func nothing(s *sql.Selector) { s.Where(sql.False()) }

// FilterCustomers limits every client query to CustomerScope.
func FilterCustomers() privacy.QueryRule {
	return privacy.CustomerQueryRuleFunc(func(ctx context.Context, q *ent.CustomerQuery) error {
		if p := CustomerScope(viewer.FromContext(ctx)); p != nil {
			q.Where(p)
		}
		return privacy.Skip
	})
}

// clientOwned is the filter of every entity that belongs to one client
// through its "client" edge: accounts, holdings, trades, flows, …
type clientOwned interface {
	WhereHasClientWith(...predicate.Customer)
}

// FilterClientOwned limits queries of client-owned data to the clients of
// CustomerScope, so a client's accounts or trades are visible exactly when
// the client is. An API key also needs scope need (clients:read for most
// data, orders:read for orders).
func FilterClientOwned(need viewer.Scope) privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		p := ReadScope(viewer.FromContext(ctx), need)
		if p == nil {
			return privacy.Skip
		}
		owned, ok := f.(clientOwned)
		if !ok {
			return privacy.Denyf("%T is not owned by a client", f)
		}
		owned.WhereHasClientWith(p)
		return privacy.Skip
	})
}

// ClientOwnedRows is FilterClientOwned for the one read ent's builders
// cannot express: a client's timeline, a single UNION over eight
// client-owned tables. It returns the condition for rows of such a table,
// given the column naming their client — the same ReadScope that
// FilterClientOwned applies, so access is still decided here — or nil when
// every row may be read. Without a viewer it denies, as the policies do.
func ClientOwnedRows(ctx context.Context, need viewer.Scope, clientColumn string) (func(*sql.Selector), error) {
	// As ent's policies do: a decision in the context is final, and ent
	// reports Allow as a nil decision.
	if d, ok := privacy.DecisionFromContext(ctx); ok {
		return nil, d
	}
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, privacy.Denyf("no viewer in context")
	}
	p := ReadScope(v, need)
	if p == nil {
		return nil, nil
	}
	return func(s *sql.Selector) {
		clients := sql.Table(customer.Table).As("owner")
		owner := sql.Select(clients.C(customer.FieldID)).From(clients).
			Where(sql.ColumnsEQ(clients.C(customer.FieldID), s.C(clientColumn)))
		p(owner)
		s.Where(sql.Exists(owner))
	}, nil
}

// FilterUsers lets staff see every staff member (to name advisors and
// branch managers) and a client login only itself.
func FilterUsers() privacy.QueryRule {
	return privacy.UserQueryRuleFunc(func(ctx context.Context, q *ent.UserQuery) error {
		if v := viewer.FromContext(ctx); !v.Role.IsStaff() {
			q.Where(user.ID(v.UserID))
		}
		return privacy.Skip
	})
}

// ProductScope is the predicate selecting the products v may see, or nil
// for the whole library: staff see every product, clients and API keys
// only those on sale, and a key needs products:read.
func ProductScope(v *viewer.Viewer) predicate.Product {
	switch {
	case !v.Has(viewer.ProductsRead):
		return nothing
	case !v.Role.IsStaff() || v.IsAPIKey():
		return product.StatusEQ(product.StatusPUBLISHED)
	}
	return nil
}

// FilterProducts limits product queries to ProductScope.
func FilterProducts() privacy.QueryRule {
	return privacy.ProductQueryRuleFunc(func(ctx context.Context, q *ent.ProductQuery) error {
		if p := ProductScope(viewer.FromContext(ctx)); p != nil {
			q.Where(p)
		}
		return privacy.Skip
	})
}

// productOwned is the filter of what belongs to one product through its
// "product" edge: its NAV history.
type productOwned interface {
	WhereHasProductWith(...predicate.Product)
}

// FilterProductOwned shows a product's data exactly when the product is
// visible.
func FilterProductOwned() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		p := ProductScope(viewer.FromContext(ctx))
		if p == nil {
			return privacy.Skip
		}
		owned, ok := f.(productOwned)
		if !ok {
			return privacy.Denyf("%T is not owned by a product", f)
		}
		owned.WhereHasProductWith(p)
		return privacy.Skip
	})
}
