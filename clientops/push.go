package clientops

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/push"
	"github.com/brokercrm/crm/viewer"
)

// PushProduct recommends a product to a client (产品推送), in the caller's
// transaction. The Push hook lets through only a product on sale that is
// a full match for the client (Art. 22); the policy, only the client's
// advisor or branch manager.
func PushProduct(ctx context.Context, client *ent.Client, clientID, productID int, channel push.Channel, message string) (*ent.Push, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "log in first")
	}
	message = strings.TrimSpace(message)
	if utf8.RuneCountInString(message) > 1000 {
		return nil, invalid("message", "at most 1000 characters")
	}
	c, err := visible(ctx, client, clientID)
	if err != nil {
		return nil, err
	}
	create := client.Push.Create().SetClientID(c.ID).SetProductID(productID).SetChannel(channel).SetMessage(message)
	if v.Role == viewer.Advisor {
		create.SetAdvisorID(v.UserID)
	}
	return create.Save(ctx)
}
