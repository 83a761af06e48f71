package webhook_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/branch"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/viewer"
)

func TestMain(m *testing.M) { crmtest.Main(m) }

// sys is a context with the system decision, for setting up keys and
// endpoints and for reading deliveries, which viewers may not write.
func sys() context.Context {
	return privacy.DecisionContext(context.Background(), privacy.Allow)
}

// fixture is a seeded database — crmtest registers the webhook hooks with
// the auth package's principal, as the server does — and the people around
// one client.
type fixture struct {
	client      *ent.Client
	customer    *ent.Customer
	advisor     *ent.User // the customer's advisor
	manager     *ent.User // the manager of the customer's branch
	otherBranch int
	productID   int
}

func newFixture(t *testing.T, env *crmtest.Env) *fixture {
	t.Helper()
	ctx := sys()
	c := env.DB.Client
	cust, err := c.Customer.Query().Where(customer.AdvisorIDNotNil()).Order(customer.ByID()).First(ctx)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{client: c, customer: cust}
	if f.advisor, err = c.User.Get(ctx, *cust.AdvisorID); err != nil {
		t.Fatal(err)
	}
	if f.manager, err = c.User.Query().Where(user.RoleEQ(viewer.BranchManager), user.BranchID(cust.BranchID)).First(ctx); err != nil {
		t.Fatal(err)
	}
	if f.otherBranch, err = c.Branch.Query().Where(branch.IDNEQ(cust.BranchID)).FirstID(ctx); err != nil {
		t.Fatal(err)
	}
	if f.productID, err = c.Product.Query().FirstID(ctx); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) user(t *testing.T, username string) *ent.User {
	t.Helper()
	u, err := f.client.User.Query().Where(user.Username(username)).Only(sys())
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// keyOpt adjusts a key before it is saved.
type keyOpt func(*ent.APIKeyCreate)

func onBranch(id int) keyOpt { return func(c *ent.APIKeyCreate) { c.SetBranchID(id) } }
func revoked() keyOpt {
	return func(c *ent.APIKeyCreate) { c.SetRevokedAt(time.Now().UTC().Add(-time.Hour)) }
}
func expired() keyOpt {
	return func(c *ent.APIKeyCreate) { c.SetExpiresAt(time.Now().UTC().Add(-time.Minute)) }
}

func (f *fixture) key(t *testing.T, owner *ent.User, scopes []viewer.Scope, opts ...keyOpt) *ent.APIKey {
	t.Helper()
	prefix := randomHex(t, 6)
	c := f.client.APIKey.Create().
		SetName("partner " + prefix).
		SetPrefix(prefix).
		SetKeyHash([]byte(randomHex(t, 32))).
		SetOwnerID(owner.ID).
		SetScopes(scopes)
	for _, o := range opts {
		o(c)
	}
	k, err := c.Save(sys())
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func (f *fixture) endpoint(t *testing.T, key *ent.APIKey, url string, active bool, events ...string) *ent.WebhookEndpoint {
	t.Helper()
	e, err := f.client.WebhookEndpoint.Create().
		SetAPIKeyID(key.ID).
		SetURL(url).
		SetSecret(randomHex(t, 32)).
		SetEvents(events).
		SetActive(active).
		Save(sys())
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// asAdvisor is the context of the customer's advisor, who may order for
// them: the hooks must work under a real viewer, not only the system.
func (f *fixture) asAdvisor() context.Context {
	return viewer.NewContext(context.Background(), &viewer.Viewer{
		UserID: f.advisor.ID, Username: f.advisor.Username, Role: viewer.Advisor, BranchID: *f.advisor.BranchID,
	})
}

// order creates an order for the customer as their advisor, in a
// committed transaction as a GraphQL mutation would.
func (f *fixture) order(t *testing.T, amount string) *ent.SalesOrder {
	t.Helper()
	ctx := f.asAdvisor()
	tx, err := f.client.Tx(ctx)
	if err != nil {
		t.Fatal(err)
	}
	o, err := tx.SalesOrder.Create().
		SetClientID(f.customer.ID).
		SetProductID(f.productID).
		SetAdvisorID(f.advisor.ID).
		SetAmount(mustDecimal(t, amount)).
		Save(ctx)
	if err != nil {
		_ = tx.Rollback()
		t.Fatalf("create order: %v", err)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	return o
}

func mustDecimal(t *testing.T, s string) money.Decimal {
	t.Helper()
	d, err := money.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func randomHex(t *testing.T, n int) string {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}
