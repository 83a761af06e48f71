package segment_test

import (
	"encoding/json"
	"strings"
	"testing"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/segment"
)

// FuzzValidate feeds arbitrary JSON to Unmarshal, Validate and Compile
// and builds the SQL on both dialects: nothing may panic, Validate and
// Compile must agree, every refusal is made of RuleErrors, and no SQL
// ever holds a literal.
func FuzzValidate(f *testing.F) {
	for _, tc := range dbCases {
		f.Add([]byte(tc.rule))
	}
	for _, seed := range []string{
		`{}`, `null`, `[]`, `{"op":"NOT"}`, `{"op":"AND","rules":[null]}`,
		`{"op":"EQ","dimension":"age","value":{"a":[1,2]}}`,
		`{"op":"IN","dimension":"age","values":[null,"",-0,1e400]}`,
		`{"op":"BETWEEN","dimension":"opened_on","values":["0001-01-01","9998-12-31"]}`,
		`{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":-1,"unit":"DAY"}}`,
		`{"op":"HAS_TAG","dimension":"tags","value":"\u0000"}`,
		`{"op":"GE","dimension":"total_assets","value":"-922337203685477.5807"}`,
		nested(segment.MaxDepth+5, ok),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r segment.Rule
		if json.Unmarshal(data, &r) != nil {
			return
		}
		verr := segment.Validate(r, catalog)
		p, cerr := segment.Compile(r, catalog, now)
		if (verr == nil) != (cerr == nil) {
			t.Fatalf("Validate: %v, Compile: %v", verr, cerr)
		}
		if verr != nil {
			errs := segment.RuleErrors(verr)
			if len(errs) == 0 {
				t.Fatalf("refused without a RuleError: %v", verr)
			}
			for _, e := range errs {
				if e.Problem == "" || e.Message == "" {
					t.Fatalf("incomplete RuleError %+v", e)
				}
			}
			return
		}
		for _, d := range []string{dialect.Postgres, dialect.SQLite} {
			b := sql.Dialect(d)
			table := b.Table("clients")
			s := b.Select(table.C("id")).From(table)
			p(s)
			q, _ := s.Query()
			if err := s.Err(); err != nil {
				t.Fatalf("%s: %v", d, err)
			}
			if strings.Contains(q, "'") {
				t.Fatalf("%s: the SQL holds a literal: %s", d, q)
			}
		}
	})
}
