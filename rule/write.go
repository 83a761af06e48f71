package rule

import (
	"context"
	"slices"

	"entgo.io/ent/entql"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/hook"
	"github.com/brokercrm/crm/ent/interaction"
	"github.com/brokercrm/crm/ent/predicate"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/viewer"
)

// WriteScope is the predicate selecting the clients whose data v may
// change: an advisor their own clients (not those only shared with them),
// a branch manager their branch's, a client themselves. Head office and
// compliance read everything but write no client data.
func WriteScope(v *viewer.Viewer, need viewer.Scope) predicate.Customer {
	if !v.Has(need) {
		return nothing
	}
	var p predicate.Customer
	switch v.Role {
	case viewer.Advisor:
		p = customer.AdvisorID(v.UserID)
	case viewer.BranchManager:
		p = customer.BranchID(v.BranchID)
	case viewer.Client:
		p = customer.ID(v.ClientID)
	default:
		return nothing
	}
	return inKeyBranch(v, p)
}

// clientMutation is what a mutation of client-owned data offers the rule:
// the client a new row is for, and the transaction's client to check it.
type clientMutation interface {
	ent.Mutation
	ClientID() (int, bool)
	Client() *ent.Client
}

// AllowClientWrite allows the given roles to write data of the clients in
// their WriteScope (an API key also needs scope need). A new row's client
// is checked against the scope; updates and deletes are narrowed to rows
// of such clients, so a row outside the scope is simply not found.
func AllowClientWrite(need viewer.Scope, roles ...viewer.Role) privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		v := viewer.FromContext(ctx)
		if v == nil || !slices.Contains(roles, v.Role) {
			return privacy.Skip
		}
		scope := WriteScope(v, need)
		if cm, ok := m.(clientMutation); ok && m.Op().Is(ent.OpCreate) {
			id, _ := cm.ClientID()
			mine, err := cm.Client().Customer.Query().Where(customer.ID(id), scope).Exist(ctx)
			if err != nil {
				return err
			}
			if !mine {
				return privacy.Denyf("client %d is not in the viewer's write scope", id)
			}
			return privacy.Allow
		}
		if m.Op().Is(ent.OpCreate) {
			return privacy.Skip
		}
		return narrowToClients(ctx, m, scope)
	})
}

// narrowToClients restricts an update or delete to rows of clients in
// scope: the client itself for Customer, its owner for client data.
func narrowToClients(ctx context.Context, m ent.Mutation, scope predicate.Customer) error {
	if m, ok := m.(*ent.CustomerMutation); ok {
		m.Where(scope)
		return privacy.Allow
	}
	return privacy.FilterFunc(func(_ context.Context, f privacy.Filter) error {
		owned, ok := f.(clientOwned)
		if !ok {
			return privacy.Denyf("%T is not owned by a client", f)
		}
		owned.WhereHasClientWith(scope)
		return privacy.Allow
	}).EvalMutation(ctx, m)
}

// ClientLogsOnly lets a client record only interactions of the given kinds
// (their consultations and complaints); the service records of staff are
// not theirs to write.
func ClientLogsOnly(kinds ...interaction.Kind) privacy.MutationRule {
	return privacy.InteractionMutationRuleFunc(func(ctx context.Context, m *ent.InteractionMutation) error {
		if v := viewer.FromContext(ctx); v == nil || v.Role != viewer.Client {
			return privacy.Skip
		}
		if kind, ok := m.Kind(); !m.Op().Is(ent.OpCreate) || !ok || !slices.Contains(kinds, kind) {
			return privacy.Denyf("a client records only %v", kinds)
		}
		return privacy.Skip
	})
}

// AllowRoles allows the given roles of logged-in staff. API keys never
// pass it: administration and the audit trail are not for partner apps.
func AllowRoles(roles ...viewer.Role) privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		v := viewer.FromContext(ctx)
		if v != nil && !v.IsAPIKey() && slices.Contains(roles, v.Role) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// VisibleTo lets the given roles of logged-in staff read every row, and
// filters every row away for anyone else: to them the rows do not exist,
// so node(id:) answers NOT_FOUND rather than revealing that one does. API
// keys never see them.
func VisibleTo(roles ...viewer.Role) privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v != nil && !v.IsAPIKey() && slices.Contains(roles, v.Role) {
			return privacy.Allow
		}
		f.Where(entql.FieldNil("id")) // ids are never null: no row
		return privacy.Allow
	})
}

// AllowRolesWith allows the given roles, and API keys of owners in those
// roles that were granted scope need.
func AllowRolesWith(need viewer.Scope, roles ...viewer.Role) privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		v := viewer.FromContext(ctx)
		if v != nil && v.Has(need) && slices.Contains(roles, v.Role) {
			return privacy.Allow
		}
		return privacy.Skip
	})
}

// AppendOnly rejects every update and delete, whatever the privacy
// decision: rows of the schema are written once and kept.
func AppendOnly() ent.Hook {
	return hook.Reject(ent.OpUpdate | ent.OpUpdateOne | ent.OpDelete | ent.OpDeleteOne)
}

// OnlyManagersMove denies a change of a client's advisor or branch to
// everyone but branch managers. Advisors may update their own clients'
// contact details, status and tags, but who serves a client decides who
// sees it, so moving one is the manager's call (reassignClient, which
// records it). It stands before the allow rule of the Customer policy,
// which would otherwise let an advisor's update through whole.
func OnlyManagersMove() privacy.MutationRule {
	return privacy.CustomerMutationRuleFunc(func(ctx context.Context, m *ent.CustomerMutation) error {
		if v := viewer.FromContext(ctx); v != nil && v.Role == viewer.BranchManager {
			return privacy.Skip
		}
		for _, f := range []string{customer.FieldAdvisorID, customer.FieldBranchID} {
			if _, set := m.Field(f); set || m.FieldCleared(f) {
				return privacy.Denyf("only a branch manager changes a client's %s", f)
			}
		}
		return privacy.Skip
	})
}

// movableEdges are the edges of a client a viewer may change through the
// client: its tags, and (as the fields above decide) its advisor and
// branch. Moving an account or a trade to another client is for the
// importer, under the system's decision, never for a viewer.
var movableEdges = []string{customer.EdgeTags, customer.EdgeAdvisor, customer.EdgeBranch}

// NoEdgeMoves refuses a viewer's change of a client that adds, removes or
// clears any other edge.
func NoEdgeMoves() privacy.MutationRule {
	return privacy.CustomerMutationRuleFunc(func(_ context.Context, m *ent.CustomerMutation) error {
		for _, edges := range [][]string{m.AddedEdges(), m.RemovedEdges(), m.ClearedEdges()} {
			for _, e := range edges {
				if !slices.Contains(movableEdges, e) {
					return privacy.Denyf("a client's %s are not changed through the client", e)
				}
			}
		}
		return privacy.Skip
	})
}

// AllowStaff allows every member of staff, and their API keys.
func AllowStaff() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if v := viewer.FromContext(ctx); v != nil && v.Role.IsStaff() {
			return privacy.Allow
		}
		return privacy.Skip
	})
}
