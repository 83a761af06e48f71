// Package viewer carries who is making a request through its context. The
// ent privacy rules read it, and nothing else decides access.
package viewer

import (
	"context"
	"io"

	"github.com/brokercrm/crm/enum"
)

// Role is what a login may do. Staff have one business role each; clients
// log in with the CLIENT role and see only themselves.
type Role string

// The roles of PRODUCT.md §1.
const (
	Admin          Role = "ADMIN"
	HeadOffice     Role = "HEAD_OFFICE"
	BranchManager  Role = "BRANCH_MANAGER"
	Advisor        Role = "ADVISOR"
	ProductManager Role = "PRODUCT_MANAGER"
	Compliance     Role = "COMPLIANCE"
	Client         Role = "CLIENT"
)

// Values lists the roles; ent uses it to build the enum.
func (Role) Values() []string {
	return []string{
		string(Admin), string(HeadOffice), string(BranchManager), string(Advisor),
		string(ProductManager), string(Compliance), string(Client),
	}
}

// IsStaff reports whether the role belongs to an employee of the firm.
func (r Role) IsStaff() bool { return r != Client && r != "" }

// Viewer is the authenticated principal of a request.
type Viewer struct {
	UserID   int
	Username string
	Role     Role
	BranchID int // the staff member's branch; 0 for head-office roles
	ClientID int // the client a CLIENT login belongs to; 0 for staff
}

type ctxKey struct{}

// NewContext returns ctx carrying v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// FromContext returns the viewer of ctx, or nil for an anonymous request.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(ctxKey{}).(*Viewer)
	return v
}

// MarshalGQL writes the role as a GraphQL enum value.
func (r Role) MarshalGQL(w io.Writer) { enum.Write(w, string(r)) }

// UnmarshalGQL reads a role, refusing unknown ones.
func (r *Role) UnmarshalGQL(v any) (err error) { *r, err = enum.Parse[Role](v); return err }
