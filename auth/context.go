package auth

import (
	"context"

	"github.com/brokercrm/crm/audit"
)

type tokenKey struct{}

// WithRequest records the request's bearer token (possibly empty), which
// logout revokes, and the client's IP address, which the audit trail
// records.
func WithRequest(ctx context.Context, token, ip string) context.Context {
	return audit.WithIP(context.WithValue(ctx, tokenKey{}, token), ip)
}

// TokenFromContext returns the bearer token the request carried.
func TokenFromContext(ctx context.Context) string {
	t, _ := ctx.Value(tokenKey{}).(string)
	return t
}

// IPFromContext returns the client's IP address.
func IPFromContext(ctx context.Context) string { return audit.IP(ctx) }
