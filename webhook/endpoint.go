package webhook

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"net/url"
	"slices"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
)

// NewEndpoint describes where a key's partner app wants events.
type NewEndpoint struct {
	APIKeyID int
	URL      string
	Events   []string
}

// CreateEndpoint registers an endpoint under the privacy rules of ctx
// (administrators) and returns its signing secret, shown only this once.
func CreateEndpoint(ctx context.Context, client *ent.Client, in NewEndpoint) (string, *ent.WebhookEndpoint, error) {
	u, err := url.Parse(in.URL)
	if err != nil || u.Host == "" || (u.Scheme != "https" && !(u.Scheme == "http" && isLocal(u.Hostname()))) {
		return "", nil, apperr.New(apperr.BadUserInput, "a webhook URL must be https (http only for localhost)")
	}
	if len(in.Events) == 0 {
		return "", nil, apperr.New(apperr.BadUserInput, "subscribe to at least one of %v", Names())
	}
	for _, e := range in.Events {
		if !Known(e) {
			return "", nil, apperr.New(apperr.BadUserInput, "%q is not an event; the events are %v", e, Names())
		}
	}
	if _, err := client.APIKey.Get(ctx, in.APIKeyID); err != nil {
		return "", nil, err
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", nil, err
	}
	secret := "whsec_" + base64.RawURLEncoding.EncodeToString(raw)
	e, err := client.WebhookEndpoint.Create().
		SetAPIKeyID(in.APIKeyID).
		SetURL(u.String()).
		SetEvents(slices.Compact(slices.Sorted(slices.Values(in.Events)))).
		SetSecret(secret).
		Save(ctx)
	if err != nil {
		return "", nil, err
	}
	return secret, e, nil
}

func isLocal(host string) bool {
	return host == "localhost" || host == "127.0.0.1" || host == "::1"
}
