package access

import (
	"context"
	"strings"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/viewer"
)

// Reassign makes advisorID the client's primary advisor and records the
// change, with its reason, in the client's history. Both writes happen in
// the caller's transaction.
func Reassign(ctx context.Context, client *ent.Client, clientID, advisorID int, reason string) (*ent.Customer, error) {
	reason = strings.TrimSpace(reason)
	if reason == "" || len([]rune(reason)) > 500 {
		return nil, apperr.New(apperr.BadUserInput, "a reassignment needs a reason of at most 500 characters")
	}
	c, err := client.Customer.Get(ctx, clientID)
	if err != nil {
		return nil, err
	}
	if _, err := advisorOfBranch(ctx, client, advisorID, c.BranchID); err != nil {
		return nil, err
	}
	if c.AdvisorID != nil && *c.AdvisorID == advisorID {
		return c, nil // already done: a retry
	}
	assignment := client.AdvisorAssignment.Create().
		SetClientID(c.ID).
		SetNillableFromAdvisorID(c.AdvisorID).
		SetToAdvisorID(advisorID).
		SetReason(reason)
	if v := viewer.FromContext(ctx); v != nil {
		assignment.SetChangedByID(v.UserID)
	}
	updated, err := c.Update().SetAdvisorID(advisorID).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := assignment.Exec(ctx); err != nil {
		return nil, err
	}
	return updated, nil
}

// advisorOfBranch returns the user if it is an active advisor of branchID.
func advisorOfBranch(ctx context.Context, client *ent.Client, userID, branchID int) (*ent.User, error) {
	u, err := client.User.Query().
		Where(user.ID(userID), user.RoleEQ(viewer.Advisor), user.Active(true), user.BranchID(branchID)).
		Only(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.BadUserInput, "user %d is not an active advisor of the client's branch", userID)
	}
	return u, err
}
