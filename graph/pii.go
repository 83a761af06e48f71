package graph

import (
	"context"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/pii"
	"github.com/brokercrm/crm/viewer"
)

// customerPII is a client's personal data as the viewer may see it.
func customerPII(ctx context.Context, c *ent.Customer, f pii.Field, value string) *string {
	if value == "" {
		return nil
	}
	reveal := pii.MayReveal(viewer.FromContext(ctx), c.ID, c.AdvisorID)
	shown := pii.Show(ctx, ent.TypeCustomer, c.ID, reveal, f, value)
	return &shown
}

// contactPII is an institution's contact person's personal data, shown
// unmasked to whoever may see their client's.
func (r *Resolver) contactPII(ctx context.Context, p *ent.ContactPerson, f pii.Field, value string) (*string, error) {
	if value == "" {
		return nil, nil
	}
	reveal := false
	if v := viewer.FromContext(ctx); v != nil && v.Has(viewer.ClientsPII) {
		c, err := p.Client(ctx)
		if err != nil {
			return nil, err
		}
		reveal = pii.MayReveal(v, c.ID, c.AdvisorID)
	}
	shown := pii.Show(ctx, ent.TypeContactPerson, p.ID, reveal, f, value)
	return &shown, nil
}
