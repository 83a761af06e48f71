package ingest_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/idcard"
	"github.com/brokercrm/crm/ingest"
)

func TestFormats(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newWorld(t, env)
		ctx := context.Background()

		// A GBK file, as Chinese core systems export them, with the
		// columns named as that system names them.
		id := idcard.Generate("440305", date(1975, 9, 9), 3, false)
		text := "客户号,姓名,证件号码,营业部\nG1,欧阳娜娜," + id + "," + w.branches[0] + "\n"
		gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
		if err != nil {
			t.Fatal(err)
		}
		mapping := map[string]string{"客户号": "client_no", "姓名": "name", "证件号码": "id_number", "营业部": "branch_code"}
		s := importFile(t, env, ingest.Options{Kind: "CLIENTS", Path: writeFile(t, "gbk.csv", gbk), Mapping: mapping})
		if s.Inserted != 1 {
			t.Fatalf("GBK file: %+v\n%s", s, report(t, env, s.JobID))
		}
		if n := w.count(t, "SELECT count(*) FROM customers WHERE client_no = 'G1' AND name = '欧阳娜娜' AND name_initials = 'oynn' AND gender = 'FEMALE'"); n != 1 {
			t.Errorf("the GBK file's name was not read as 欧阳娜娜: %d", n)
		}
		job, err := env.DB.Client.ImportJob.Get(privacy.DecisionContext(ctx, privacy.Allow), s.JobID)
		if err != nil || job.Encoding != importjob.EncodingGB18030 {
			t.Errorf("the encoding was not detected as GB18030: %v %v", job, err)
		}

		// NDJSON, numbers as JSON numbers.
		a, in := w.accounts[0], w.instruments[0]
		nd := `{"trade_no":"J1","account_no":"` + a + `","instrument_code":"` + in.code + `","market":"` + in.market +
			`","side":"BUY","quantity":100,"price":12.3456,"traded_at":"2026-06-01T10:00:00+08:00"}` + "\n\n" +
			`{"trade_no":"J2","account_no":"` + a + `","instrument_code":"` + in.code + `","market":"` + in.market +
			`","side":"SELL","quantity":[1],"price":1,"traded_at":"2026-06-01 10:00:00"}` + "\n" +
			`not json` + "\n"
		s = importFile(t, env, ingest.Options{Kind: "TRADES", Path: writeFile(t, "trades.ndjson", nd)})
		if s.Inserted != 1 || s.Rejected != 2 {
			t.Fatalf("NDJSON: %+v\n%s", s, report(t, env, s.JobID))
		}
		if n := w.count(t, "SELECT count(*) FROM trades WHERE trade_no = 'J1' AND price = 123456 AND amount = 12345600"); n != 1 {
			t.Errorf("J1's exact price and amount: %d", n)
		}
		checkRejections(t, env, s.JobID, []rejected{{3, "quantity", "", "MALFORMED"}, {4, "", "", "MALFORMED"}})

		// A dry run validates and writes nothing but its job.
		csv := "trade_no,account_no,instrument_code,market,side,quantity,price,traded_at\n" +
			"D1," + a + "," + in.code + "," + in.market + ",BUY,100,1,2026-06-01 10:00:00\n" +
			"D2,NOPE," + in.code + "," + in.market + ",BUY,100,1,2026-06-01 10:00:00\n"
		before := w.count(t, "SELECT count(*) FROM metrics_marks")
		s = importFile(t, env, ingest.Options{Kind: "TRADES", Path: writeFile(t, "dry.csv", csv), DryRun: true})
		if s.Inserted != 1 || s.Rejected != 1 || !s.DryRun {
			t.Fatalf("dry run: %+v", s)
		}
		if n := w.count(t, "SELECT count(*) FROM trades WHERE trade_no = 'D1'"); n != 0 {
			t.Error("a dry run wrote a trade")
		}
		if after := w.count(t, "SELECT count(*) FROM metrics_marks"); after != before {
			t.Error("a dry run marked clients")
		}

		// A file without a required column fails at once, with a reason.
		_, err = ingest.Run(ctx, env.DB, ingest.Options{Kind: "TRADES", Path: writeFile(t, "nocol.csv", "trade_no,side\nX,BUY\n")})
		var fe *ingest.FileError
		if !errors.As(err, &fe) || !strings.Contains(fe.Msg, "account_no") {
			t.Fatalf("missing columns: %v", err)
		}
		if n := w.count(t, "SELECT count(*) FROM import_jobs WHERE status = 'FAILED' AND error LIKE '%account_no%'"); n != 1 {
			t.Errorf("the failed job does not say why: %d", n)
		}
	})
}
