package segment_test

import (
	"fmt"
	"strings"
	"testing"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/segment"
)

// query compiles rule and returns the SQL and arguments of selecting
// client ids with it in dialect d.
func query(t *testing.T, d, rule string) (string, []any) {
	t.Helper()
	p, err := segment.Compile(parse(t, rule), catalog, now)
	if err != nil {
		t.Fatal(err)
	}
	b := sql.Dialect(d)
	table := b.Table("clients")
	s := b.Select(table.C("id")).From(table)
	p(s)
	q, args := s.Query()
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return q, args
}

// TestCompileSQL pins the shape of the SQL: the NULL guard, the bound
// forms of each type, placeholders per dialect.
func TestCompileSQL(t *testing.T) {
	const head = `SELECT "clients"."id" FROM "clients" WHERE `
	for _, tc := range []struct {
		name, rule, where string
		args              []any
	}{
		{"NEGuardsNull", `{"op":"NE","dimension":"age","value":35}`,
			`"clients"."age" IS NOT NULL AND "clients"."age" <> $1`, []any{int64(35)}},
		{"MoneyAsTenThousandths", `{"op":"GE","dimension":"total_assets","value":"500000.5"}`,
			`"clients"."total_assets" IS NOT NULL AND "clients"."total_assets" >= $1`, []any{int64(5_000_005_000)}},
		{"NumberAsTenThousandths", `{"op":"BETWEEN","dimension":"position_ratio","values":[0.1,"0.25"]}`,
			`"clients"."position_ratio" IS NOT NULL AND ("clients"."position_ratio" >= $1 AND "clients"."position_ratio" <= $2)`, []any{int64(1000), int64(2500)}},
		{"EmptyIsNull", `{"op":"EMPTY","dimension":"status"}`, `"clients"."status" IS NULL`, nil},
		{"BooleanIsTheColumn", `{"op":"EQ","dimension":"vip","value":true}`, `"clients"."vip" IS NOT NULL AND "clients"."vip"`, nil},
		{"DateEQIsOneDay", `{"op":"EQ","dimension":"opened_on","value":"2024-02-29"}`,
			`"clients"."opened_on" IS NOT NULL AND ("clients"."opened_on" >= $1 AND "clients"."opened_on" < $2)`, []any{"2024-02-29", "2024-03-01"}},
		{"WithinLastUntilTomorrow", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":90,"unit":"DAY"}}`,
			`"clients"."last_trade_at" IS NOT NULL AND ("clients"."last_trade_at" >= $1 AND "clients"."last_trade_at" < $2)`, []any{"2026-02-14", "2026-05-16"}},
		{"NotInOr", `{"op":"NOT","rules":[{"op":"OR","rules":[{"op":"IN","dimension":"status","values":["LOST","CLOSED"]},{"op":"EMPTY","dimension":"age"}]}]}`,
			`NOT (("clients"."status" IS NOT NULL AND "clients"."status" IN ($1, $2)) OR "clients"."age" IS NULL)`, []any{"LOST", "CLOSED"}},
		{"TagByIDWithoutTagTable", `{"op":"NOT_HAS_TAG","dimension":"tags","value":3}`,
			`NOT (EXISTS (SELECT "segment_tag_link"."customer_id" FROM "customer_tags" AS "segment_tag_link" WHERE "segment_tag_link"."customer_id" = "clients"."id" AND "segment_tag_link"."tag_id" = $1))`, []any{int64(3)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, args := query(t, dialect.Postgres, tc.rule)
			if want := head + tc.where; q != want {
				t.Errorf("got  %s\nwant %s", q, want)
			}
			if fmt.Sprintf("%#v", args) != fmt.Sprintf("%#v", tc.args) {
				t.Errorf("args: got %#v, want %#v", args, tc.args)
			}
		})
	}
	t.Run("SQLitePlaceholders", func(t *testing.T) {
		q, _ := query(t, dialect.SQLite, `{"op":"HAS_TAG","dimension":"tags","value":"活跃"}`)
		want := "SELECT `clients`.`id` FROM `clients` WHERE EXISTS (SELECT `segment_tag_link`.`customer_id` FROM `customer_tags` AS `segment_tag_link` " +
			"JOIN `tags` AS `segment_tag` ON `segment_tag`.`id` = `segment_tag_link`.`tag_id` " +
			"WHERE `segment_tag_link`.`customer_id` = `clients`.`id` AND `segment_tag`.`name` = ?)"
		if q != want {
			t.Errorf("got  %s\nwant %s", q, want)
		}
	})
}

// TestCompileInjection puts SQL in every place a rule holds text: each
// attempt is refused by validation or bound as a parameter, never written
// into the SQL. (TestCompileOnDatabases runs the bound ones.)
func TestCompileInjection(t *testing.T) {
	const attack = `'; DROP TABLE customers; --`
	quoted := fmt.Sprintf("%q", attack)
	for _, tc := range []struct {
		name, rule string
		bound      bool // valid, with attack as a parameter; else refused
	}{
		{"EnumValue", `{"op":"EQ","dimension":"status","value":` + quoted + `}`, false},
		{"EnumInValues", `{"op":"IN","dimension":"status","values":["NORMAL",` + quoted + `]}`, false},
		{"TagName", `{"op":"HAS_TAG","dimension":"tags","value":` + quoted + `}`, true},
		{"Dimension", `{"op":"EQ","dimension":` + quoted + `,"value":1}`, false},
		{"Op", `{"op":` + quoted + `,"dimension":"age","value":1}`, false},
		{"Date", `{"op":"EQ","dimension":"opened_on","value":` + quoted + `}`, false},
		{"Money", `{"op":"EQ","dimension":"total_assets","value":` + quoted + `}`, false},
		{"Integer", `{"op":"EQ","dimension":"age","value":"1; DROP TABLE customers"}`, false},
		{"PeriodUnit", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":1,"unit":` + quoted + `}}`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := parse(t, tc.rule)
			err := segment.Validate(r, catalog)
			if !tc.bound {
				if len(segment.RuleErrors(err)) == 0 {
					t.Fatalf("got %v, want a rule error", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range []string{dialect.Postgres, dialect.SQLite} {
				q, args := query(t, d, tc.rule)
				if strings.Contains(q, "DROP") || strings.Contains(q, "'") {
					t.Errorf("%s: the SQL holds the attack: %s", d, q)
				}
				if fmt.Sprint(args) != fmt.Sprint([]any{attack}) {
					t.Errorf("%s: args: got %v, want the attack as the one parameter", d, args)
				}
			}
		})
	}
}

func TestCompileInvalid(t *testing.T) {
	p, err := segment.Compile(parse(t, `{"op":"LT","dimension":"status","value":"NORMAL"}`), catalog, now)
	if p != nil {
		t.Error("got a predicate for an invalid rule")
	}
	if errs := segment.RuleErrors(err); len(errs) != 1 || errs[0].Problem != segment.BadOperator {
		t.Errorf("got %v, want one BAD_OPERATOR", err)
	}
}

// TestCompileMissingSource: a dimension the catalogue lists but cannot
// reach in SQL is the catalogue's fault, not the user's.
func TestCompileMissingSource(t *testing.T) {
	broken := exampleCatalog{
		"age":  {catalog["age"].dim, segment.Source{}},
		"tags": {catalog["tags"].dim, segment.ColumnSource("tags")},
	}
	for _, rule := range []string{
		`{"op":"EQ","dimension":"age","value":1}`,
		`{"op":"HAS_TAG","dimension":"tags","value":1}`,
	} {
		r := parse(t, rule)
		if err := segment.Validate(r, broken); err != nil {
			t.Fatalf("Validate: %v", err)
		}
		p, err := segment.Compile(r, broken, now)
		if err == nil || p != nil || segment.RuleErrors(err) != nil {
			t.Errorf("%s: got %v, want a plain error", rule, err)
		}
	}
}
