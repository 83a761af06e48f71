package graph_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/customer"
)

// TestLimits sends a reassignment (a real write) whose answer asks for too
// much, in each of the ways the server refuses, and checks that each gets
// a clear error naming its limit and that the client was not reassigned.
func TestLimits(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx, db := system(), env.DB.Client
		users := usersByName(t, db)
		target, err := db.Customer.Query().Where(customer.AdvisorID(users["advisor2"].ID)).First(ctx)
		must(t, err)
		vars := map[string]any{"c": strconv.Itoa(target.ID), "a": strconv.Itoa(users["advisor1"].ID)}
		bm := env.Login(t, "bm1")
		reassignSelecting := func(selection string) string {
			return `mutation($c: ID!, $a: ID!) { reassignClient(clientId: $c, advisorId: $a, reason: "测试") ` + selection + ` }`
		}
		unchanged := func(t *testing.T) {
			t.Helper()
			c, err := db.Customer.Get(ctx, target.ID)
			must(t, err)
			if *c.AdvisorID != users["advisor2"].ID {
				t.Error("the refused operation reassigned the client")
			}
		}

		for _, tt := range []struct {
			name, selection, code, mentions string
		}{
			{
				name: "Deep",
				selection: `{ branch { clients(first: 1) { edges { node { advisor { clients(first: 1) { edges { node {
				  branch { clients(first: 1) { edges { node { id } } } } } } } } } } } } }`,
				code: "LIMIT_EXCEEDED", mentions: "the limit is 12",
			},
			{
				name: "Costly",
				selection: `{ branch { clients(first: 200) { edges { node {
				  accounts(first: 200) { edges { node { id accountNo } } } } } } } }`,
				code: "COMPLEXITY_LIMIT_EXCEEDED", mentions: "limit of 50000",
			},
			{
				name:      "OversizedPage",
				selection: `{ branch { clients(first: 5000) { totalCount } } }`,
				code:      "BAD_USER_INPUT", mentions: "between 0 and 200",
			},
		} {
			t.Run(tt.name, func(t *testing.T) {
				resp := env.Do(t, bm, reassignSelecting(tt.selection), vars)
				if resp.Code() != tt.code || !strings.Contains(resp.Errors[0].Message, tt.mentions) {
					t.Errorf("errors %+v; want code %s mentioning %q", resp.Errors, tt.code, tt.mentions)
				}
				if string(resp.Data) != "" && string(resp.Data) != "null" {
					t.Errorf("data = %s, want none", resp.Data)
				}
				unchanged(t)
			})
		}
		t.Run("HugeBody", func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{
				"query":     reassignSelecting(`{ id }`),
				"variables": map[string]any{"c": vars["c"], "a": vars["a"], "padding": strings.Repeat("x", 2<<20)},
			})
			rec := post(env, bm, body, nil)
			if rec.Code != http.StatusRequestEntityTooLarge || !strings.Contains(rec.Body.String(), "larger than") {
				t.Errorf("status %d body %.200s; want 413 naming the limit", rec.Code, rec.Body.String())
			}
			unchanged(t)
		})
		t.Run("AllowList", func(t *testing.T) {
			admin := env.Login(t, "admin")
			var created struct{ CreateAPIKey struct{ Key string } }
			env.Do(t, admin, `mutation($o: ID!) { createAPIKey(input: {name: "branch app", ownerId: $o,
			  scopes: [CLIENTS_READ, CLIENTS_WRITE], allowlistOnly: true}) { key } }`,
				map[string]any{"o": strconv.Itoa(users["bm1"].ID)}).Decode(t, &created)
			key := created.CreateAPIKey.Key
			query := reassignSelecting(`{ id advisor { username } }`)

			resp := env.Do(t, key, query, vars)
			if resp.Code() != "FORBIDDEN" || !strings.Contains(resp.Errors[0].Message, "registered") {
				t.Errorf("unregistered operation: %+v", resp.Errors)
			}
			unchanged(t)

			env.Do(t, admin, `mutation($n: String!, $d: String!) { registerOperation(name: $n, document: $d) { sha256 } }`,
				map[string]any{"n": "ReassignClient", "d": query}).Decode(t, &struct{}{})
			if resp := env.Do(t, key, query, vars); len(resp.Errors) > 0 {
				t.Errorf("registered operation: %+v", resp.Errors)
			}
			// The same key may not run anything else, reads included.
			if resp := env.Do(t, key, `{ customers(first: 1) { totalCount } }`, nil); resp.Code() != "FORBIDDEN" {
				t.Errorf("unregistered read: %+v", resp.Errors)
			}
			if got := env.Do(t, admin, `mutation { registerOperation(name: "x", document: "{ nope }") { id } }`, nil).Code(); got != "BAD_USER_INPUT" {
				t.Errorf("registering an invalid document: code %q", got)
			}
		})
	})
}

// TestAutomaticPersistedQueries checks the APQ handshake: a hash alone is
// unknown until the query has been sent once with it.
func TestAutomaticPersistedQueries(t *testing.T) {
	env := crmtest.New(t, "sqlite3")
	token := env.Login(t, "hq1")
	query := `{ customers(first: 1) { totalCount } }`
	hash := hashOf(query)
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hash}}

	hashOnly, _ := json.Marshal(map[string]any{"extensions": ext})
	if rec := post(env, token, hashOnly, nil); !strings.Contains(rec.Body.String(), "PersistedQueryNotFound") {
		t.Errorf("unknown hash: %s", rec.Body.String())
	}
	full, _ := json.Marshal(map[string]any{"query": query, "extensions": ext})
	if rec := post(env, token, full, nil); !strings.Contains(rec.Body.String(), "totalCount") {
		t.Errorf("query with hash: %s", rec.Body.String())
	}
	if rec := post(env, token, hashOnly, nil); !strings.Contains(rec.Body.String(), `"totalCount":300`) {
		t.Errorf("known hash: %s", rec.Body.String())
	}
}

// TestAPIKeyRateLimit checks the per-key token bucket: a key allowed two
// requests a minute gets 429 with Retry-After on the third.
func TestAPIKeyRateLimit(t *testing.T) {
	env := crmtest.New(t, "sqlite3")
	users := usersByName(t, env.DB.Client)
	var created struct{ CreateAPIKey struct{ Key string } }
	env.Do(t, env.Login(t, "admin"), `mutation($o: ID!) { createAPIKey(input: {name: "slow partner", ownerId: $o,
	  scopes: [PRODUCTS_READ], ratePerMinute: 2}) { key } }`,
		map[string]any{"o": strconv.Itoa(users["hq1"].ID)}).Decode(t, &created)
	body := []byte(`{"query":"{ products(first: 1) { totalCount } }"}`)
	for i := 1; i <= 3; i++ {
		rec := post(env, "", body, map[string]string{"X-API-Key": created.CreateAPIKey.Key})
		switch {
		case i <= 2 && rec.Code != http.StatusOK:
			t.Errorf("request %d: %d %s", i, rec.Code, rec.Body.String())
		case i == 3:
			retry, _ := strconv.Atoi(rec.Header().Get("Retry-After"))
			if rec.Code != http.StatusTooManyRequests || retry < 1 || !strings.Contains(rec.Body.String(), "RATE_LIMITED") {
				t.Errorf("request 3: %d Retry-After %q %s", rec.Code, rec.Header().Get("Retry-After"), rec.Body.String())
			}
		}
	}
	// Another key is not slowed down by this one.
	other := env.Do(t, env.Login(t, "admin"), `mutation($o: ID!) { createAPIKey(input: {name: "fast partner", ownerId: $o,
	  scopes: [PRODUCTS_READ]}) { key } }`, map[string]any{"o": strconv.Itoa(users["hq1"].ID)})
	var fast struct{ CreateAPIKey struct{ Key string } }
	other.Decode(t, &fast)
	if rec := post(env, fast.CreateAPIKey.Key, body, nil); rec.Code != http.StatusOK {
		t.Errorf("another key: %d", rec.Code)
	}
}

// TestLoginThrottle checks that repeated failures lock a username out for
// a while, even for the right password, without saying whether it exists.
func TestLoginThrottle(t *testing.T) {
	env := crmtest.New(t, "sqlite3")
	login := `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`
	for i := 0; i < 5; i++ {
		if got := env.Do(t, "", login, map[string]any{"u": "advisor1", "p": "wrong-pass-9"}).Code(); got != "UNAUTHENTICATED" {
			t.Fatalf("failure %d: code %q", i+1, got)
		}
	}
	resp := env.Do(t, "", login, map[string]any{"u": "advisor1", "p": crmtest.Password})
	if resp.Code() != "RATE_LIMITED" || !strings.Contains(resp.Errors[0].Message, "try again in") {
		t.Errorf("right password after 5 failures: %+v", resp.Errors)
	}
	if got := env.Do(t, "", login, map[string]any{"u": "advisor2", "p": crmtest.Password}).Code(); got != "" {
		t.Errorf("another user is locked out too: %q", got)
	}
}

func post(env *crmtest.Env, token string, body []byte, header map[string]string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	env.Handler.ServeHTTP(rec, req)
	return rec
}

func hashOf(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
