package clientsearch_test

import (
	"context"
	"slices"
	"testing"

	"github.com/brokercrm/crm/clientsearch"
	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/namegram"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/searchkey"
)

func TestMain(m *testing.M) { crmtest.Main(m) }

// TestReindex wipes every client's search keys, as in a database from
// before they existed, and checks that Reindex puts back exactly what the
// hook would have written.
func TestReindex(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
		for _, q := range []string{`UPDATE customers SET name_initials = '', phone_last4 = ''`, `DELETE FROM name_grams`} {
			if _, err := env.DB.SQL.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
		var batches int
		n, err := clientsearch.Reindex(ctx, env.DB.SQL, env.DB.Dialect, func(int) { batches++ })
		if err != nil {
			t.Fatal(err)
		}
		clients, err := env.DB.Client.Customer.Query().WithNameGrams().All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n != len(clients) || batches == 0 {
			t.Errorf("rewrote %d clients in %d batches; there are %d", n, batches, len(clients))
		}
		for _, c := range clients {
			var grams []string
			for _, g := range c.Edges.NameGrams {
				grams = append(grams, g.Gram)
			}
			want := searchkey.Bigrams(c.Name)
			slices.Sort(grams)
			slices.Sort(want)
			if c.NameInitials != searchkey.Initials(c.Name) || c.PhoneLast4 != searchkey.PhoneLast4(c.Phone) || !slices.Equal(grams, want) {
				t.Fatalf("client %d (%s): initials %q last4 %q grams %v", c.ID, c.Name, c.NameInitials, c.PhoneLast4, grams)
			}
		}
		// Running it again changes nothing.
		before, _ := env.DB.Client.NameGram.Query().Order(namegram.ByGram(), namegram.ByClientID()).All(ctx)
		if _, err := clientsearch.Reindex(ctx, env.DB.SQL, env.DB.Dialect, nil); err != nil {
			t.Fatal(err)
		}
		after, _ := env.DB.Client.NameGram.Query().Order(namegram.ByGram(), namegram.ByClientID()).All(ctx)
		if len(before) != len(after) {
			t.Errorf("a second run left %d grams, the first %d", len(after), len(before))
		}
	})
}
