package auth

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/apikey"
	"github.com/brokercrm/crm/viewer"
)

// keyPrefix starts every API key, so that a leaked key is recognisable
// (and secret scanners can find it).
const keyPrefix = "crm_"

// ErrBadKey is returned for a key that is unknown, revoked or expired, or
// whose owner may no longer log in.
var ErrBadKey = apperr.New(apperr.Unauthenticated, "the API key is unknown, revoked or expired")

// NewAPIKey describes a key to create.
type NewAPIKey struct {
	Name          string
	OwnerID       int
	Scopes        []viewer.Scope
	BranchID      int // 0: not restricted to a branch
	AllowlistOnly bool
	RatePerMinute int // 0: the default
	ExpiresAt     *time.Time
}

// IsAPIKey reports whether a bearer credential looks like an API key
// rather than a session token.
func IsAPIKey(credential string) bool { return strings.HasPrefix(credential, keyPrefix) }

// CreateAPIKey creates a key under the privacy rules of ctx (administrators)
// and returns it in plain text, the only time it is ever available: only
// its HMAC is stored.
func (s *Service) CreateAPIKey(ctx context.Context, in NewAPIKey) (string, *ent.APIKey, error) {
	if err := s.checkNewKey(ctx, in); err != nil {
		return "", nil, err
	}
	prefix, secret := make([]byte, 4), make([]byte, 32)
	if _, err := rand.Read(prefix); err != nil {
		return "", nil, err
	}
	if _, err := rand.Read(secret); err != nil {
		return "", nil, err
	}
	pub := hex.EncodeToString(prefix)
	key := keyPrefix + pub + "_" + base64.RawURLEncoding.EncodeToString(secret)
	create := s.db(ctx).APIKey.Create().
		SetName(strings.TrimSpace(in.Name)).
		SetPrefix(pub).
		SetKeyHash(s.hash(key)).
		SetOwnerID(in.OwnerID).
		SetScopes(slices.Compact(slices.Sorted(slices.Values(in.Scopes)))).
		SetAllowlistOnly(in.AllowlistOnly).
		SetNillableExpiresAt(in.ExpiresAt)
	if v := viewer.FromContext(ctx); v != nil {
		create.SetCreatedByID(v.UserID)
	}
	if in.BranchID != 0 {
		create.SetBranchID(in.BranchID)
	}
	if in.RatePerMinute != 0 {
		create.SetRatePerMinute(in.RatePerMinute)
	}
	k, err := create.Save(ctx)
	if err != nil {
		return "", nil, err
	}
	return key, k, nil
}

func (s *Service) checkNewKey(ctx context.Context, in NewAPIKey) error {
	if strings.TrimSpace(in.Name) == "" || len(in.Name) > 100 {
		return apperr.New(apperr.BadUserInput, "a key needs a name of at most 100 characters")
	}
	if len(in.Scopes) == 0 {
		return apperr.New(apperr.BadUserInput, "a key needs at least one scope")
	}
	for _, sc := range in.Scopes {
		if !sc.Valid() {
			return apperr.New(apperr.BadUserInput, "%q is not a scope", sc)
		}
	}
	if in.RatePerMinute < 0 || in.RatePerMinute > 60000 {
		return apperr.New(apperr.BadUserInput, "the rate must be between 1 and 60000 requests a minute")
	}
	if in.ExpiresAt != nil && !in.ExpiresAt.After(s.now()) {
		return apperr.New(apperr.BadUserInput, "the expiry must be in the future")
	}
	owner, err := s.db(ctx).User.Get(system(ctx), in.OwnerID)
	if ent.IsNotFound(err) {
		return apperr.New(apperr.BadUserInput, "no user %d to own the key", in.OwnerID)
	}
	if err != nil {
		return err
	}
	if !owner.Active || !owner.Role.IsStaff() {
		return apperr.New(apperr.BadUserInput, "a key is owned by an active staff member")
	}
	return nil
}

// AuthenticateKey returns the viewer an API key acts as, and the key.
func (s *Service) AuthenticateKey(ctx context.Context, key string) (*viewer.Viewer, *ent.APIKey, error) {
	k, err := s.client.APIKey.Query().
		Where(apikey.KeyHash(s.hash(key)), apikey.RevokedAtIsNil()).
		WithOwner().
		Only(system(ctx))
	if ent.IsNotFound(err) {
		return nil, nil, ErrBadKey
	}
	if err != nil {
		return nil, nil, fmt.Errorf("authenticate key: %w", err)
	}
	now := s.now()
	if (k.ExpiresAt != nil && !k.ExpiresAt.After(now)) || !k.Edges.Owner.Active {
		return nil, nil, ErrBadKey
	}
	v, err := s.ViewerOfKey(ctx, k)
	if err != nil {
		return nil, nil, err
	}
	if v == nil {
		return nil, nil, ErrBadKey
	}
	// Bookkeeping, at most once a minute per key so that a busy partner
	// does not turn every read into a write.
	if k.LastUsedAt == nil || now.Sub(*k.LastUsedAt) > time.Minute {
		_ = s.client.APIKey.UpdateOneID(k.ID).SetLastUsedAt(now).Exec(system(ctx))
	}
	return v, k, nil
}

// ViewerOfKey is the principal a key acts as: its owner, narrowed to the
// key's scopes and branch; nil when the owner is disabled. The webhook outbox uses it to decide which
// events a partner may hear of.
func (s *Service) ViewerOfKey(ctx context.Context, k *ent.APIKey) (*viewer.Viewer, error) {
	owner := k.Edges.Owner
	if owner == nil {
		var err error
		if owner, err = s.client.User.Get(system(ctx), k.OwnerID); err != nil {
			return nil, fmt.Errorf("owner of key %d: %w", k.ID, err)
		}
	}
	if !owner.Active {
		return nil, nil // a disabled owner's keys act for nobody
	}
	v := ViewerOf(owner)
	v.APIKeyID, v.Scopes, v.AllowlistOnly = k.ID, k.Scopes, k.AllowlistOnly
	if k.BranchID != nil {
		v.KeyBranchID = *k.BranchID
	}
	if v.Role == viewer.Advisor {
		var err error
		if v.SharedClientIDs, err = s.sharedWith(ctx, owner.ID); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// RevokeAPIKey ends a key at once, under the privacy rules of ctx.
func (s *Service) RevokeAPIKey(ctx context.Context, id int) (*ent.APIKey, error) {
	k, err := s.db(ctx).APIKey.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if k.RevokedAt != nil {
		return k, nil // revoking twice is a retry, not an error
	}
	return k.Update().SetRevokedAt(s.now()).Save(ctx)
}
