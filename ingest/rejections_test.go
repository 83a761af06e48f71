package ingest_test

import (
	"context"
	"strings"
	"testing"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/importrejection"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/idcard"
	"github.com/brokercrm/crm/ingest"
)

// rejected is what a bad row must come back as.
type rejected struct {
	line          int
	column, value string
	reason        importrejection.Reason
}

func TestRejections(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newWorld(t, env)
		a, s := w.accounts[0], w.instruments[0]
		good := func(no string) string {
			return no + "," + a + "," + s.code + "," + s.market + ",BUY,100,10,2026-06-01 10:00:00"
		}
		lines := []string{
			"trade_no,account_no,instrument_code,market,side,quantity,price,traded_at",
			good("R1"), // line 2
			"R2,UNKNOWN-ACCOUNT," + s.code + "," + s.market + ",BUY,100,10,2026-06-01 10:00:00",
			"R3," + a + ",NOSUCH," + s.market + ",BUY,100,10,2026-06-01 10:00:00",
			"R4," + a + "," + s.code + "," + s.market + ",BUY,-100,10,2026-06-01 10:00:00",
			"R5," + a + "," + s.code + "," + s.market + ",BUY,1OO,10,2026-06-01 10:00:00",
			"R6," + a + "," + s.code + "," + s.market + ",BUY,100,10.123456,2026-06-01 10:00:00",
			"R7," + a + "," + s.code + "," + s.market + ",BUY,100,10,2026-13-01 10:00:00",
			"R8," + a + "," + s.code + "," + s.market + ",HOLD,100,10,2026-06-01 10:00:00",
			"R9," + a + "," + s.code + ",MOON,BUY,100,10,2026-06-01 10:00:00",
			"," + a + "," + s.code + "," + s.market + ",BUY,100,10,2026-06-01 10:00:00",
			strings.Repeat("X", 41) + "," + a + "," + s.code + "," + s.market + ",BUY,100,10,2026-06-01 10:00:00",
			good("R1"),     // line 13: the key of line 2 again
			`R13,a"b,` + a, // line 14: not CSV (a bare quote)
			good("R14"),    // line 15
			"R15," + a + "," + s.code + "," + s.market + ",BUY,100,10,'); DROP TABLE trades; --",
		}
		want := []rejected{
			{3, "account_no", "UNKNOWN-ACCOUNT", "UNKNOWN_REFERENCE"},
			{4, "instrument_code", "NOSUCH." + s.market, "UNKNOWN_REFERENCE"},
			{5, "quantity", "-100", "NEGATIVE"},
			{6, "quantity", "1OO", "BAD_NUMBER"},
			{7, "price", "10.123456", "BAD_NUMBER"},
			{8, "traded_at", "2026-13-01 10:00:00", "BAD_DATE"},
			{9, "side", "HOLD", "BAD_ENUM"},
			{10, "market", "MOON", "BAD_ENUM"},
			{11, "trade_no", "", "MISSING"},
			{12, "trade_no", strings.Repeat("X", 41), "TOO_LONG"},
			{13, "trade_no", "R1", "DUPLICATE_KEY"},
			{14, "", "", "MALFORMED"},
			{16, "traded_at", "'); DROP TABLE trades; --", "BAD_DATE"},
		}
		s1 := importFile(t, env, ingest.Options{Kind: "TRADES", Path: writeFile(t, "bad.csv", strings.Join(lines, "\n")+"\n")})
		if s1.Inserted != 2 || s1.Rejected != len(want) {
			t.Fatalf("summary %+v, want 2 inserted and %d rejected:\n%s", s1, len(want), report(t, env, s1.JobID))
		}
		checkRejections(t, env, s1.JobID, want)

		// Personal data is masked in the report; ID check digits, phones
		// and e-mail are checked; rows that contradict themselves are
		// INVALID.
		valid := idcard.Generate("110101", date(1980, 5, 17), 1, true)
		id := valid[:17] + map[bool]string{true: "1", false: "2"}[valid[17] != '1'] // a wrong check digit
		clients := "client_no,name,id_number,phone,email,branch_code,opened_on,closed_on\n" +
			"Q1,张三," + id + ",,," + w.branches[0] + ",,\n" +
			"Q2,李四," + valid + ",12345,," + w.branches[0] + ",,\n" +
			"Q3,王五," + valid + ",,not-an-email," + w.branches[0] + ",,\n" +
			"Q4,赵六," + valid + ",,," + w.branches[0] + ",2026-02-01,2026-01-01\n" +
			"Q5,钱七," + valid + ",,,NOBRANCH,,\n"
		s2 := importFile(t, env, ingest.Options{Kind: "CLIENTS", Path: writeFile(t, "clients.csv", clients)})
		if s2.Rejected != 5 {
			t.Fatalf("clients: %+v:\n%s", s2, report(t, env, s2.JobID))
		}
		checkRejections(t, env, s2.JobID, []rejected{
			{2, "id_number", "110***********" + id[14:], "BAD_ID_NUMBER"},
			{3, "phone", "*****", "BAD_PHONE"},
			{4, "email", "not*****mail", "BAD_EMAIL"},
			{5, "closed_on", "2026-01-01", "INVALID"},
			{6, "branch_code", "NOBRANCH", "UNKNOWN_REFERENCE"},
		})
	})
}

func checkRejections(t *testing.T, env *crmtest.Env, job int, want []rejected) {
	t.Helper()
	got, err := env.DB.Client.ImportRejection.Query().Where(importrejection.JobID(job)).
		Order(ent.Asc(importrejection.FieldLine)).All(privacy.DecisionContext(context.Background(), privacy.Allow))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d rejections, want %d:\n%s", len(got), len(want), report(t, env, job))
	}
	for i, w := range want {
		g := got[i]
		if g.Line != w.line || g.Column != w.column || g.Reason != w.reason || (w.value != "" && g.Value != w.value) || g.Message == "" {
			t.Errorf("rejection %d = line %d %s %q %s (%s), want line %d %s %q %s", i, g.Line, g.Column, g.Value, g.Reason,
				g.Message, w.line, w.column, w.value, w.reason)
		}
	}
}
