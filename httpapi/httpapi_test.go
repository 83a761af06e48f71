package httpapi_test

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/crmtest"
)

func TestMain(m *testing.M) { crmtest.Main(m) }

func get(t *testing.T, h http.Handler, path string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func TestEndpoints(t *testing.T) {
	static := t.TempDir()
	must(t, os.MkdirAll(filepath.Join(static, "assets"), 0o755))
	must(t, os.WriteFile(filepath.Join(static, "index.html"), []byte("<html>spa</html>"), 0o644))
	must(t, os.WriteFile(filepath.Join(static, "assets", "app-1a2b.js"), []byte("console.log(1)"), 0o644))
	cfg := crmtest.DefaultConfig
	cfg.StaticDir = static
	cfg.CORSOrigins = []string{"https://app.example.com"}
	cfg.MaxBodyBytes = 2048
	cfg.MaxUploadBytes = 1 << 20
	env := crmtest.NewWithConfig(t, dialect.SQLite, cfg)

	t.Run("Health", func(t *testing.T) {
		if rec := get(t, env.Handler, "/healthz", nil); rec.Code != 200 {
			t.Errorf("/healthz = %d, want 200", rec.Code)
		}
		if rec := get(t, env.Handler, "/readyz", nil); rec.Code != 200 {
			t.Errorf("/readyz = %d, want 200", rec.Code)
		}
	})
	t.Run("SPAHistoryFallback", func(t *testing.T) {
		rec := get(t, env.Handler, "/clients/42", nil)
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), "spa") {
			t.Errorf("/clients/42 = %d %q, want index.html", rec.Code, rec.Body.String())
		}
		for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
			if rec.Header().Get(h) == "" {
				t.Errorf("missing header %s", h)
			}
		}
		asset := get(t, env.Handler, "/assets/app-1a2b.js", nil)
		if got := asset.Header().Get("Cache-Control"); !strings.Contains(got, "immutable") {
			t.Errorf("asset Cache-Control = %q, want immutable", got)
		}
	})
	t.Run("GraphiQL", func(t *testing.T) {
		rec := get(t, env.Handler, "/graphiql", nil)
		if rec.Code != 200 || !strings.Contains(strings.ToLower(rec.Body.String()), "graphiql") {
			t.Errorf("/graphiql = %d", rec.Code)
		}
	})
	t.Run("CORSPreflight", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodOptions, "/graphql", nil)
		req.Header.Set("Origin", "https://app.example.com")
		req.Header.Set("Access-Control-Request-Method", "POST")
		req.Header.Set("Access-Control-Request-Headers", "authorization, content-type")
		rec := httptest.NewRecorder()
		env.Handler.ServeHTTP(rec, req)
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "https://app.example.com" {
			t.Errorf("allowed origin = %q", got)
		}
		if got := strings.ToLower(rec.Header().Get("Access-Control-Allow-Headers")); !strings.Contains(got, "authorization") {
			t.Errorf("allowed headers = %q, want authorization", got)
		}
		req.Header.Set("Origin", "https://evil.example.com")
		rec = httptest.NewRecorder()
		env.Handler.ServeHTTP(rec, req)
		if got := rec.Header().Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("unlisted origin allowed: %q", got)
		}
	})
	t.Run("ErrBodyTooLarge", func(t *testing.T) {
		// An upload may be larger than other requests, and must not raise
		// the limit of the requests after it.
		var body bytes.Buffer
		mw := multipart.NewWriter(&body)
		_ = mw.WriteField("operations", `{"query": "{ viewer { id } }"}`+strings.Repeat(" ", 4096))
		_ = mw.WriteField("map", "{}")
		_ = mw.Close()
		req := httptest.NewRequest(http.MethodPost, "/graphql", &body)
		req.Header.Set("Content-Type", mw.FormDataContentType())
		rec := httptest.NewRecorder()
		env.Handler.ServeHTTP(rec, req)
		if rec.Code == http.StatusRequestEntityTooLarge {
			t.Errorf("an upload of 4 KiB under a 1 MiB upload limit was refused")
		}
		resp := env.Do(t, "", "{ viewer { id } }"+strings.Repeat(" ", 4096), nil)
		if got, want := resp.Code(), "BAD_USER_INPUT"; got != want {
			t.Errorf("code = %q, want %q (status %d)", got, want, resp.Status)
		}
	})
	t.Run("ErrBadToken", func(t *testing.T) {
		resp := env.Do(t, "not-a-token", "{ viewer { id } }", nil)
		if resp.Status != 401 || resp.Code() != "UNAUTHENTICATED" {
			t.Errorf("status %d code %q, want 401 UNAUTHENTICATED", resp.Status, resp.Code())
		}
	})
	t.Run("Metrics", func(t *testing.T) {
		token := env.Login(t, "advisor1")
		env.Do(t, token, `query ListSomeClients { customers(first: 3) { totalCount } }`, nil)
		env.Do(t, token, `query Broken { customers(first: 300) { totalCount } }`, nil)
		rec := get(t, env.Handler, "/metrics", nil)
		body, _ := io.ReadAll(rec.Body)
		for _, want := range []string{
			`crm_graphql_requests_total{operation="ListSomeClients"} 1`,
			`crm_graphql_errors_total{code="BAD_USER_INPUT"}`,
			`crm_graphql_request_duration_seconds_bucket{operation="ListSomeClients"`,
			`crm_sql_statements_total`,
		} {
			if !strings.Contains(string(body), want) {
				t.Errorf("/metrics lacks %s", want)
			}
		}
		if strings.Contains(string(body), "crm_sql_statements_total 0\n") {
			t.Error("no SQL statements counted")
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestIntrospectionOff(t *testing.T) {
	cfg := crmtest.DefaultConfig
	cfg.GraphiQL = false
	env := crmtest.NewWithConfig(t, dialect.SQLite, cfg)
	if rec := get(t, env.Handler, "/graphiql", nil); rec.Code != http.StatusNotFound {
		t.Errorf("/graphiql = %d, want 404", rec.Code)
	}
	resp := env.Do(t, env.Login(t, "hq1"), `{ __schema { types { name } } }`, nil)
	if len(resp.Errors) == 0 || string(resp.Data) != "" && string(resp.Data) != "null" {
		t.Errorf("introspection answered: %s", resp.Data)
	}
}
