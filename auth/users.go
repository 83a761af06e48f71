package auth

import (
	"context"
	"fmt"
	"slices"
	"strings"
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

// NewUser describes a login to create.
type NewUser struct {
	Username    string
	DisplayName string
	Role        viewer.Role
	BranchCode  string // the branch by code (the CLI) …
	BranchID    int    // … or by id; required for BRANCH_MANAGER and ADVISOR
	ClientID    int    // required for, and only for, CLIENT logins
	Password    string
}

// CreateUser creates a login through client under the privacy rules of
// ctx: the administrator's through the API, an explicit allow decision for
// the crm user command.
func CreateUser(ctx context.Context, client *ent.Client, u NewUser) (*ent.User, error) {
	if err := CheckPasswordPolicy(u.Password); err != nil {
		return nil, err
	}
	if !slices.Contains(u.Role.Values(), string(u.Role)) {
		return nil, apperr.New(apperr.BadUserInput, "%q is not a role", u.Role)
	}
	if (u.Role == viewer.Client) != (u.ClientID != 0) {
		return nil, apperr.New(apperr.BadUserInput, "a CLIENT login, and only one, belongs to a client")
	}
	if u.BranchCode != "" {
		b, err := client.Branch.Query().Where(branch.Code(u.BranchCode)).Only(ctx)
		if err != nil {
			return nil, apperr.New(apperr.BadUserInput, "no branch with code %q", u.BranchCode)
		}
		u.BranchID = b.ID
	}
	if u.BranchID == 0 && (u.Role == viewer.BranchManager || u.Role == viewer.Advisor) {
		return nil, apperr.New(apperr.BadUserInput, "a %s needs a branch", u.Role)
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
	if u.BranchID != 0 {
		create.SetBranchID(u.BranchID)
	}
	if u.ClientID != 0 {
		create.SetClientID(u.ClientID)
	}
	created, err := create.Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, apperr.New(apperr.Conflict, "the username %q, or a login for that client, exists already", u.Username)
	}
	return created, err
}

// ResetPassword sets a new password for the user named username and ends
// every session of the user, in one transaction, under the privacy rules
// of ctx (an administrator's, or the CLI's allow decision).
func ResetPassword(ctx context.Context, client *ent.Client, username, password string) error {
	return inTx(ctx, client, func(tx *ent.Client) error {
		id, err := tx.User.Query().Where(user.Username(username)).OnlyID(system(ctx))
		if ent.IsNotFound(err) {
			return apperr.New(apperr.NotFound, "no user %q", username)
		}
		if err != nil {
			return err
		}
		return setPassword(ctx, tx, id, password, "")
	})
}

// ChangePassword changes the viewer's own password after checking the
// current one, and ends their other sessions.
func (s *Service) ChangePassword(ctx context.Context, current, next string) error {
	v := viewer.FromContext(ctx)
	if v == nil || v.IsAPIKey() {
		return apperr.New(apperr.Unauthenticated, "log in to change your password")
	}
	u, err := s.db(ctx).User.Get(system(ctx), v.UserID)
	if err != nil {
		return err
	}
	if !checkPassword(current, u.PasswordHash) {
		return apperr.New(apperr.BadUserInput, "the current password is wrong")
	}
	if current == next {
		return apperr.New(apperr.BadUserInput, "the new password must differ from the current one")
	}
	// The user's own record is written with the system's decision: only
	// administrators may change users, but anyone may change their password.
	return setPassword(system(ctx), s.db(ctx), u.ID, next, string(s.hash(TokenFromContext(ctx))))
}

// setPassword stores a new password hash and revokes the user's sessions
// except the one whose token hash is keep.
func setPassword(ctx context.Context, client *ent.Client, userID int, password, keep string) error {
	if err := CheckPasswordPolicy(password); err != nil {
		return err
	}
	hash, err := HashPassword(password)
	if err != nil {
		return err
	}
	now := time.Now()
	if err := client.User.UpdateOneID(userID).SetPasswordHash(hash).SetPasswordChangedAt(now).Exec(ctx); err != nil {
		return fmt.Errorf("set password: %w", err)
	}
	revoke := client.Session.Update().Where(session.UserID(userID), session.RevokedAtIsNil())
	if keep != "" {
		revoke.Where(session.TokenHashNEQ([]byte(keep)))
	}
	_, err = revoke.SetRevokedAt(now).Save(system(ctx))
	return err
}

// inTx runs f in the request's transaction when there is one, else in a
// new one.
func inTx(ctx context.Context, client *ent.Client, f func(*ent.Client) error) error {
	if c := ent.FromContext(ctx); c != nil {
		return f(c)
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := f(tx.Client()); err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// UserChange describes an administrator's change of a login; nil fields
// stay as they are.
type UserChange struct {
	DisplayName *string
	Role        *viewer.Role
	BranchID    *int
	Active      *bool
}

// UpdateUser changes a login under the privacy rules of ctx
// (administrators), keeping role and branch consistent: advisors and
// branch managers need a branch, and a CLIENT login stays tied to its
// client, so neither can a staff login become one nor the reverse.
func UpdateUser(ctx context.Context, client *ent.Client, id int, c UserChange) (*ent.User, error) {
	u, err := client.User.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	role, branch := u.Role, u.BranchID
	if c.Role != nil {
		role = *c.Role
	}
	if c.BranchID != nil {
		branch = c.BranchID
	}
	if c.DisplayName != nil && strings.TrimSpace(*c.DisplayName) == "" {
		return nil, apperr.New(apperr.BadUserInput, "displayName: a user needs a name")
	}
	if (role == viewer.Client) != (u.Role == viewer.Client) {
		return nil, apperr.New(apperr.BadUserInput, "role: a client's login and a staff login cannot turn into each other")
	}
	if branch == nil && (role == viewer.BranchManager || role == viewer.Advisor) {
		return nil, apperr.New(apperr.BadUserInput, "branchId: a %s needs a branch", role)
	}
	update := u.Update().SetNillableDisplayName(c.DisplayName).SetRole(role).SetNillableActive(c.Active)
	if c.BranchID != nil {
		update.SetBranchID(*c.BranchID)
	}
	return update.Save(ctx)
}
