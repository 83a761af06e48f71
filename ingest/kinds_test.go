package ingest_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/idcard"
	"github.com/brokercrm/crm/ingest"
)

// kindCase is a file of one kind: good rows, then a corrected version of
// it in which changed rows differ, and what must be stored afterwards.
type kindCase struct {
	kind           ingest.Kind
	file, fixed    string
	rows, changed  int
	check          func(t *testing.T, w *world)
	checkCorrected func(t *testing.T, w *world)
}

func kindCases(w *world) []kindCase {
	a, c, s := w.accounts, w.clients, w.instruments
	id1 := idcard.Generate("110101", date(1980, 5, 17), 12, true)
	id2 := idcard.Generate("310104", date(1992, 1, 3), 7, false)
	return []kindCase{{
		kind: "CLIENTS",
		file: "client_no,name,id_number,phone,email,branch_code,advisor,opened_on,status\n" +
			"N900001,王小明," + id1 + ",13800138001,wxm@example.com," + w.branches[0] + ",advisor1,2026-01-05,NORMAL\n" +
			"N900002,李红," + id2 + ",,," + w.branches[0] + ",,2026-02-01,POTENTIAL\n",
		fixed: "client_no,name,id_number,phone,email,branch_code,advisor,opened_on,status\n" +
			"N900001,王晓明," + id1 + ",13800138001,wxm@example.com," + w.branches[0] + ",advisor1,2026-01-05,CLOSED\n" +
			"N900002,李红," + id2 + ",,," + w.branches[0] + ",,2026-02-01,POTENTIAL\n",
		rows: 2, changed: 1,
		check: func(t *testing.T, w *world) {
			if n := w.count(t, "SELECT count(*) FROM customers WHERE client_no = 'N900001' AND gender = 'MALE' AND birth_date IS NOT NULL AND name_initials = 'wxm' AND phone_last4 = '8001' AND advisor_id IS NOT NULL"); n != 1 {
				t.Errorf("client N900001 with derived gender, birth date and search keys: %d", n)
			}
			if n := w.count(t, "SELECT count(*) FROM name_grams g JOIN customers c ON c.id = g.client_id WHERE c.client_no = 'N900001' AND g.gram = '小明'"); n != 1 {
				t.Errorf("name gram 小明: %d", n)
			}
		},
		checkCorrected: func(t *testing.T, w *world) {
			if n := w.count(t, "SELECT count(*) FROM name_grams g JOIN customers c ON c.id = g.client_id WHERE c.client_no = 'N900001' AND g.gram IN ('小明', '晓明')"); n != 1 {
				t.Errorf("the renamed client's grams were not rebuilt: %d", n)
			}
			if n := w.count(t, "SELECT count(*) FROM customers WHERE client_no = 'N900001' AND status = 'NORMAL' AND name = '王晓明'"); n != 1 {
				t.Errorf("a file renames a client but leaves its status to the CRM: %d", n)
			}
		},
	}, {
		kind: "ACCOUNTS",
		file: "account_no,client_no,type,market,opened_on,cash_balance,margin_debt\n" +
			"A900001," + c[0] + ",SECURITIES,SH,2026-01-05,1000.50,0\n" +
			"A900002," + c[1] + ",CREDIT,SZ,2026-01-06,20000,5000.25\n" +
			"A900003," + c[2] + ",FUND,TA,20260107,,\n",
		fixed: "account_no,client_no,type,market,opened_on,cash_balance,margin_debt\n" +
			"A900001," + c[0] + ",SECURITIES,SH,2026-01-05,999.50,0\n" +
			"A900002," + c[1] + ",CREDIT,SZ,2026-01-06,20000,5000.25\n" +
			"A900003," + c[2] + ",FUND,TA,20260107,,\n",
		rows: 3, changed: 1,
		check: func(t *testing.T, w *world) {
			if n := w.count(t, "SELECT count(*) FROM accounts WHERE account_no = 'A900002' AND margin_debt = 50002500 AND cash_balance = 200000000"); n != 1 {
				t.Errorf("account A900002's amounts: %d", n)
			}
		},
	}, {
		kind: "TRADES",
		file: "trade_no,account_no,instrument_code,market,side,quantity,price,traded_at\n" +
			"T900001," + a[0] + "," + s[0].code + "," + s[0].market + ",BUY,100,10.5,2026-06-01 10:00:00\n" +
			"T900002," + a[1] + "," + s[1].code + "," + s[1].market + ",卖出,200,3.25,2026-06-01T10:01:00+08:00\n",
		fixed: "trade_no,account_no,instrument_code,market,side,quantity,price,traded_at\n" +
			"T900001," + a[0] + "," + s[0].code + "," + s[0].market + ",BUY,100,10.5,2026-06-01 10:00:00\n" +
			"T900002," + a[1] + "," + s[1].code + "," + s[1].market + ",SELL,300,3.25,2026-06-01 10:01:00\n",
		rows: 2, changed: 1,
		check: func(t *testing.T, w *world) {
			if n := w.count(t, "SELECT count(*) FROM trades WHERE trade_no = 'T900002' AND side = 'SELL' AND amount = 6500000"); n != 1 {
				t.Errorf("trade T900002 with amount = price × quantity: %d", n)
			}
		},
	}, {
		kind: "FLOWS",
		file: "flow_no,account_no,type,amount,occurred_at\n" +
			"F900001," + a[0] + ",BANK_TRANSFER_IN,\"10,000.00\",2026-06-01 09:00:00\n" +
			"F900002," + a[0] + ",WITHDRAWAL,-500,2026-06-02 09:00:00\n",
		fixed: "flow_no,account_no,type,amount,occurred_at\n" +
			"F900001," + a[0] + ",BANK_TRANSFER_IN,10000,2026-06-01 09:00:00\n" +
			"F900002," + a[0] + ",WITHDRAWAL,-600,2026-06-02 09:00:00\n",
		rows: 2, changed: 1,
	}, {
		kind: "INTERACTIONS",
		file: "external_id,client_no,staff,channel,kind,summary,occurred_at,follow_up_on\n" +
			"CC-1," + c[0] + ",advisor1,PHONE,SERVICE,回访：客户询问两融额度,2026-06-01 15:00:00,2026-06-08\n" +
			"CC-2," + c[1] + ",,APP,CONSULTATION,\"Asked about fees, and ETFs\",2026-06-02 15:00:00,\n",
		fixed: "external_id,client_no,staff,channel,kind,summary,occurred_at,follow_up_on\n" +
			"CC-1," + c[0] + ",advisor1,PHONE,SERVICE,回访：客户询问两融额度,2026-06-01 15:00:00,2026-06-09\n" +
			"CC-2," + c[1] + ",,APP,CONSULTATION,\"Asked about fees, and ETFs\",2026-06-02 15:00:00,\n",
		rows: 2, changed: 1,
	}, {
		kind: "ASSESSMENTS",
		file: "external_id,client_no,score,level,horizon,varieties,assessed_at\n" +
			"RA-1," + c[3] + ",88,C5,LONG,EQUITY;DERIVATIVES,2026-06-29 10:00:00\n",
		fixed: "external_id,client_no,score,level,horizon,varieties,assessed_at\n" +
			"RA-1," + c[3] + ",70,C4,LONG,EQUITY;DERIVATIVES,2026-06-29 10:00:00\n",
		rows: 1, changed: 1,
		check: func(t *testing.T, w *world) {
			if n := w.count(t, "SELECT count(*) FROM customers WHERE client_no = ? AND risk_category = 'C5' AND risk_horizon = 'LONG' AND risk_varieties > 0", c[3]); n != 1 {
				t.Errorf("the client's risk profile follows the imported assessment: %d", n)
			}
		},
		checkCorrected: func(t *testing.T, w *world) {
			if n := w.count(t, "SELECT count(*) FROM customers WHERE client_no = ? AND risk_category = 'C4'", c[3]); n != 1 {
				t.Errorf("the client's risk profile follows the corrected assessment: %d", n)
			}
		},
	}, {
		kind: "HOLDINGS",
		file: "account_no,instrument_code,market,product_code,quantity,cost,market_value,as_of\n" +
			"A900001," + s[0].code + "," + s[0].market + ",,1000,9000,10500,2026-06-29\n" +
			"A900001," + s[1].code + "," + s[1].market + ",,500,1500,1625,2026-06-29\n" +
			"A900001,,," + w.products[0] + ",2000,2000,2100,2026-06-29\n",
		fixed: "account_no,instrument_code,market,product_code,quantity,cost,market_value,as_of\n" +
			"A900001," + s[0].code + "," + s[0].market + ",,1200,11000,12600,2026-06-30\n" +
			"A900001," + s[1].code + "," + s[1].market + ",,0,0,0,2026-06-30\n" +
			"A900001,,," + w.products[0] + ",2000,2000,2100,2026-06-29\n",
		rows: 3, changed: 2,
		checkCorrected: func(t *testing.T, w *world) {
			// The zero position is closed, and the product position, older
			// than the account's newest snapshot, is replaced by it.
			if n := w.count(t, "SELECT count(*) FROM holdings h JOIN accounts a ON a.id = h.account_id WHERE a.account_no = 'A900001'"); n != 1 {
				t.Errorf("positions of A900001 after the newer snapshot: %d, want 1", n)
			}
		},
	}}
}

func TestEveryKind(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newWorld(t, env)
		for _, k := range kindCases(w) { // in order: holdings need the accounts
			t.Run(string(k.kind), func(t *testing.T) {
				path := writeFile(t, "file.csv", k.file)
				first := importFile(t, env, ingest.Options{Kind: k.kind, Path: path})
				if first.Inserted != k.rows || first.Rejected != 0 {
					t.Fatalf("first import: %+v; rejections:\n%s", first, report(t, env, first.JobID))
				}
				if k.check != nil {
					k.check(t, w)
				}
				again := importFile(t, env, ingest.Options{Kind: k.kind, Path: writeFile(t, "again.csv", k.file)})
				if again.Unchanged != k.rows || again.Inserted+again.Updated+again.Rejected != 0 {
					t.Fatalf("the same file again: %+v", again)
				}
				fixed := importFile(t, env, ingest.Options{Kind: k.kind, Path: writeFile(t, "fixed.csv", k.fixed)})
				if fixed.Updated != k.changed || fixed.Inserted != 0 || fixed.Rejected != 0 {
					t.Fatalf("the corrected file: %+v, want %d updated; rejections:\n%s", fixed, k.changed, report(t, env, fixed.JobID))
				}
				if k.checkCorrected != nil {
					k.checkCorrected(t, w)
				}
				if n := w.count(t, "SELECT count(*) FROM metrics_marks"); n == 0 {
					t.Error("no client was marked for the metrics refresh")
				}
			})
		}
	})
}

func report(t *testing.T, env *crmtest.Env, job int) string {
	var b strings.Builder
	if err := ingest.WriteReport(t.Context(), env.DB.Client, job, &b); err != nil {
		return fmt.Sprint(err)
	}
	return b.String()
}
