package seed_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/idcard"
	"github.com/brokercrm/crm/pgtest"
	"github.com/brokercrm/crm/searchkey"
	"github.com/brokercrm/crm/seed"
	"github.com/brokercrm/crm/store"
)

func TestMain(m *testing.M) { crmtest.Main(m) }

var opts = seed.Options{Seed: 3, Clients: 400, Password: "seed-test-1", Today: time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC)}

func seeded(t *testing.T, url string) *store.DB {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, url, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	sum, err := seed.Run(ctx, db, opts)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := sum.Rows["customers"], opts.Clients; got != want {
		t.Errorf("customers written = %d, want %d", got, want)
	}
	return db
}

// fingerprint hashes the rows of the tables the seed fills, leaving out
// ids: each dialect starts its id sequences one apart.
func fingerprint(t *testing.T, db *store.DB) string {
	t.Helper()
	h := sha256.New()
	for _, q := range []string{
		"SELECT client_no, name, id_number, phone, status, CASE WHEN advisor_id IS NULL THEN 0 ELSE 1 END FROM customers ORDER BY id",
		"SELECT account_no, type, cash_balance FROM accounts ORDER BY id",
		"SELECT quantity, price, amount, commission, fees FROM trades ORDER BY id",
		"SELECT type, amount FROM cash_flows ORDER BY id",
		"SELECT quantity, cost, market_value FROM holdings ORDER BY id",
		"SELECT c.client_no, g.gram FROM name_grams g JOIN customers c ON c.id = g.client_id ORDER BY g.id",
	} {
		rows, err := db.SQL.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				fmt.Fprintf(h, "%v|", v)
			}
		}
		rows.Close()
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}

func TestSameSeedSameData(t *testing.T) {
	dir := t.TempDir()
	a := fingerprint(t, seeded(t, "sqlite:"+filepath.Join(dir, "a.db")))
	b := fingerprint(t, seeded(t, "sqlite:"+filepath.Join(dir, "b.db")))
	seed.SetBulkLoadThreshold(1) // load without indexes, then rebuild them
	defer seed.SetBulkLoadThreshold(20_000)
	pgDB := seeded(t, pgtest.NewDatabase(t))
	pg := fingerprint(t, pgDB)
	var plan bytes.Buffer
	if err := pgDB.Client.Schema.WriteTo(context.Background(), &plan); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plan.String(), "CREATE") || strings.Contains(plan.String(), "ALTER") {
		t.Errorf("indexes or keys missing after the bulk load:\n%s", plan.String())
	}
	if a != b {
		t.Errorf("two SQLite runs differ: %s vs %s", a, b)
	}
	if a != pg {
		t.Errorf("SQLite and PostgreSQL runs differ: %s vs %s", a, pg)
	}
}

func TestSeededDataIsValid(t *testing.T) {
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	for name, url := range map[string]string{
		"sqlite":   "sqlite:" + filepath.Join(t.TempDir(), "v.db"),
		"postgres": pgtest.NewDatabase(t),
	} {
		t.Run(name, func(t *testing.T) {
			db := seeded(t, url)
			people, err := db.Client.Customer.Query().Where(customer.IDTypeEQ(customer.IDTypeRESIDENT_ID)).All(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range people {
				if err := idcard.Validate(c.IDNumber); err != nil {
					t.Errorf("client %s has ID number %s: %v", c.ClientNo, c.IDNumber, err)
				}
			}
			statuses := map[customer.Status]int{}
			for _, c := range db.Client.Customer.Query().WithNameGrams().AllX(ctx) {
				statuses[c.Status]++
				checkGrams(t, c)
			}
			for _, s := range []customer.Status{customer.StatusNORMAL, customer.StatusFROZEN, customer.StatusREPORTED_LOST, customer.StatusCLOSED, customer.StatusPOTENTIAL} {
				if statuses[s] == 0 {
					t.Errorf("no client in status %s", s)
				}
			}
			var most, potentialWithAccounts, activeWithout int
			if err := db.SQL.QueryRow(`SELECT
			    (SELECT max(n) FROM (SELECT count(*) AS n FROM accounts GROUP BY client_id) per_client),
			    (SELECT count(*) FROM customers c WHERE c.status = 'POTENTIAL' AND EXISTS (SELECT 1 FROM accounts a WHERE a.client_id = c.id)),
			    (SELECT count(*) FROM customers c WHERE c.status <> 'POTENTIAL' AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.client_id = c.id))`,
			).Scan(&most, &potentialWithAccounts, &activeWithout); err != nil {
				t.Fatal(err)
			}
			if most > 4 || potentialWithAccounts > 0 || activeWithout > 0 {
				t.Errorf("accounts: at most %d per client (want ≤4), %d potential clients with accounts, %d others without",
					most, potentialWithAccounts, activeWithout)
			}
			// New rows after the seed get fresh ids: the sequences moved on.
			b := db.Client.Branch.Query().FirstX(ctx)
			if c, err := db.Client.Customer.Create().SetClientNo("NEW-1").SetName("新客户").SetIDNumber("x").
				SetBranchID(b.ID).Save(ctx); err != nil {
				t.Errorf("create after seed: %v", err)
			} else {
				checkGrams(t, db.Client.Customer.Query().Where(customer.ID(c.ID)).WithNameGrams().OnlyX(ctx))
			}
			if _, err := seed.Run(context.Background(), db, opts); err != seed.ErrNotEmpty {
				t.Errorf("second seed = %v, want ErrNotEmpty", err)
			}
		})
	}
}

// checkGrams checks that c, loaded with its name grams, has exactly the
// bigrams of its name.
func checkGrams(t *testing.T, c *ent.Customer) {
	t.Helper()
	var got []string
	for _, g := range c.Edges.NameGrams {
		got = append(got, g.Gram)
	}
	want := searchkey.Bigrams(c.Name)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("client %s (%s) has grams %q, want %q", c.ClientNo, c.Name, got, want)
	}
}
