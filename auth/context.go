package auth

import "context"

// request is what the HTTP layer knows about a request that resolvers of
// login and logout need.
type request struct {
	token string
	ip    string
}

type requestKey struct{}

// WithRequest records the request's bearer token (possibly empty) and the
// client's IP address.
func WithRequest(ctx context.Context, token, ip string) context.Context {
	return context.WithValue(ctx, requestKey{}, request{token: token, ip: ip})
}

// TokenFromContext returns the bearer token the request carried.
func TokenFromContext(ctx context.Context) string {
	r, _ := ctx.Value(requestKey{}).(request)
	return r.token
}

// IPFromContext returns the client's IP address.
func IPFromContext(ctx context.Context) string {
	r, _ := ctx.Value(requestKey{}).(request)
	return r.ip
}
