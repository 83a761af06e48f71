package httpapi_test

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/httpapi"
)

// The fuzz tests post to the real GraphQL endpoint on a seeded SQLite
// database, built once per fuzz target (and once per fuzzing worker), and
// check what every client may rely on whatever it sends: no panic, no 5xx,
// a JSON body, and a code on every error. An INTERNAL code counts as a
// failure too: the error presenter gives it to errors nobody classified,
// so bad input that reaches it is a bug in a resolver (or a recovered
// panic) rather than the client's mistake.
//
// The seeds below and the files in testdata/fuzz are what plain go test
// runs; `make fuzz` searches further.

// fuzzServer is the endpoint with a logged-in advisor. Fuzzed requests may
// log the advisor out or change its password; post then logs in again,
// and carries on anonymously if it cannot.
type fuzzServer struct {
	h     http.Handler
	token string
}

// fuzzConfig takes a small body limit, so that the fuzzer can reach it.
var fuzzConfig = func() httpapi.Config {
	c := crmtest.DefaultConfig
	c.MaxBodyBytes = 64 << 10
	return c
}()

func newFuzzServer(f *testing.F) *fuzzServer {
	env := crmtest.NewWithConfig(f, dialect.SQLite, fuzzConfig)
	s := &fuzzServer{h: env.Handler}
	if s.token = s.login(); s.token == "" {
		f.Fatal("advisor1 cannot log in")
	}
	return s
}

// login comes from an address of its own, so that failed logins the
// fuzzer makes do not throttle it.
func (s *fuzzServer) login() string {
	body, _ := json.Marshal(map[string]any{
		"query":     `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
		"variables": map[string]any{"u": "advisor1", "p": crmtest.Password},
	})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.RemoteAddr = "203.0.113.7:4000"
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	s.h.ServeHTTP(rec, req)
	var resp struct {
		Data struct{ Login struct{ Token string } }
	}
	_ = json.Unmarshal(rec.Body.Bytes(), &resp)
	return resp.Data.Login.Token
}

// post sends body to /graphql and checks the response. A chunked body
// has no Content-Length, so only reading it finds out it is too large.
func (s *fuzzServer) post(t *testing.T, body []byte, chunked bool) {
	t.Helper()
	rec := s.do(body, chunked)
	if rec.Code == http.StatusUnauthorized && s.token != "" {
		s.token = s.login()
		rec = s.do(body, chunked)
	}
	checkResponse(t, body, rec)
}

func (s *fuzzServer) do(body []byte, chunked bool) *httptest.ResponseRecorder {
	var r io.Reader = bytes.NewReader(body)
	if chunked {
		r = io.MultiReader(r) // hides the length from httptest.NewRequest
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", r)
	req.Header.Set("Content-Type", "application/json")
	if s.token != "" {
		req.Header.Set("Authorization", "Bearer "+s.token)
	}
	rec := httptest.NewRecorder()
	s.h.ServeHTTP(rec, req)
	return rec
}

func checkResponse(t *testing.T, body []byte, rec *httptest.ResponseRecorder) {
	t.Helper()
	if rec.Code >= 500 {
		t.Fatalf("POST %.300q: status %d: %.500s", body, rec.Code, rec.Body.String())
	}
	var resp struct {
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatalf("POST %.300q: status %d, body is not JSON (%v): %.500q", body, rec.Code, err, rec.Body.String())
	}
	for _, e := range resp.Errors {
		switch e.Extensions.Code {
		case "":
			t.Fatalf("POST %.300q: status %d, error %.300q has no extensions.code", body, rec.Code, e.Message)
		case string(apperr.Internal):
			t.Fatalf("POST %.300q: status %d, INTERNAL error %.300q", body, rec.Code, e.Message)
		}
	}
}

// nested returns open n times, then middle, then close n times.
func nested(open, middle, close string, n int) string {
	return strings.Repeat(open, n) + middle + strings.Repeat(close, n)
}

// FuzzGraphQLBody posts raw bodies: broken JSON, JSON of the wrong shape,
// deep nesting.
func FuzzGraphQLBody(f *testing.F) {
	for _, s := range []string{
		`{"query":"{ viewer { id username } }"}`,
		`{"query":"query($n: Int) { customers(first: $n) { totalCount } }","variables":{"n":3}}`,
		``, ` `, `null`, `[]`, `{}`, `"query"`, `{"query":null}`, `{"query":""}`, `{"query":1}`,
		`{"query":["{ viewer { id } }"]}`, `{"query":"{ viewer { id } }","variables":"x"}`,
		`{"query":"{ viewer { id } }","variables":[1]}`, `{"query":"{ viewer { id } }","operationName":7}`,
		`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}`,
		`{"query":"{ viewer { id } }","extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}`,
		`{"query":"{ viewer { id } }"`, `{"query":"{ viewer { id } }"} {"query":"{ viewer { id } }"}`,
		`[{"query":"{ viewer { id } }"},{"query":"{ viewer { id } }"}]`,
		`{"query":"\ud800 { viewer { id } }"}`, "{\"query\":\"{ viewer { id } }\xff\"}",
		`{"query":"query($w: CustomerWhereInput) { customers(first: 1, where: $w) { totalCount } }","variables":{"w":` +
			nested(`{"not":`, `{"nameContains":"x"}`, `}`, 2000) + `}}`,
		nested(`[`, ``, `]`, 20000),
		`{"query":"` + nested(`{ viewer `, `{ id }`, ` }`, 3000) + `"}`,
	} {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	// Just over the limit, so it is only found out while reading.
	f.Add([]byte(`{"query":"{ viewer { id } }"}`+strings.Repeat(" ", int(fuzzConfig.MaxBodyBytes))), true)
	s := newFuzzServer(f)
	f.Fuzz(func(t *testing.T, body []byte, chunked bool) {
		s.post(t, body, chunked)
	})
}

// FuzzGraphQLQuery posts query documents in a well-formed envelope, so
// that the fuzzer spends its time in the GraphQL parser, validator and
// resolvers rather than in encoding/json.
func FuzzGraphQLQuery(f *testing.F) {
	for _, q := range []string{
		`{ viewer { id username } }`,
		`query ListSomeClients { customers(first: 3) { totalCount edges { cursor node { id name } } } }`,
		`{ customers(first: 3, after: "not a cursor") { totalCount } }`,
		`{ customers(first: 3, orderBy: [{field: NAME, direction: DESC}]) { edges { node { name } } } }`,
		`{ customers(first: 999) { totalCount } }`,
		`{ customers(last: -1) { totalCount } }`,
		`{ customers { totalCount } }`,
		`{ customers(first: 9223372036854775808) { totalCount } }`,
		`{ node(id: "abc") { id } }`,
		`{ node(id: "-1") { id } }`,
		`{ node(id: "99999999999999999999") { id } }`,
		`{ nodes(ids: ["1", "2", "x"]) { id } }`,
		`{ viewer { clients(first: 2) { edges { node { id holdings(first: 2) { totalCount } } } } } }`,
		`{ customers(first: 2, where: {nameContains: "%_\\"}) { totalCount } }`,
		`{ customers(first: 2, where: {birthDateGT: "2024-02-30"}) { totalCount } }`,
		`{ customers(first: 2, where: {hasHoldingsWith: [{quantityGT: "1e3"}]}) { totalCount } }`,
		`{ customers(first: 2, where: {kind: NOPE}) { totalCount } }`,
		`{ __schema { types { name } } }`,
		`{ __typename }`,
		`{ a: viewer { id } b: viewer { id } }`,
		`query Q { ...F } fragment F on Query { ...F }`,
		`query Q { ...F } fragment F on Query { viewer { id } }`,
		`mutation { logout }`,
		`mutation { login(username: "advisor1", password: "wrong") { token } }`,
		`subscription { viewer { id } }`,
		`query A { viewer { id } } query A { viewer { id } }`,
		`{ viewer { id } } { viewer { id } }`,
		`{ viewer @skip(if: true) { id } }`,
		`{ viewer @include(if: $undefined) { id } }`,
		`{ customers(first: 1) @deprecated { totalCount } }`,
		`{ ` + nested(`viewer { clients(first: 1) { edges { node { advisor { `, `id`, ` } } } } }`, 50) + ` }`,
		nested(`{`, ``, `}`, 5000),
		`{ customers(first: 1, where: ` + nested(`{not: `, `{nameContains: "x"}`, `}`, 1000) + `) { totalCount } }`,
		`{ customers(first: 1, where: {idIn: [` + strings.Repeat(`"1", `, 5000) + `]}) { totalCount } }`,
		`{ customers(first: 1) { totalCount } ` + strings.Repeat(`x: __typename `, 5000) + `}`,
		"{ viewer { id } } # \x00",
		"{ viewer { id \"\"\"\xff\"\"\" } }",
		"",
	} {
		f.Add(q)
	}
	s := newFuzzServer(f)
	f.Fuzz(func(t *testing.T, query string) {
		body, _ := json.Marshal(map[string]any{"query": query})
		s.post(t, body, false)
	})
}

// clientsQuery filters both the top-level customers connection and the
// viewer's own clients with the fuzzed $w.
const clientsQuery = `query Clients($w: CustomerWhereInput) {
  customers(first: 5, where: $w) { totalCount edges { node { id clientNo name } } }
  viewer { clients(first: 5, where: $w) { totalCount } }
}`

// FuzzClientsWhere fuzzes the where variable of the client list, the
// filter the SPA builds from what its user types. An input that is not
// JSON is sent as a JSON string.
func FuzzClientsWhere(f *testing.F) {
	for _, w := range []string{
		`{}`, `null`, `[]`, `"张"`, `1`, `1e400`, `true`,
		`{"nameContains":"张"}`, `{"nameContainsFold":"%_\\"}`, `{"nameContains":"\u0000"}`,
		`{"clientNoHasPrefix":"C0"}`, `{"nameIn":[]}`, `{"nameIn":null}`, `{"nameIn":"张三"}`,
		`{"id":"1"}`, `{"id":1}`, `{"id":"x"}`, `{"idIn":["1","x"]}`, `{"idGT":"9223372036854775808"}`,
		`{"id":"-1"}`, `{"id":1.5}`, `{"idNotIn":[null]}`,
		`{"createdAtGT":"not a time"}`, `{"createdAtGT":"2024-01-01T00:00:00Z"}`, `{"createdAtGT":"0001-01-01T00:00:00Z"}`,
		`{"birthDateGT":"2024-13-01"}`, `{"birthDateGT":"1990-01-01"}`, `{"birthDateIn":["9999-12-31","0000-01-01"]}`,
		`{"openedOnLT":20240101}`, `{"idExpiresOnIsNil":"yes"}`,
		`{"kind":"NOPE"}`, `{"kind":"INDIVIDUAL"}`, `{"statusIn":["ACTIVE","x"]}`, `{"gender":null}`,
		`{"hasAdvisorWith":[{"username":"advisor1"}]}`, `{"hasAdvisorWith":{"username":"advisor1"}}`,
		`{"hasHoldingsWith":[{"quantityGT":"1e3"}]}`, `{"hasHoldingsWith":[{"quantityGT":"0.00001"}]}`,
		`{"hasHoldingsWith":[{"costGT":1.5}]}`, `{"hasHoldingsWith":[{"marketValueGT":"922337203685477.5808"}]}`,
		`{"hasAccountsWith":[{"cashBalanceGT":"-0"}]}`, `{"hasTradesWith":[{"amountGT":12}]}`,
		`{"hasShares":true}`, `{"hasPushesWith":[{}]}`, `{"unknownField":1}`, `{"not":null}`,
		`{"and":[],"or":[]}`, `{"or":[{"nameContains":"张"},{"clientNoHasPrefix":"C"}]}`,
		nested(`{"not":`, `{"nameContains":"x"}`, `}`, 500),
		nested(`{"or":[`, `{"nameContains":"x"}`, `]}`, 500),
		nested(`{"hasAdvisorWith":[{"hasClientsWith":[`, `{"nameContains":"x"}`, `]}]}`, 50),
		`{"not":{}}`, `{"or":[{}]}`,
	} {
		f.Add(w)
	}
	s := newFuzzServer(f)
	f.Fuzz(func(t *testing.T, w string) {
		var v json.RawMessage = []byte(w)
		if !json.Valid(v) {
			v, _ = json.Marshal(w)
		}
		body, err := json.Marshal(map[string]any{"query": clientsQuery, "variables": map[string]any{"w": v}})
		if err != nil {
			t.Fatal(err)
		}
		s.post(t, body, false)
	})
}
