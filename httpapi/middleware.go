package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/viewer"
)

// authenticate puts the viewer of a valid bearer token or API key into the
// request context. A request without credentials goes on anonymously (it
// may log in); one with bad credentials is refused at once, so a client
// learns that its session ended rather than seeing empty results. API keys
// are rate-limited per key.
func authenticate(a *auth.Service, limiter *keyLimiter, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		token := bearerToken(r)
		ctx := auth.WithRequest(r.Context(), token, clientIP(r))
		switch {
		case auth.IsAPIKey(token):
			v, key, err := a.AuthenticateKey(ctx, token)
			if err != nil {
				writeError(w, http.StatusUnauthorized, err)
				return
			}
			if ok, wait := limiter.allow(key.ID, key.RatePerMinute, time.Now()); !ok {
				tooManyRequests(w, wait)
				return
			}
			ctx = viewer.NewContext(ctx, v)
		case token != "":
			v, err := a.Authenticate(ctx, token)
			if err != nil {
				writeError(w, http.StatusUnauthorized, err)
				return
			}
			ctx = viewer.NewContext(ctx, v)
		}
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// bearerToken is the session token or API key of the request, from
// "Authorization: Bearer …" or, for partner tools that prefer it,
// "X-API-Key".
func bearerToken(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return strings.TrimSpace(r.Header.Get("X-API-Key"))
}

// clientIP is the peer address; a proxy in front would have to be trusted
// explicitly before X-Forwarded-For could be believed.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// writeError answers outside GraphQL execution in the GraphQL error shape,
// with the code in extensions like every other error.
func writeError(w http.ResponseWriter, status int, err error) {
	code := apperr.CodeOf(err)
	if code == "" {
		code, err = apperr.Internal, apperr.New(apperr.Internal, "Internal error.")
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []any{map[string]any{
			"message":    err.Error(),
			"extensions": map[string]any{"code": code},
		}},
	})
}

// uploadReadTimeout is how long a file upload may take to arrive; other
// requests have the server's read timeout.
const uploadReadTimeout = 15 * time.Minute

// limitBody refuses bodies over max, or over maxUpload for multipart
// requests (file uploads), which also get longer to arrive.
func limitBody(max, maxUpload int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		limit := max
		if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
			limit = maxUpload
			_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(uploadReadTimeout))
		}
		if r.ContentLength > limit {
			writeError(w, http.StatusRequestEntityTooLarge,
				apperr.New(apperr.BadUserInput, "the request body is larger than %d bytes", limit))
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, limit)
		next.ServeHTTP(w, r)
	})
}

func withTimeout(d time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func logRequests(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		logger.LogAttrs(r.Context(), slog.LevelInfo, "request",
			slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", rec.status), slog.Duration("took", time.Since(start)))
	})
}
