package access

import (
	"context"
	"strings"
	"time"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/clientshare"
	"github.com/brokercrm/crm/viewer"
)

// MaxShareDays bounds how long a share may run: a share covers a leave or
// a joint pitch, not a permanent second advisor (that is a reassignment).
const MaxShareDays = 366

// Share describes a share to grant.
type Share struct {
	ClientID  int
	GranteeID int
	Reason    string
	EndsOn    time.Time // a calendar day, as scalar.Date decodes it
}

// GrantShare shares a client with an advisor of the client's branch until
// s.EndsOn. Repeating the same grant returns the share already in force.
func GrantShare(ctx context.Context, client *ent.Client, s Share, today time.Time) (*ent.ClientShare, error) {
	reason := strings.TrimSpace(s.Reason)
	switch {
	case reason == "" || len([]rune(reason)) > 500:
		return nil, apperr.New(apperr.BadUserInput, "a share needs a reason of at most 500 characters")
	case s.EndsOn.Before(today):
		return nil, apperr.New(apperr.BadUserInput, "the share would end in the past (%s)", s.EndsOn.Format(time.DateOnly))
	case s.EndsOn.After(today.AddDate(0, 0, MaxShareDays)):
		return nil, apperr.New(apperr.BadUserInput, "a share may last at most %d days; reassign the client instead", MaxShareDays)
	}
	c, err := client.Customer.Get(ctx, s.ClientID)
	if err != nil {
		return nil, err
	}
	if _, err := advisorOfBranch(ctx, client, s.GranteeID, c.BranchID); err != nil {
		return nil, err
	}
	if c.AdvisorID != nil && *c.AdvisorID == s.GranteeID {
		return nil, apperr.New(apperr.BadUserInput, "the advisor already serves this client")
	}
	current, err := client.ClientShare.Query().
		Where(
			clientshare.ClientID(c.ID),
			clientshare.GranteeID(s.GranteeID),
			clientshare.RevokedAtIsNil(),
			clientshare.EndsOnGTE(today),
		).
		Only(ctx)
	switch {
	case err == nil && current.EndsOn.Equal(s.EndsOn) && current.Reason == reason:
		return current, nil
	case err == nil:
		return nil, apperr.New(apperr.Conflict, "the client is already shared with this advisor until %s; revoke that share first",
			current.EndsOn.Format(time.DateOnly))
	case !ent.IsNotFound(err):
		return nil, err
	}
	create := client.ClientShare.Create().
		SetClientID(c.ID).
		SetGranteeID(s.GranteeID).
		SetReason(reason).
		SetEndsOn(s.EndsOn)
	if v := viewer.FromContext(ctx); v != nil {
		create.SetGrantedByID(v.UserID)
	}
	return create.Save(ctx)
}

// RevokeShare ends a share now. Revoking an ended share is a retry and
// returns it unchanged.
func RevokeShare(ctx context.Context, client *ent.Client, id int, now time.Time) (*ent.ClientShare, error) {
	s, err := client.ClientShare.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if s.RevokedAt != nil {
		return s, nil
	}
	return s.Update().SetRevokedAt(now).Save(ctx)
}
