package graph_test

import (
	"os"
	"testing"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ingest"
)

const createDimension = `mutation($in: CreateDimensionInput!) { createDimension(input: $in) { id key type source values } }`

// TestImportedDimensions defines dimensions as head office and loads their
// values with a DIMENSION_VALUES import.
func TestImportedDimensions(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		hq := env.Login(t, "hq1")
		var created struct {
			CreateDimension struct {
				Key, Type, Source string
				Values            []string
			}
		}
		env.Do(t, hq, createDimension, map[string]any{"in": map[string]any{"key": "bank_aum", "nameZh": "银行端资产",
			"nameEn": "Assets at the partner bank", "group": "HOLDINGS", "type": "MONEY", "unit": "CNY"}}).Decode(t, &created)
		if created.CreateDimension.Source != "IMPORTED" {
			t.Fatalf("created %+v", created.CreateDimension)
		}
		env.Do(t, hq, createDimension, map[string]any{"in": map[string]any{"key": "campaign_2026q3", "nameZh": "三季度活动响应",
			"nameEn": "Q3 campaign response", "group": "MARKETING", "type": "ENUM", "values": []string{"OPENED", "CLICKED", "BOUGHT"}}}).Decode(t, &created)
		for _, bad := range []struct {
			who, code string
			in        map[string]any
		}{
			{"advisor1", "FORBIDDEN", map[string]any{"key": "x_advisor", "nameZh": "x", "nameEn": "x", "group": "BASIC", "type": "NUMBER"}},
			{"hq1", "BAD_USER_INPUT", map[string]any{"key": "Bad Key", "nameZh": "x", "nameEn": "x", "group": "BASIC", "type": "NUMBER"}},
			{"hq1", "BAD_USER_INPUT", map[string]any{"key": "no_values", "nameZh": "x", "nameEn": "x", "group": "BASIC", "type": "ENUM"}},
		} {
			if code := env.Do(t, env.Login(t, bad.who), createDimension, map[string]any{"in": bad.in}).Code(); code != bad.code {
				t.Errorf("%s creating %v: %q, want %s", bad.who, bad.in, code, bad.code)
			}
		}

		var clientNo string
		if err := env.DB.SQL.QueryRow("SELECT client_no FROM customers ORDER BY id LIMIT 1").Scan(&clientNo); err != nil {
			t.Fatal(err)
		}
		file := "client_no,dimension,value\n" +
			clientNo + ",bank_aum,1234567.89\n" +
			clientNo + ",campaign_2026q3,CLICKED\n" +
			clientNo + ",campaign_2026q3,SHARED\n" + // not one of its values
			clientNo + ",no_such_dimension,1\n" +
			clientNo + ",bank_aum,lots\n" +
			"NOBODY,bank_aum,1\n"
		path := t.TempDir() + "/dims.csv"
		writeTestFile(t, path, file)
		s, err := ingest.Run(t.Context(), env.DB, ingest.Options{Kind: "DIMENSION_VALUES", Path: path})
		if err != nil {
			t.Fatal(err)
		}
		// Line 4 has the key of line 2 too (the same client and dimension)
		// but is rejected for its value first.
		if s.Inserted != 2 || s.Rejected != 4 {
			t.Fatalf("dimension values: %+v", s)
		}
		var n int
		if err := env.DB.SQL.QueryRow(`SELECT count(*) FROM dimension_values v JOIN dimensions d ON d.id = v.dimension_id
			WHERE (d.key = 'bank_aum' AND v.number = 12345678900) OR (d.key = 'campaign_2026q3' AND v.text = 'CLICKED')`).Scan(&n); err != nil || n != 2 {
			t.Errorf("stored values: %d %v", n, err)
		}
		again, err := ingest.Run(t.Context(), env.DB, ingest.Options{Kind: "DIMENSION_VALUES", Path: path})
		if err != nil || again.Unchanged != 2 || again.Inserted+again.Updated != 0 {
			t.Errorf("the same values again: %+v %v", again, err)
		}
	})
}

func writeTestFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}
