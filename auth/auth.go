package auth

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/hashicorp/golang-lru/v2/expirable"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/audit"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/auditlog"
	"github.com/brokercrm/crm/ent/clientshare"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/session"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/viewer"
)

// ErrBadCredentials is returned for an unknown user, a wrong password or a
// disabled account alike, so a caller cannot probe which usernames exist.
var ErrBadCredentials = apperr.New(apperr.Unauthenticated, "wrong username or password")

// ErrBadToken is returned for a token that is unknown, expired or revoked.
var ErrBadToken = apperr.New(apperr.Unauthenticated, "the session has expired or was ended; log in again")

// Service issues and checks bearer tokens.
type Service struct {
	client *ent.Client
	secret []byte
	ttl    time.Duration
	now    func() time.Time

	// Throttle limits failed logins; replace it before serving to tune it.
	Throttle *Throttle

	// viewers caches the viewer of a token for a few seconds: most
	// requests then need no query to authenticate. Any change to users,
	// sessions, shares or keys empties it (see forgetOnChange).
	viewers *expirable.LRU[string, *viewer.Viewer]

	dummyOnce sync.Once
	dummyHash string
}

// NewService returns a Service. secret keys the HMAC under which tokens are
// stored, so neither a copy of the sessions table nor the secret alone is
// enough to log in; tokens live for ttl.
func NewService(client *ent.Client, secret []byte, ttl time.Duration) *Service {
	s := &Service{client: client, secret: secret, ttl: ttl, now: time.Now, Throttle: NewThrottle(),
		viewers: expirable.NewLRU[string, *viewer.Viewer](10_000, nil, viewerTTL)}
	client.Use(s.forgetOnChange())
	return s
}

// system marks the Service's own reads and writes of users and sessions,
// which happen before there is a viewer.
func system(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// db is the client to use: the request's transaction when there is one
// (GraphQL mutations run in one), else the service's own.
func (s *Service) db(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return s.client
}

// Login checks a username and password and starts a session. Failed and
// successful logins are audited; repeated failures are throttled.
func (s *Service) Login(ctx context.Context, username, password, ip string) (token string, expires time.Time, u *ent.User, err error) {
	now := s.now()
	if err := s.Throttle.Check(username, ip, now); err != nil {
		return "", time.Time{}, nil, s.loginFailed(ctx, username, nil, err)
	}
	// The branch and client are loaded now: the login payload shows them,
	// and the request has no viewer yet that could read them later.
	u, err = s.db(ctx).User.Query().Where(user.Username(username)).WithBranch().WithClient().Only(system(ctx))
	if err != nil && !ent.IsNotFound(err) {
		return "", time.Time{}, nil, fmt.Errorf("look up user: %w", err)
	}
	if u == nil {
		s.burnPasswordCheck(password)
	}
	if u == nil || !checkPassword(password, u.PasswordHash) || !u.Active {
		s.Throttle.Fail(username, ip, now)
		return "", time.Time{}, nil, s.loginFailed(ctx, username, u, ErrBadCredentials)
	}
	s.Throttle.Succeed(username)
	token, err = newToken()
	if err != nil {
		return "", time.Time{}, nil, err
	}
	expires = now.Add(s.ttl)
	err = s.db(ctx).Session.Create().
		SetTokenHash(s.hash(token)).
		SetUserID(u.ID).
		SetCreatedAt(now).
		SetExpiresAt(expires).
		SetIP(ip).
		Exec(system(ctx))
	if err != nil {
		return "", time.Time{}, nil, fmt.Errorf("create session: %w", err)
	}
	err = audit.Write(ctx, s.db(ctx), audit.Entry{
		Action: auditlog.ActionLOGIN, EntityType: ent.TypeUser, EntityID: strconv.Itoa(u.ID), Actor: ViewerOf(u),
	})
	if err != nil {
		return "", time.Time{}, nil, err
	}
	return token, expires, u, nil
}

// loginFailed audits a refused login and returns why it was refused. The
// entry is written after the request's transaction, which the refusal
// rolls back.
func (s *Service) loginFailed(ctx context.Context, username string, u *ent.User, why error) error {
	e := audit.Entry{
		Action: auditlog.ActionLOGIN_FAILED, EntityType: ent.TypeUser,
		Actor: &viewer.Viewer{Username: username}, Fields: []string{string(apperr.CodeOf(why))},
	}
	if u != nil {
		e.EntityID = strconv.Itoa(u.ID)
	}
	if !audit.Later(ctx, e) {
		if err := audit.Write(ctx, s.client, e); err != nil {
			return err
		}
	}
	return why
}

// burnPasswordCheck spends the time of a real password check, so that an
// unknown username answers as slowly as a wrong password.
func (s *Service) burnPasswordCheck(password string) {
	s.dummyOnce.Do(func() { s.dummyHash, _ = HashPassword("not a real password") })
	checkPassword(password, s.dummyHash)
}

// viewerTTL bounds how long a cached viewer outlives a change made by
// another server process (this one forgets at once).
const viewerTTL = 5 * time.Second

// Authenticate returns the viewer a token belongs to: from the cache, or
// in one SQL query (two for an advisor, whose shared clients it lists).
func (s *Service) Authenticate(ctx context.Context, token string) (*viewer.Viewer, error) {
	key := string(s.hash(token))
	if v, ok := s.viewers.Get(key); ok {
		return v, nil
	}
	v, err := s.authenticate(ctx, token)
	if err != nil {
		return nil, err
	}
	s.viewers.Add(key, v)
	return v, nil
}

// forgetOnChange empties the viewer cache whenever something a viewer is
// made of changes: a user (role, branch, active), a session (logout,
// password change), a share or an API key. Such writes are rare; reads
// of the cache are on every request.
func (s *Service) forgetOnChange() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			switch m.Type() {
			case ent.TypeUser, ent.TypeSession, ent.TypeClientShare, ent.TypeAPIKey:
				// A key's last use is bookkeeping, written once a minute
				// per busy key: it changes no viewer.
				_, lastUse := m.Field("last_used_at")
				if (!m.Op().Is(ent.OpCreate) || m.Type() == ent.TypeClientShare) && !(lastUse && len(m.Fields()) == 1) {
					s.viewers.Purge()
					defer s.viewers.Purge() // and again once written, for requests that read meanwhile
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}

func (s *Service) authenticate(ctx context.Context, token string) (*viewer.Viewer, error) {
	u, err := s.client.User.Query().
		Where(
			user.Active(true),
			user.HasSessionsWith(
				session.TokenHash(s.hash(token)),
				session.ExpiresAtGT(s.now()),
				session.RevokedAtIsNil(),
			),
		).
		Only(system(ctx))
	if ent.IsNotFound(err) {
		return nil, ErrBadToken
	}
	if err != nil {
		return nil, fmt.Errorf("authenticate: %w", err)
	}
	v := ViewerOf(u)
	if v.Role == viewer.Advisor {
		if v.SharedClientIDs, err = s.sharedWith(ctx, u.ID); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// sharedWith lists the clients shared with an advisor whose share is in
// force today (China time): the viewer carries them so that the access
// filter stays a plain index lookup.
func (s *Service) sharedWith(ctx context.Context, advisorID int) ([]int, error) {
	ids, err := s.client.ClientShare.Query().
		Where(
			clientshare.GranteeID(advisorID),
			clientshare.RevokedAtIsNil(),
			clientshare.EndsOnGTE(Today(s.now())),
		).
		Select(clientshare.FieldClientID).
		Ints(system(ctx))
	if err != nil {
		return nil, fmt.Errorf("shared clients: %w", err)
	}
	return ids, nil
}

// china is the firm's time zone (no daylight saving).
var china = time.FixedZone("CST", 8*60*60)

// Today is the calendar day of t in China, as dates are stored: midnight
// UTC.
func Today(t time.Time) time.Time {
	y, m, d := t.In(china).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Logout revokes the session of token.
func (s *Service) Logout(ctx context.Context, token string) error {
	n, err := s.db(ctx).Session.Update().
		Where(session.TokenHash(s.hash(token)), session.RevokedAtIsNil()).
		SetRevokedAt(s.now()).
		Save(system(ctx))
	if err != nil {
		return fmt.Errorf("revoke session: %w", err)
	}
	if n == 0 {
		return ErrBadToken
	}
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil
	}
	return audit.Write(ctx, s.db(ctx), audit.Entry{
		Action: auditlog.ActionLOGOUT, EntityType: ent.TypeUser, EntityID: strconv.Itoa(v.UserID),
	})
}

// ViewerOf describes u as the viewer of a request.
func ViewerOf(u *ent.User) *viewer.Viewer {
	v := &viewer.Viewer{UserID: u.ID, Username: u.Username, Role: u.Role}
	if u.BranchID != nil {
		v.BranchID = *u.BranchID
	}
	if u.ClientID != nil {
		v.ClientID = *u.ClientID
	}
	return v
}

func (s *Service) hash(token string) []byte {
	m := hmac.New(sha256.New, s.secret)
	m.Write([]byte(token))
	return m.Sum(nil)
}

func newToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", errors.New("no randomness for a token")
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}
