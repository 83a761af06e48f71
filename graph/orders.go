package graph

import (
	"context"

	"github.com/brokercrm/crm/ent/suitabilityrecord"
	"github.com/brokercrm/crm/viewer"
)

// orderChannel is where an order is placed: as given, or by who places it.
func orderChannel(ctx context.Context, given *suitabilityrecord.Channel) suitabilityrecord.Channel {
	if given != nil {
		return *given
	}
	v := viewer.FromContext(ctx)
	switch {
	case v == nil:
		return suitabilityrecord.ChannelBRANCH
	case v.IsAPIKey():
		return suitabilityrecord.ChannelPARTNER
	case v.Role == viewer.Client:
		return suitabilityrecord.ChannelAPP
	}
	return suitabilityrecord.ChannelBRANCH
}
