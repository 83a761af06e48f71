package graph_test

import (
	"bytes"
	"encoding/csv"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/brokercrm/crm/crmtest"
)

func export(t *testing.T, env *crmtest.Env, token, id, format string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, "/api/segments/"+id+"/export?format="+format, nil)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	env.Handler.ServeHTTP(rec, req)
	return rec
}

// TestExportSegment exports a segment's members as CSV and Excel: the
// members the viewer may see, phones unmasked only for the clients'
// own advisor, every unmasked read and the export itself audited.
func TestExportSegment(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		a1, hq := env.Login(t, "advisor1"), env.Login(t, "hq1")
		seg := saveSegment(t, env, a1, "导出", "ALL", `{"op":"NOT_EMPTY","dimension":"risk_category"}`)
		reads := func() int { return sqlInt(t, env, "SELECT count(*) FROM audit_logs WHERE action = 'READ_PII'") }
		exports := func() int { return sqlInt(t, env, "SELECT count(*) FROM audit_logs WHERE action = 'EXPORT'") }

		readsBefore, exportsBefore := reads(), exports()
		rec := export(t, env, a1, seg.ID, "csv")
		if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), "\uFEFF") {
			t.Fatalf("advisor1's CSV: %d %q", rec.Code, rec.Body.String())
		}
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(rec.Body.String(), "\uFEFF"))).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		withPhone := 0
		for _, r := range rows[1:] {
			if r[5] != "" {
				withPhone++
				if strings.Contains(r[5], "*") {
					t.Errorf("advisor1 got their own client's phone masked: %q", r[5])
				}
			}
		}
		if len(rows)-1 != seg.LiveCount || withPhone == 0 {
			t.Fatalf("%d rows (%d with phones), the segment has %d members", len(rows)-1, withPhone, seg.LiveCount)
		}
		if reads()-readsBefore != withPhone || exports()-exportsBefore != 1 {
			t.Errorf("audit: %d unmasked reads for %d phones, %d exports", reads()-readsBefore, withPhone, exports()-exportsBefore)
		}

		// Head office sees every member, masked.
		readsBefore = reads()
		rec = export(t, env, hq, seg.ID, "xlsx")
		book, err := excelize.OpenReader(bytes.NewReader(rec.Body.Bytes()))
		if rec.Code != http.StatusOK || err != nil {
			t.Fatalf("hq1's workbook: %d %v", rec.Code, err)
		}
		sheet, err := book.GetRows("Sheet1")
		if err != nil {
			t.Fatal(err)
		}
		if want := countOf(t, env, hq, `{"op":"NOT_EMPTY","dimension":"risk_category"}`); len(sheet)-1 != want || want <= seg.LiveCount {
			t.Errorf("hq1 exported %d rows, counts %d", len(sheet)-1, want)
		}
		for _, r := range sheet[1:] {
			if len(r) > 5 && r[5] != "" && !strings.Contains(r[5], "*") {
				t.Fatalf("hq1 got an unmasked phone %q", r[5])
			}
		}
		if reads() != readsBefore {
			t.Errorf("hq1's masked export recorded %d unmasked reads", reads()-readsBefore)
		}

		private := saveSegment(t, env, a1, "私有", "PRIVATE", `{"op":"NOT_EMPTY","dimension":"risk_category"}`)
		for _, c := range []struct {
			token, id, format string
			status            int
		}{
			{env.Login(t, "advisor2"), private.ID, "csv", http.StatusNotFound},
			{"", seg.ID, "csv", http.StatusUnauthorized},
			{a1, seg.ID, "pdf", http.StatusBadRequest},
		} {
			if rec := export(t, env, c.token, c.id, c.format); rec.Code != c.status {
				t.Errorf("export %s as %s: %d, want %d", c.id, c.format, rec.Code, c.status)
			}
		}
	})
}
