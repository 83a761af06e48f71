package clientops

import (
	"context"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/privacy"
)

// invalid is the error of a bad input value; its message starts with the
// GraphQL name of the field so the form can show it beside that field.
func invalid(field, format string, args ...any) error {
	return apperr.New(apperr.BadUserInput, field+": "+format, args...)
}

// visible returns the client if the viewer may see it. Reading it first
// makes a client the viewer may not see NOT_FOUND, exactly like a missing
// one, before any write is attempted.
func visible(ctx context.Context, client *ent.Client, id int) (*ent.Customer, error) {
	return client.Customer.Get(ctx, id)
}

// save runs an update of a client the viewer has just read in this
// transaction. The Customer policy narrows updates to the clients the
// viewer may write (rule.AllowClientWrite), so a row that is not found now
// is one the viewer may read but not write — a client only shared with an
// advisor — and that is a refusal (FORBIDDEN), not a missing client.
func save(ctx context.Context, u *ent.CustomerUpdateOne) (*ent.Customer, error) {
	c, err := u.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, privacy.Denyf("the client is not in the viewer's write scope")
	}
	return c, err
}
