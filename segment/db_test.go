package segment_test

import (
	"context"
	stdsql "database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	_ "github.com/lib/pq"
	_ "modernc.org/sqlite"

	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/pgtest"
	"github.com/brokercrm/crm/segment"
)

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.StopShared()
	os.Exit(code)
}

// schema is the test tables, the same on both databases. Amounts and
// ratios are BIGINT ten-thousandths, as money.Decimal columns are.
var schema = []string{
	`CREATE TABLE clients (id INTEGER PRIMARY KEY, age INTEGER, total_assets BIGINT, position_ratio BIGINT,
		status TEXT, opened_on DATE, vip BOOLEAN, last_trade_at DATE)`,
	`CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)`,
	`CREATE TABLE customer_tags (customer_id INTEGER NOT NULL REFERENCES clients (id),
		tag_id INTEGER NOT NULL REFERENCES tags (id), PRIMARY KEY (customer_id, tag_id))`,
}

// cst is China Standard Time, without depending on the tz database.
var cst = time.FixedZone("CST", 8*3600)

// now is the fixed "now" of the relative-date cases: 01:30 in Beijing,
// still the previous day in UTC, so a compiler that took the UTC date
// would be off by one.
var now = time.Date(2026, 5, 15, 1, 30, 0, 0, cst)

// day is a calendar day as the repository writes a date field: midnight
// in China Standard Time.
func day(s string) *time.Time {
	t, err := time.ParseInLocation("2006-01-02", s, cst)
	if err != nil {
		panic(err)
	}
	return &t
}

func amount(s string) *int64 {
	u := money.MustParse(s).Units()
	return &u
}

func ptr[T any](v T) *T { return &v }

type client struct {
	id            int
	age           *int64
	totalAssets   *int64 // ten-thousandths
	positionRatio *int64 // ten-thousandths
	status        *string
	openedOn      *time.Time
	vip           *bool
	lastTradeAt   *time.Time
	tags          []int
}

// Tags 1 高净值 (high net worth), 2 活跃 (active), 3 已流失 (churned).
var tags = map[int]string{1: "高净值", 2: "活跃", 3: "已流失"}

// clients, with today = 2026-05-15: today minus 90 days is 2026-02-14,
// minus 1 month 2026-04-15, minus 3 years 2023-05-15.
var clients = []client{
	{1, ptr[int64](25), amount("8000"), amount("0.1"), ptr("NORMAL"), day("2025-06-01"), ptr(false),
		ptr(time.Date(2026, 5, 15, 23, 30, 0, 0, cst)), []int{2}}, // traded late today
	{2, ptr[int64](35), amount("120000.50"), amount("0.55"), ptr("NORMAL"), day("2019-03-15"), ptr(true), day("2026-02-14"), nil}, // exactly 90 days ago
	{3, ptr[int64](45), amount("500000"), amount("0.8"), ptr("FROZEN"), day("2010-01-01"), ptr(true), day("2026-02-13"), []int{1, 2}},
	{4, ptr[int64](60), amount("2000000"), amount("0.9999"), ptr("NORMAL"), day("2026-05-15"), ptr(false), day("2025-11-30"), []int{1}},
	{5, ptr[int64](18), amount("0"), amount("0"), ptr("POTENTIAL"), day("2026-01-05"), ptr(false), nil, nil},
	{6, nil, amount("50000.0001"), nil, ptr("CLOSED"), day("2015-07-20"), nil, day("2023-05-15"), []int{3}},
	{7, ptr[int64](70), amount("10000000"), amount("1"), ptr("LOST"), day("2001-12-31"), ptr(true), day("2026-05-16"), []int{1}}, // a trade dated tomorrow
	{8, ptr[int64](30), amount("99999.9999"), amount("0.3333"), ptr("NORMAL"), day("2026-02-28"), ptr(false), day("2026-03-31"), nil},
	{9, nil, nil, nil, nil, nil, nil, nil, nil}, // knows nothing
	{10, ptr[int64](40), nil, amount("0.5"), nil, nil, ptr(true), day("2026-04-15"), []int{2}},
}

// dbCases are rules with the clients each must return, on both databases.
var dbCases = []struct {
	name, rule string
	want       []int
}{
	{"IntegerEQ", `{"op":"EQ","dimension":"age","value":35}`, []int{2}},
	{"IntegerEQString", `{"op":"EQ","dimension":"age","value":"35.0"}`, []int{2}},
	{"IntegerNEIgnoresNull", `{"op":"NE","dimension":"age","value":35}`, []int{1, 3, 4, 5, 7, 8, 10}},
	{"NotEQIncludesNull", `{"op":"NOT","rules":[{"op":"EQ","dimension":"age","value":35}]}`, []int{1, 3, 4, 5, 6, 7, 8, 9, 10}},
	{"IntegerLT", `{"op":"LT","dimension":"age","value":30}`, []int{1, 5}},
	{"IntegerLE", `{"op":"LE","dimension":"age","value":30}`, []int{1, 5, 8}},
	{"IntegerGT", `{"op":"GT","dimension":"age","value":60}`, []int{7}},
	{"IntegerGE", `{"op":"GE","dimension":"age","value":60}`, []int{4, 7}},
	{"IntegerBetween", `{"op":"BETWEEN","dimension":"age","values":[30,45]}`, []int{2, 3, 8, 10}},
	{"IntegerIn", `{"op":"IN","dimension":"age","values":[18,70,99]}`, []int{5, 7}},
	{"IntegerNotInIgnoresNull", `{"op":"NOT_IN","dimension":"age","values":[18,70]}`, []int{1, 2, 3, 4, 8, 10}},
	{"IntegerEmpty", `{"op":"EMPTY","dimension":"age"}`, []int{6, 9}},
	{"IntegerNotEmpty", `{"op":"NOT_EMPTY","dimension":"age"}`, []int{1, 2, 3, 4, 5, 7, 8, 10}},
	{"MoneyGEString", `{"op":"GE","dimension":"total_assets","value":"500000"}`, []int{3, 4, 7}},
	{"MoneyGTNumber", `{"op":"GT","dimension":"total_assets","value":500000}`, []int{4, 7}},
	{"MoneyBetweenExact", `{"op":"BETWEEN","dimension":"total_assets","values":["50000.0001","120000.50"]}`, []int{2, 6, 8}},
	{"MoneyLTDecimalNumber", `{"op":"LT","dimension":"total_assets","value":50000.0001}`, []int{1, 5}},
	{"MoneyEQZero", `{"op":"EQ","dimension":"total_assets","value":"0"}`, []int{5}},
	{"MoneyEmpty", `{"op":"EMPTY","dimension":"total_assets"}`, []int{9, 10}},
	{"NumberGE", `{"op":"GE","dimension":"position_ratio","value":"0.8"}`, []int{3, 4, 7}},
	{"NumberLT", `{"op":"LT","dimension":"position_ratio","value":0.3334}`, []int{1, 5, 8}},
	{"EnumEQ", `{"op":"EQ","dimension":"status","value":"NORMAL"}`, []int{1, 2, 4, 8}},
	{"EnumNEIgnoresNull", `{"op":"NE","dimension":"status","value":"NORMAL"}`, []int{3, 5, 6, 7}},
	{"EnumNEOrEmpty", `{"op":"OR","rules":[{"op":"NE","dimension":"status","value":"NORMAL"},{"op":"EMPTY","dimension":"status"}]}`, []int{3, 5, 6, 7, 9, 10}},
	{"EnumIn", `{"op":"IN","dimension":"status","values":["FROZEN","LOST"]}`, []int{3, 7}},
	{"EnumNotIn", `{"op":"NOT_IN","dimension":"status","values":["NORMAL","POTENTIAL"]}`, []int{3, 6, 7}},
	{"BooleanTrue", `{"op":"EQ","dimension":"vip","value":true}`, []int{2, 3, 7, 10}},
	{"BooleanFalse", `{"op":"EQ","dimension":"vip","value":false}`, []int{1, 4, 5, 8}},
	{"BooleanNETrue", `{"op":"NE","dimension":"vip","value":true}`, []int{1, 4, 5, 8}},
	{"BooleanNotTrue", `{"op":"NOT","rules":[{"op":"EQ","dimension":"vip","value":true}]}`, []int{1, 4, 5, 6, 8, 9}},
	{"BooleanEmpty", `{"op":"EMPTY","dimension":"vip"}`, []int{6, 9}},
	{"DateEQ", `{"op":"EQ","dimension":"opened_on","value":"2026-05-15"}`, []int{4}},
	{"DateEQTimeOfDay", `{"op":"EQ","dimension":"last_trade_at","value":"2026-05-15"}`, []int{1}},
	{"DateNE", `{"op":"NE","dimension":"opened_on","value":"2026-05-15"}`, []int{1, 2, 3, 5, 6, 7, 8}},
	{"DateLT", `{"op":"LT","dimension":"opened_on","value":"2015-07-20"}`, []int{3, 7}},
	{"DateLE", `{"op":"LE","dimension":"opened_on","value":"2015-07-20"}`, []int{3, 6, 7}},
	{"DateGT", `{"op":"GT","dimension":"opened_on","value":"2026-01-05"}`, []int{4, 8}},
	{"DateGE", `{"op":"GE","dimension":"opened_on","value":"2026-01-05"}`, []int{4, 5, 8}},
	{"DateBetween", `{"op":"BETWEEN","dimension":"opened_on","values":["2019-03-15","2026-01-05"]}`, []int{1, 2, 5}},
	{"DateLETimeOfDay", `{"op":"LE","dimension":"last_trade_at","value":"2026-05-15"}`, []int{1, 2, 3, 4, 6, 8, 10}},
	{"WithinLast90Days", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":90,"unit":"DAY"}}`, []int{1, 2, 8, 10}},
	{"BeforeLast90Days", `{"op":"BEFORE_LAST","dimension":"last_trade_at","value":{"amount":90,"unit":"DAY"}}`, []int{3, 4, 6}},
	{"WithinLastDay", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":1,"unit":"DAY"}}`, []int{1}},
	{"WithinLastMonth", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":1,"unit":"MONTH"}}`, []int{1, 10}},
	{"WithinLast3Years", `{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":3,"unit":"YEAR"}}`, []int{1, 2, 3, 4, 6, 8, 10}},
	{"BeforeLast3Years", `{"op":"BEFORE_LAST","dimension":"last_trade_at","value":{"amount":3,"unit":"YEAR"}}`, nil},
	{"NotWithinLast90Days", `{"op":"NOT","rules":[{"op":"WITHIN_LAST","dimension":"last_trade_at","value":{"amount":90,"unit":"DAY"}}]}`, []int{3, 4, 5, 6, 7, 9}},
	{"HasTagByName", `{"op":"HAS_TAG","dimension":"tags","value":"高净值"}`, []int{3, 4, 7}},
	{"HasTagByID", `{"op":"HAS_TAG","dimension":"tags","value":2}`, []int{1, 3, 10}},
	{"NotHasTag", `{"op":"NOT_HAS_TAG","dimension":"tags","value":"高净值"}`, []int{1, 2, 5, 6, 8, 9, 10}},
	{"HasTagUnknown", `{"op":"HAS_TAG","dimension":"tags","value":"无此标签"}`, nil},
	{"HasBothTags", `{"op":"AND","rules":[{"op":"HAS_TAG","dimension":"tags","value":"高净值"},{"op":"HAS_TAG","dimension":"tags","value":2}]}`, []int{3}},
	{"Nested", `{"op":"AND","rules":[
		{"op":"OR","rules":[{"op":"EQ","dimension":"status","value":"NORMAL"},{"op":"EQ","dimension":"vip","value":true}]},
		{"op":"NOT","rules":[{"op":"OR","rules":[{"op":"LT","dimension":"age","value":30},{"op":"EMPTY","dimension":"total_assets"}]}]}]}`,
		[]int{2, 3, 4, 7, 8}},
	{"NotOfAnd", `{"op":"NOT","rules":[{"op":"AND","rules":[{"op":"GE","dimension":"age","value":30},{"op":"EQ","dimension":"vip","value":true}]}]}`, []int{1, 4, 5, 6, 8, 9}},
	{"DoubleNot", `{"op":"NOT","rules":[{"op":"NOT","rules":[{"op":"EQ","dimension":"status","value":"FROZEN"}]}]}`, []int{3}},
	{"ComplementCoversAll", `{"op":"OR","rules":[{"op":"GT","dimension":"age","value":40},{"op":"NOT","rules":[{"op":"GT","dimension":"age","value":40}]}]}`,
		[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
	{"InjectionAsTagName", `{"op":"HAS_TAG","dimension":"tags","value":"'; DROP TABLE clients; --"}`, nil},
	{"InjectionAsTagNameWithQuotes", `{"op":"HAS_TAG","dimension":"tags","value":"x\" OR 1=1) OR ('1'='1"}`, nil},
}

// database is one of the two test databases, filled with clients.
type database struct {
	name    string // the ent dialect
	db      *stdsql.DB
	dialect string
}

func TestCompileOnDatabases(t *testing.T) {
	for _, d := range testDatabases(t) {
		t.Run(d.name, func(t *testing.T) {
			d.fill(t)
			// The rules are run against the table by name, and under the
			// alias "t1" that ent gives tables in its own subqueries.
			for _, from := range []struct{ name, alias string }{{"Table", ""}, {"AliasT1", "t1"}} {
				t.Run(from.name, func(t *testing.T) {
					for _, tc := range dbCases {
						t.Run(tc.name, func(t *testing.T) {
							p, err := segment.Compile(parse(t, tc.rule), catalog, now)
							if err != nil {
								t.Fatal(err)
							}
							if got := d.ids(t, from.alias, p); !slices.Equal(got, tc.want) {
								t.Errorf("got %v, want %v", got, tc.want)
							}
						})
					}
				})
			}
			// The injection attempts found nothing and did nothing.
			var n int
			if err := d.db.QueryRow(`SELECT count(*) FROM clients`).Scan(&n); err != nil || n != len(clients) {
				t.Errorf("after the rules: %d clients (%v), want %d", n, err, len(clients))
			}
		})
	}
}

// testDatabases returns an in-memory SQLite and, when PostgreSQL is
// installed, a fresh database on pgtest's throwaway cluster.
func testDatabases(t *testing.T) []database {
	t.Helper()
	lite, err := stdsql.Open("sqlite", "file::memory:?_time_format=sqlite")
	if err != nil {
		t.Fatal(err)
	}
	lite.SetMaxOpenConns(1) // every connection to :memory: is a database of its own
	t.Cleanup(func() { lite.Close() })
	dbs := []database{{"sqlite", lite, dialect.SQLite}}
	if !postgresInstalled() {
		t.Log("PostgreSQL is not installed (no initdb): testing SQLite only")
		return dbs
	}
	pg, err := stdsql.Open("postgres", pgtest.NewDatabase(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pg.Close() })
	return append(dbs, database{"postgres", pg, dialect.Postgres})
}

// postgresInstalled looks for initdb where pgtest does.
func postgresInstalled() bool {
	if _, err := exec.LookPath("initdb"); err == nil {
		return true
	}
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	return len(found) > 0
}

// fill creates the tables and inserts clients and tags.
func (d database) fill(t *testing.T) {
	t.Helper()
	ctx := context.Background()
	run := func(q sql.Querier) {
		query, args := q.Query()
		if _, err := d.db.ExecContext(ctx, query, args...); err != nil {
			t.Fatalf("%s %v: %v", query, args, err)
		}
	}
	for _, stmt := range schema {
		if _, err := d.db.ExecContext(ctx, stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	b := sql.Dialect(d.dialect)
	for id := 1; id <= len(tags); id++ {
		run(b.Insert("tags").Columns("id", "name").Values(id, tags[id]))
	}
	for _, c := range clients {
		run(b.Insert("clients").
			Columns("id", "age", "total_assets", "position_ratio", "status", "opened_on", "vip", "last_trade_at").
			Values(c.id, c.age, c.totalAssets, c.positionRatio, c.status, c.openedOn, c.vip, c.lastTradeAt))
		for _, tag := range c.tags {
			run(b.Insert("customer_tags").Columns("customer_id", "tag_id").Values(c.id, tag))
		}
	}
}

// ids runs p on the clients table (aliased when alias is set) and returns
// the ids it selects, in order.
func (d database) ids(t *testing.T, alias string, p func(*sql.Selector)) []int {
	t.Helper()
	b := sql.Dialect(d.dialect)
	table := b.Table("clients")
	if alias != "" {
		table.As(alias)
	}
	s := b.Select(table.C("id")).From(table).OrderBy(table.C("id"))
	p(s)
	query, args := s.Query()
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	// No literal ever: every value is a parameter.
	if strings.ContainsAny(query, `'`) {
		t.Errorf("the SQL holds a literal: %s", query)
	}
	rows, err := d.db.Query(query, args...)
	if err != nil {
		t.Fatalf("%s %v: %v", query, args, err)
	}
	defer rows.Close()
	var ids []int
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return ids
}
