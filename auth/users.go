package auth

import (
	"context"
	"fmt"
	"slices"
	"time"
	"unicode"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/branch"
	"github.com/brokercrm/crm/ent/session"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/viewer"
)

// CheckPasswordPolicy accepts passwords of at least 8 characters that mix
// letters and digits.
func CheckPasswordPolicy(password string) error {
	var letters, digits bool
	for _, r := range password {
		letters = letters || unicode.IsLetter(r)
		digits = digits || unicode.IsDigit(r)
	}
	if len([]rune(password)) < 8 || !letters || !digits {
		return apperr.New(apperr.BadUserInput, "a password needs at least 8 characters with letters and digits")
	}
	return nil
}

// NewUser describes a staff login to create.
type NewUser struct {
	Username    string
	DisplayName string
	Role        viewer.Role
	BranchCode  string // required for BRANCH_MANAGER and ADVISOR
	Password    string
}

// CreateUser creates a staff login. It is an administrative tool's call
// (crm user create), so it runs outside the privacy rules.
func CreateUser(ctx context.Context, client *ent.Client, u NewUser) (*ent.User, error) {
	if err := CheckPasswordPolicy(u.Password); err != nil {
		return nil, err
	}
	if !u.Role.IsStaff() || !slices.Contains(u.Role.Values(), string(u.Role)) {
		return nil, apperr.New(apperr.BadUserInput, "%q is not a staff role", u.Role)
	}
	hash, err := HashPassword(u.Password)
	if err != nil {
		return nil, err
	}
	create := client.User.Create().
		SetUsername(u.Username).
		SetDisplayName(u.DisplayName).
		SetRole(u.Role).
		SetPasswordHash(hash)
	if u.BranchCode != "" {
		b, err := client.Branch.Query().Where(branch.Code(u.BranchCode)).Only(system(ctx))
		if err != nil {
			return nil, apperr.New(apperr.BadUserInput, "no branch with code %q", u.BranchCode)
		}
		create.SetBranchID(b.ID)
	} else if u.Role == viewer.BranchManager || u.Role == viewer.Advisor {
		return nil, apperr.New(apperr.BadUserInput, "a %s needs a branch", u.Role)
	}
	return create.Save(system(ctx))
}

// ResetPassword sets a new password and ends every session of the user.
func ResetPassword(ctx context.Context, client *ent.Client, username, password string) error {
	if err := CheckPasswordPolicy(password); err != nil {
		return err
	}
	hash, err := HashPassword(password)
	if err != nil {
		return err
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	now := time.Now()
	n, err := tx.User.Update().Where(user.Username(username)).
		SetPasswordHash(hash).SetPasswordChangedAt(now).Save(system(ctx))
	if err == nil && n == 0 {
		err = apperr.New(apperr.NotFound, "no user %q", username)
	}
	if err == nil {
		_, err = tx.Session.Update().
			Where(session.HasUserWith(user.Username(username)), session.RevokedAtIsNil()).
			SetRevokedAt(now).Save(system(ctx))
	}
	if err != nil {
		_ = tx.Rollback()
		return fmt.Errorf("reset password of %s: %w", username, err)
	}
	return tx.Commit()
}
