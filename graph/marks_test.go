package graph_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/brokercrm/crm/clientmetrics/refresh"
	"github.com/brokercrm/crm/crmtest"
)

// TestEditsMarkClients logs a contact and tags a client through the API:
// each marks its client, and the next refresh of changed clients
// recomputes exactly them.
func TestEditsMarkClients(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		a1 := env.Login(t, "advisor1")
		advisorID := userID(t, env, "advisor1")
		contacted := sqlInt(t, env, "SELECT id FROM customers WHERE advisor_id = ? ORDER BY id LIMIT 1", advisorID)
		tagged := sqlInt(t, env, "SELECT id FROM customers WHERE advisor_id = ? ORDER BY id DESC LIMIT 1", advisorID)
		tag := sqlInt(t, env, "SELECT id FROM tags ORDER BY id LIMIT 1")
		if n := sqlInt(t, env, "SELECT count(*) FROM metrics_marks"); n != 0 {
			t.Fatalf("%d marks before any change", n)
		}
		env.Do(t, a1, `mutation($c: ID!) { logInteraction(input: {clientId: $c, channel: PHONE, kind: SERVICE, summary: "回访"}) { id } }`,
			map[string]any{"c": fmt.Sprint(contacted)}).Decode(t, &struct{}{})
		env.Do(t, a1, `mutation($c: ID!, $t: ID!) { addClientTags(clientId: $c, tagIds: [$t]) { id } }`,
			map[string]any{"c": fmt.Sprint(tagged), "t": fmt.Sprint(tag)}).Decode(t, &struct{}{})
		for _, id := range []int{contacted, tagged} {
			if n := sqlInt(t, env, "SELECT count(*) FROM metrics_marks WHERE client_id = ?", id); n != 1 {
				t.Errorf("client %d has %d marks after a change", id, n)
			}
		}
		if n := sqlInt(t, env, "SELECT count(*) FROM metrics_marks"); n != 2 {
			t.Errorf("%d clients marked, want 2", n)
		}
		res, err := refresh.Changed(t.Context(), env.DB, refresh.Options{Now: time.Now()})
		if err != nil {
			t.Fatal(err)
		}
		if res.Clients != 2 || sqlInt(t, env, "SELECT COALESCE(contacts_30d, 0) FROM client_metrics_more WHERE id = ?", contacted) < 1 {
			t.Errorf("refreshed %d clients; contacts_30d of the contacted client: %d", res.Clients,
				sqlInt(t, env, "SELECT COALESCE(contacts_30d, 0) FROM client_metrics_more WHERE id = ?", contacted))
		}
	})
}
