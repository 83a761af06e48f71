package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/brokercrm/crm/crmtest/measure"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/store"
)

const benchSearch = `query BenchSearch($q: String!) {
  searchClients(query: $q, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { matchedBy cursor node { id clientNo name status phone } }
  }
}`

// BenchmarkSearch measures searchClients(first: 20) for each kind of
// query, as advisor1 (a scoped search) and as hq1 (every client), on the
// database of benchEnv. Besides ns/op it reports the p50 and p95 latency
// and the SQL statements per request. The queries are keys of one client
// of advisor1's that has a phone and an account, so both users find it.
func BenchmarkSearch(b *testing.B) {
	env, password := benchEnv(b)
	ctx := system()
	advisor, err := env.DB.Client.User.Query().Where(user.Username("advisor1")).Only(ctx)
	if err != nil {
		b.Fatal(err)
	}
	c, err := env.DB.Client.Customer.Query().
		Where(customer.AdvisorID(advisor.ID), customer.PhoneNEQ(""), customer.HasAccounts()).
		WithAccounts().First(ctx)
	if err != nil {
		b.Fatal(err)
	}
	surname := string([]rune(c.Name)[:1])
	// A given name of two characters: the last two of a three-character
	// name, found by its bigram anywhere in the name.
	people, err := env.DB.Client.Customer.Query().
		Where(customer.AdvisorID(advisor.ID), customer.KindEQ(customer.KindINDIVIDUAL)).
		Order(customer.ByID()).Limit(100).All(ctx)
	if err != nil {
		b.Fatal(err)
	}
	i := slices.IndexFunc(people, func(p *ent.Customer) bool { return utf8.RuneCountInString(p.Name) == 3 })
	if i < 0 {
		b.Fatal("advisor1 has no client with a three-character name")
	}
	given := string([]rune(people[i].Name)[1:])
	kinds := []struct{ name, query string }{
		{"CLIENT_NO", c.ClientNo},
		{"CLIENT_NO_PREFIX", c.ClientNo[:len(c.ClientNo)-3]},
		{"ACCOUNT_NO", c.Edges.Accounts[0].AccountNo},
		{"ID_NUMBER", strings.ToLower(c.IDNumber)},
		{"PHONE", "+86 " + c.Phone},
		{"PHONE_LAST4", c.PhoneLast4},
		{"NAME_INITIALS", c.NameInitials},
		{"NAME", c.Name},
		{"NAME_SURNAME", surname}, // the broadest query: every client of a common surname
		{"NAME_SUBSTRING", given}, // names holding it anywhere, after those starting with it
	}
	for _, username := range []string{"advisor1", "hq1"} {
		token := login(b, env, username, password)
		for _, k := range kinds {
			b.Run(username+"/"+k.name, func(b *testing.B) {
				body, _ := json.Marshal(map[string]any{"query": benchSearch, "variables": map[string]any{"q": k.query}})
				var took []time.Duration
				var statements int64
				for b.Loop() {
					ctx, counter := store.WithStatementCounter(context.Background())
					req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body)).WithContext(ctx)
					req.Header.Set("Content-Type", "application/json")
					req.Header.Set("Authorization", "Bearer "+token)
					rec := httptest.NewRecorder()
					start := time.Now()
					env.Handler.ServeHTTP(rec, req)
					took = append(took, time.Since(start))
					if rec.Code != http.StatusOK || bytes.Contains(rec.Body.Bytes(), []byte(`"errors"`)) ||
						!bytes.Contains(rec.Body.Bytes(), []byte(`"matchedBy"`)) {
						b.Fatalf("%q: %d %s", k.query, rec.Code, rec.Body.String())
					}
					statements = counter.Load() // the same for every request
				}
				measure.Latency(b, took)
				b.ReportMetric(float64(statements), "sql/op")
			})
		}
	}
}
