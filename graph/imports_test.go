package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
)

const startImport = `mutation($in: StartImportInput!) { startImport(input: $in) { id kind status fileName } }`

const importJob = `query($id: ID!) { node(id: $id) { ... on ImportJob { status percent linesDone inserted updated unchanged rejected error
  rejections(first: 10) { edges { node { line column value reason message } } } } } }`

// upload sends startImport as a GraphQL multipart request.
func upload(t *testing.T, env *crmtest.Env, token string, input map[string]any, name, content string) crmtest.Response {
	t.Helper()
	input["file"] = nil
	ops, _ := json.Marshal(map[string]any{"query": startImport, "variables": map[string]any{"in": input}})
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	_ = mw.WriteField("operations", string(ops))
	_ = mw.WriteField("map", `{"0": ["variables.in.file"]}`)
	fw, _ := mw.CreateFormFile("0", name)
	_, _ = fw.Write([]byte(content))
	_ = mw.Close()
	req := httptest.NewRequest(http.MethodPost, "/graphql", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+token)
	rec := httptest.NewRecorder()
	env.Handler.ServeHTTP(rec, req)
	var resp crmtest.Response
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatalf("response is not JSON (%d): %s", rec.Code, rec.Body.String())
	}
	return resp
}

type jobView struct {
	Status                                 string
	Percent, LinesDone                     int
	Inserted, Updated, Unchanged, Rejected int
	Error                                  *string
	Rejections                             struct {
		Edges []struct {
			Node struct {
				Line                           int
				Column, Value, Reason, Message string
			}
		}
	}
}

// waitForJob polls the job until it ends.
func waitForJob(t *testing.T, env *crmtest.Env, token, id string) jobView {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var data struct{ Node jobView }
		env.Do(t, token, importJob, map[string]any{"id": id}).Decode(t, &data)
		if data.Node.Status != "RUNNING" {
			return data.Node
		}
		if time.Now().After(deadline) {
			t.Fatalf("job %s still running: %+v", id, data.Node)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestStartImport(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		var account, code, market string
		if err := env.DB.SQL.QueryRow(`SELECT a.account_no, i.code, i.market FROM accounts a, instruments i
			WHERE a.type = 'SECURITIES' AND i.type = 'STOCK' ORDER BY a.id, i.id LIMIT 1`).Scan(&account, &code, &market); err != nil {
			t.Fatal(err)
		}
		file := "trade_no,account_no,instrument_code,market,side,quantity,price,traded_at\n" +
			fmt.Sprintf("API-1,%s,%s,%s,BUY,100,9.99,2026-06-01 10:00:00\n", account, code, market) +
			fmt.Sprintf("API-2,NO-SUCH,%s,%s,BUY,100,9.99,2026-06-01 10:00:00\n", code, market)
		hq := env.Login(t, "hq1")
		resp := upload(t, env, hq, map[string]any{"kind": "TRADES"}, "trades.csv", file)
		var started struct {
			StartImport struct{ ID, Kind, Status, FileName string }
		}
		resp.Decode(t, &started)
		if started.StartImport.FileName != "trades.csv" || started.StartImport.Kind != "TRADES" {
			t.Fatalf("started %+v", started.StartImport)
		}
		job := waitForJob(t, env, hq, started.StartImport.ID)
		if job.Status != "SUCCEEDED" || job.Inserted != 1 || job.Rejected != 1 || job.Percent != 100 || job.LinesDone != 2 {
			t.Fatalf("job %+v", job)
		}
		if r := job.Rejections.Edges; len(r) != 1 || r[0].Node.Line != 3 || r[0].Node.Reason != "UNKNOWN_REFERENCE" || r[0].Node.Column != "account_no" {
			t.Fatalf("rejections %+v", r)
		}

		// The same upload again changes nothing.
		resp = upload(t, env, hq, map[string]any{"kind": "TRADES"}, "trades.csv", file)
		resp.Decode(t, &started)
		if again := waitForJob(t, env, hq, started.StartImport.ID); again.Unchanged != 1 || again.Inserted != 0 {
			t.Fatalf("the same file again: %+v", again)
		}

		// Only head office (and product managers, for products) import.
		for _, user := range []string{"advisor1", "bm1", "compliance1", "admin"} {
			if code := upload(t, env, env.Login(t, user), map[string]any{"kind": "TRADES"}, "t.csv", file).Code(); code != "FORBIDDEN" {
				t.Errorf("%s starting an import: %q, want FORBIDDEN", user, code)
			}
		}
		pm := env.Login(t, "pm1")
		if code := upload(t, env, pm, map[string]any{"kind": "TRADES"}, "t.csv", file).Code(); code != "FORBIDDEN" {
			t.Errorf("a product manager importing trades: %q, want FORBIDDEN", code)
		}
		products := "code,name,type,issuer,risk_level,horizon,variety,min_amount\n" +
			"IMP001,导入测试基金,MIXED_FUND,测试基金公司,R3,MEDIUM,EQUITY,1000\n" +
			"IMP002,坏的,MIXED_FUND,测试基金公司,R9,MEDIUM,EQUITY,1000\n"
		upload(t, env, pm, map[string]any{"kind": "PRODUCTS"}, "products.csv", products).Decode(t, &started)
		if p := waitForJob(t, env, pm, started.StartImport.ID); p.Inserted != 1 || p.Rejected != 1 {
			t.Fatalf("products import: %+v", p)
		}
		var listed struct {
			ImportJobs struct{ TotalCount int }
		}
		env.Do(t, pm, `{ importJobs(first: 10) { totalCount } }`, nil).Decode(t, &listed)
		if listed.ImportJobs.TotalCount != 1 {
			t.Errorf("a product manager sees %d import jobs, want only their products import", listed.ImportJobs.TotalCount)
		}
		env.Do(t, env.Login(t, "advisor1"), `{ importJobs(first: 10) { totalCount } }`, nil).Decode(t, &listed)
		if listed.ImportJobs.TotalCount != 0 {
			t.Errorf("an advisor sees %d import jobs", listed.ImportJobs.TotalCount)
		}
		if code := upload(t, env, hq, map[string]any{"kind": "TRADES", "mapping": []map[string]string{{"from": "x", "to": "nope"}}},
			"t.csv", file).Code(); code != "BAD_USER_INPUT" {
			t.Errorf("a mapping to an unknown column: %q", code)
		}
		if !strings.Contains(string(env.Do(t, hq, `{ importKinds { kind columns { name required } } }`, nil).Data), `"trade_no","required":true`) {
			t.Error("importKinds does not document the trades columns")
		}
	})
}
