package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/mixin"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
)

// The write policy of this stage: nothing is written through the API
// except by code that runs with an explicit allow decision (login, seed,
// import). The issues that add mutations open them role by role.

// clientData is the policy of everything that belongs to one client: it is
// visible exactly when its client is.
type clientData struct{ mixin.Schema }

func (clientData) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.FilterClientOwned()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
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
