// Package viewer carries who is making a request through its context. The
// ent privacy rules read it, and nothing else decides access.
package viewer

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

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

// Viewer is the authenticated principal of a request: a logged-in user,
// or a partner app's API key acting as the user who owns it.
type Viewer struct {
	UserID   int
	Username string
	Role     Role
	BranchID int // the staff member's branch; 0 for head-office roles
	ClientID int // the client a CLIENT login belongs to; 0 for staff

	// SharedClientIDs are the clients a branch manager has shared with
	// this advisor and whose share has not ended.
	SharedClientIDs []int

	// APIKeyID is the key a partner app authenticated with; 0 for a login.
	APIKeyID int
	// Scopes narrow what a key may do; a login is not narrowed.
	Scopes []Scope
	// KeyBranchID restricts a key to the clients of one branch; 0 for none.
	KeyBranchID int
	// AllowlistOnly limits a key to registered operations.
	AllowlistOnly bool
}

// Scope is a permission an API key is granted, on top of its owner's role.
type Scope string

// The scopes a key may carry.
const (
	ClientsRead   Scope = "clients:read"
	ClientsPII    Scope = "clients:pii" // unmasked ID numbers and phones, where the role allows
	ClientsWrite  Scope = "clients:write"
	ProductsRead  Scope = "products:read"
	ProductsWrite Scope = "products:write"
	OrdersRead    Scope = "orders:read"
	OrdersWrite   Scope = "orders:write"
	ImportsWrite  Scope = "imports:write" // run bulk imports (a core system's key)
)

// Values lists the scopes.
func (Scope) Values() []string {
	return []string{
		string(ClientsRead), string(ClientsPII), string(ClientsWrite), string(ProductsRead),
		string(ProductsWrite), string(OrdersRead), string(OrdersWrite), string(ImportsWrite),
	}
}

// Valid reports whether s is a known scope.
func (s Scope) Valid() bool { return slices.Contains(Scope("").Values(), string(s)) }

// MarshalGQL writes the scope as a GraphQL enum value: CLIENTS_READ for
// clients:read (GraphQL names cannot hold a colon).
func (s Scope) MarshalGQL(w io.Writer) { enum.Write(w, s.gqlName()) }

// UnmarshalGQL reads a scope from its GraphQL enum value.
func (s *Scope) UnmarshalGQL(v any) error {
	name, ok := v.(string)
	if ok {
		for _, scope := range Scope("").Values() {
			if Scope(scope).gqlName() == name {
				*s = Scope(scope)
				return nil
			}
		}
	}
	return fmt.Errorf("%v is not an API scope", v)
}

func (s Scope) gqlName() string {
	return strings.ToUpper(strings.ReplaceAll(string(s), ":", "_"))
}

// Has reports whether the viewer may use scope: always for a login, and for
// an API key when it was granted that scope.
func (v *Viewer) Has(scope Scope) bool {
	return v.APIKeyID == 0 || slices.Contains(v.Scopes, scope)
}

// IsAPIKey reports whether the request came from a partner app.
func (v *Viewer) IsAPIKey() bool { return v.APIKeyID != 0 }

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
