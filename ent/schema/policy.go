package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/mixin"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// Writes not opened by a schema's policy are denied; code that must write
// without a viewer (login, seed, import) runs with an explicit allow
// decision.

// clientData is the policy of everything that belongs to one client: it is
// visible exactly when its client is, and written (when at all) by the
// given roles for the clients they may write for (rule.WriteScope).
type clientData struct {
	mixin.Schema
	read    viewer.Scope         // the scope an API key needs to read; clients:read when empty
	write   viewer.Scope         // the scope an API key needs to write
	writers []viewer.Role        // who may write; nobody when empty
	guard   privacy.MutationRule // checked before the writers are allowed; may be nil
}

func (d clientData) Policy() ent.Policy {
	read := d.read
	if read == "" {
		read = viewer.ClientsRead
	}
	mutation := privacy.MutationPolicy{rule.DenyIfNoViewer()}
	if d.guard != nil {
		mutation = append(mutation, d.guard)
	}
	if len(d.writers) > 0 {
		mutation = append(mutation, rule.AllowClientWrite(d.write, d.writers...))
	}
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.FilterClientOwned(read)},
		Mutation: append(mutation, privacy.AlwaysDenyRule()),
	}
}

// referenceData is the policy of shared catalogues (branches, instruments,
// tags): any logged-in user may read them.
type referenceData struct{ mixin.Schema }

func (referenceData) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
