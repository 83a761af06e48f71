package productops_test

import (
	"context"
	"testing"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/productops"
	"github.com/brokercrm/crm/searchkey"
)

func TestMain(m *testing.M) { crmtest.Main(m) }

// TestReindexSearch wipes the products' initials, as in a library from
// before they existed, and checks that ReindexSearch puts back what the
// hook writes.
func TestReindexSearch(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		if _, err := env.DB.SQL.ExecContext(ctx, `UPDATE products SET name_initials = NULL`); err != nil {
			t.Fatal(err)
		}
		n, err := productops.ReindexSearch(ctx, env.DB.SQL, env.DB.Dialect)
		if err != nil {
			t.Fatal(err)
		}
		products, err := env.DB.Client.Product.Query().All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n != len(products) || n == 0 {
			t.Fatalf("rewrote %d of %d products", n, len(products))
		}
		for _, p := range products {
			if want := searchkey.Initials(p.Name); p.NameInitials != want {
				t.Errorf("%s: initials %q, want %q", p.Name, p.NameInitials, want)
			}
		}
	})
}
