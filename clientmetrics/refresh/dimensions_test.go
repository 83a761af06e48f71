package refresh_test

import (
	"context"
	"testing"

	catalogue "github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/clientmetrics/refresh"
	"github.com/brokercrm/crm/crmtest"
)

// TestSyncDimensions lists the computed dimensions as Dimension entities,
// writes nothing when they match, and puts back a changed name.
func TestSyncDimensions(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := context.Background()
		db := env.DB
		if err := refresh.SyncDimensions(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		if n := count(t, db, "SELECT count(*) FROM dimensions WHERE source = 'COMPUTED'"); n != len(catalogue.Catalogue()) {
			t.Fatalf("%d computed dimensions stored, the catalogue has %d", n, len(catalogue.Catalogue()))
		}
		audits := count(t, db, "SELECT count(*) FROM audit_logs")
		if err := refresh.SyncDimensions(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		if n := count(t, db, "SELECT count(*) FROM audit_logs"); n != audits {
			t.Errorf("a second sync wrote %d audit entries, want none", n-audits)
		}
		if _, err := db.SQL.Exec("UPDATE dimensions SET name_zh = 'x' WHERE key = 'total_assets'"); err != nil {
			t.Fatal(err)
		}
		if err := refresh.SyncDimensions(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		if n := count(t, db, "SELECT count(*) FROM dimensions WHERE key = 'total_assets' AND name_zh = '总资产'"); n != 1 {
			t.Error("the changed name was not put back")
		}
	})
}
