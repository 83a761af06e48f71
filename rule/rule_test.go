package rule_test

import (
	"context"
	"errors"
	"testing"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// TestClientOwnedRows checks the condition the hand-built reads (the
// timeline, the summary) put on client-owned rows: none for a context
// allowed everything, as ent's policies read it; a denial for a denied
// context or one without a viewer; the advisor's clients for an advisor;
// nothing for a key without the scope.
func TestClientOwnedRows(t *testing.T) {
	ctx := context.Background()
	advisor := &viewer.Viewer{UserID: 3, Role: viewer.Advisor, BranchID: 7}
	keyWithoutOrders := &viewer.Viewer{UserID: 1, Role: viewer.HeadOffice, APIKeyID: 9, Scopes: []viewer.Scope{viewer.ClientsRead}}
	cases := []struct {
		name   string
		ctx    context.Context
		need   viewer.Scope
		denied bool
		where  string // the condition rendered, "" for none
	}{
		{"allowed", privacy.DecisionContext(ctx, privacy.Allow), viewer.ClientsRead, false, ""},
		{"denied", privacy.DecisionContext(viewer.NewContext(ctx, advisor), privacy.Deny), viewer.ClientsRead, true, ""},
		{"no viewer", ctx, viewer.ClientsRead, true, ""},
		{"head office", viewer.NewContext(ctx, &viewer.Viewer{UserID: 1, Role: viewer.HeadOffice}), viewer.ClientsRead, false, ""},
		{"advisor", viewer.NewContext(ctx, advisor), viewer.ClientsRead, false,
			`SELECT "id" FROM "trades" WHERE EXISTS (SELECT "owner"."id" FROM "customers" AS "owner" WHERE "owner"."id" = "trades"."client_id" AND "owner"."advisor_id" = $1)`},
		{"key without orders:read, orders", viewer.NewContext(ctx, keyWithoutOrders), viewer.OrdersRead, false,
			`SELECT "id" FROM "trades" WHERE EXISTS (SELECT "owner"."id" FROM "customers" AS "owner" WHERE "owner"."id" = "trades"."client_id" AND FALSE)`},
	}
	for _, c := range cases {
		where, err := rule.ClientOwnedRows(c.ctx, c.need, "client_id")
		if c.denied {
			if err == nil || !errors.Is(err, privacy.Deny) {
				t.Errorf("%s: err %v, want a denial", c.name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		got := ""
		if where != nil {
			s := sql.Dialect(dialect.Postgres).Select("id").From(sql.Table("trades"))
			where(s)
			got, _ = s.Query()
		}
		if got != c.where {
			t.Errorf("%s: condition\n%s\nwant\n%s", c.name, got, c.where)
		}
	}
}
