package seed

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/searchkey"
	"github.com/brokercrm/crm/seed/fake"
	"github.com/brokercrm/crm/store"
	"github.com/brokercrm/crm/suitability"
	"github.com/brokercrm/crm/viewer"
)

// world is the reference data every client is generated against, and the
// id counters of every table.
type world struct {
	opts     Options
	now      time.Time // created_at of seeded rows
	pwHash   string
	branches []branchRef
	staff    *table
	logins   []Login

	stocks   []instrumentRef
	products []productRef
	funds    []productRef // published funds, for fund-account holdings
	tagIDs   []int

	// pmID and complianceID are pm1 and compliance1, who curated and
	// approved the seeded products.
	pmID, complianceID int

	clientLoginCount int
	accountCount     int

	ids       map[string]*ids
	rowCounts map[string]int

	indicatorIDs map[string]int // the institution indicators' dimensions, by key
	ref          []*table
}

type branchRef struct {
	id       int
	code     string
	city     fake.City
	advisors []int
	weight   int
}

type instrumentRef struct {
	id     int
	price  money.Decimal
	market string
}

type productRef struct {
	id        int
	nav       money.Decimal
	minAmount money.Decimal
	published bool
	status    string
	fund      bool
	navs      []navPoint // month ends, oldest first; funds only
}

// tables in the order foreign keys require.
var tableOrder = []string{
	"branches", "users", "instruments", "products", "product_navs", "product_versions", "tags",
	"customers", "name_grams", "accounts", "organizations", "contact_persons", "dimension_values", "client_status_changes",
	"risk_assessments", "interactions", "sales_orders", "customer_tags",
	"holdings", "trades", "cash_flows", "asset_snapshots",
}

func newWorld(ctx context.Context, db *store.DB, opts Options) (*world, error) {
	w := &world{opts: opts, now: opts.Today.Add(18 * time.Hour), ids: map[string]*ids{}, rowCounts: map[string]int{}}
	for _, t := range tableOrder {
		if t == "customer_tags" {
			continue
		}
		id, err := idsFor(ctx, db.SQL, db.Dialect, t)
		if err != nil {
			return nil, err
		}
		w.ids[t] = id
	}
	indicators, err := indicatorIDs(ctx, db)
	if err != nil {
		return nil, err
	}
	w.indicatorIDs = indicators
	// One hash for every demo login: argon2id is slow on purpose, and these
	// accounts share their published password anyway.
	hash, err := auth.HashPassword(opts.Password)
	if err != nil {
		return nil, fmt.Errorf("hash demo password: %w", err)
	}
	w.pwHash = hash
	r := rand.New(rand.NewPCG(opts.Seed, 0xC0FFEE))
	w.ref = []*table{w.makeBranches(r), w.makeStaff(r), w.makeInstruments(r), w.makeProducts(r)}
	w.ref = append(w.ref, w.makeProductHistory()...)
	w.ref = append(w.ref, w.makeTags())
	return w, nil
}

func (w *world) reference() []*table {
	for _, t := range w.ref {
		w.rowCounts[t.name] += len(t.rows)
	}
	return w.ref
}

func (w *world) tableNames() []string {
	var out []string
	for _, t := range tableOrder {
		if t != "customer_tags" {
			out = append(out, t)
		}
	}
	return out
}

func (w *world) makeBranches(r *rand.Rand) *table {
	t := newTable("branches", "id", "code", "name", "city", "region")
	cities := map[string]fake.City{}
	for _, c := range fake.Cities() {
		cities[c.Name] = c
	}
	for _, b := range fake.Branches() {
		city := cities[b.City]
		ref := branchRef{id: w.ids["branches"].take(), code: b.Code, city: city, weight: 1 + r.IntN(4)}
		if len(w.branches) == 0 {
			ref.weight = 3 // the demo branch is a busy one
		}
		w.branches = append(w.branches, ref)
		t.add(ref.id, b.Code, b.Name, city.Name, city.Region)
	}
	return t
}

// advisorsPerBranch is how many advisors each branch has.
const advisorsPerBranch = 10

func (w *world) makeStaff(r *rand.Rand) *table {
	t := newTable("users", "id", "created_at", "updated_at", "username", "display_name",
		"password_hash", "role", "active", "branch_id", "client_id")
	add := func(username, name string, role viewer.Role, branch *int, note string) int {
		id := w.ids["users"].take()
		t.add(id, w.now, w.now, username, name, w.pwHash, string(role), true, branch, nil)
		if note != "" {
			w.logins = append(w.logins, Login{Username: username, Role: string(role), Note: note})
		}
		return id
	}
	add("admin", "系统管理员", viewer.Admin, nil, "users and roles")
	add("hq1", "总部分析员", viewer.HeadOffice, nil, "every client, read-only")
	w.pmID = add("pm1", "产品经理", viewer.ProductManager, nil, "the product library")
	w.complianceID = add("compliance1", "合规专员", viewer.Compliance, nil, "every client, approvals")
	advisorNo := 0
	for i := range w.branches {
		b := &w.branches[i]
		name, _ := fake.PersonName(r)
		note := ""
		if i == 0 {
			note = "every client of branch " + b.code
		}
		add(fmt.Sprintf("bm%d", i+1), name+"（营业部负责人）", viewer.BranchManager, &b.id, note)
		for range advisorsPerBranch {
			advisorNo++
			name, _ := fake.PersonName(r)
			note := ""
			if advisorNo <= 2 {
				note = fmt.Sprintf("own clients only (branch %s)", b.code)
			}
			b.advisors = append(b.advisors, add(fmt.Sprintf("advisor%d", advisorNo), name, viewer.Advisor, &b.id, note))
		}
	}
	w.staff = t
	return t
}

func (w *world) makeInstruments(r *rand.Rand) *table {
	t := newTable("instruments", "id", "code", "market", "name", "type", "industry", "last_price", "price_date")
	for _, s := range fake.Stocks(r, 2000) {
		// Prices 2–200 yuan, most under 30, to the fen.
		price := money.FromCents(int64(200 + r.ExpFloat64()*1500))
		ref := instrumentRef{id: w.ids["instruments"].take(), price: price, market: s.Market}
		w.stocks = append(w.stocks, ref)
		t.add(ref.id, s.Code, s.Market, s.Name, "STOCK", s.Industry, price, w.opts.Today)
	}
	return t
}

// productKinds are the product types with their relative frequency in the
// library, typical risk levels, horizon and variety.
var productKinds = []struct {
	kind    string
	weight  int
	risks   []suitability.RiskLevel
	horizon suitability.Horizon
	variety suitability.Variety
	minYuan int64
	fund    bool
}{
	{"STOCK_FUND", 16, []suitability.RiskLevel{"R3", "R4"}, "MEDIUM", "EQUITY", 10, true},
	{"MIXED_FUND", 22, []suitability.RiskLevel{"R3", "R3", "R4"}, "MEDIUM", "EQUITY", 10, true},
	{"BOND_FUND", 14, []suitability.RiskLevel{"R2", "R2", "R3"}, "SHORT", "FIXED_INCOME", 10, true},
	{"MONEY_MARKET_FUND", 6, []suitability.RiskLevel{"R1"}, "SHORT", "FIXED_INCOME", 1, true},
	{"QDII_FUND", 4, []suitability.RiskLevel{"R4", "R5"}, "MEDIUM", "EQUITY", 100, true},
	{"FOF", 3, []suitability.RiskLevel{"R2", "R3"}, "LONG", "OTHER", 100, true},
	{"ETF", 8, []suitability.RiskLevel{"R3", "R4"}, "SHORT", "EQUITY", 100, true},
	{"BOND", 6, []suitability.RiskLevel{"R1", "R2"}, "MEDIUM", "FIXED_INCOME", 1000, false},
	{"ASSET_MANAGEMENT_PLAN", 7, []suitability.RiskLevel{"R3", "R4"}, "MEDIUM", "COMPLEX", 1000000, false},
	{"PRIVATE_FUND", 6, []suitability.RiskLevel{"R4", "R5"}, "LONG", "COMPLEX", 1000000, false},
	{"STRUCTURED_NOTE", 5, []suitability.RiskLevel{"R1", "R2", "R3"}, "SHORT", "FIXED_INCOME", 50000, false},
	{"TRUST", 2, []suitability.RiskLevel{"R3", "R4"}, "LONG", "COMPLEX", 1000000, false},
	{"OTHER", 1, []suitability.RiskLevel{"R2", "R3"}, "MEDIUM", "OTHER", 10000, false},
}

const productCount = 1000

func (w *world) makeProducts(r *rand.Rand) *table {
	t := newTable("products", "id", "created_at", "updated_at", "code", "name", "name_initials", "type", "issuer", "risk_level",
		"horizon", "variety", "min_amount", "step_amount", "subscription_fee_rate", "redemption_fee_rate",
		"management_fee_rate", "custody_fee_rate", "nav", "nav_date", "return_1y", "status", "version",
		"professional_only", "qualified_only", "sale_start", "sale_end", "submitted_by_id", "submitted_at")
	total := 0
	for _, k := range productKinds {
		total += k.weight
	}
	statuses := []string{"PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED",
		"PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED", "PUBLISHED",
		"PUBLISHED", "DRAFT", "DRAFT", "IN_REVIEW", "SUSPENDED", "RETIRED"}
	for i := range productCount {
		n, k := r.IntN(total), productKinds[len(productKinds)-1]
		for _, c := range productKinds {
			if n < c.weight {
				k = c
				break
			}
			n -= c.weight
		}
		status := statuses[r.IntN(len(statuses))]
		nav := money.FromUnits(8000 + r.Int64N(27000)) // 0.8000–3.5000
		if k.kind == "MONEY_MARKET_FUND" {
			nav = money.FromInt(1)
		}
		ref := productRef{id: w.ids["products"].take(), nav: nav, minAmount: money.FromInt(k.minYuan),
			published: status == "PUBLISHED", status: status, fund: k.fund}
		w.products = append(w.products, ref)
		if k.fund && ref.published {
			w.funds = append(w.funds, ref)
		}
		start := w.opts.Today.AddDate(0, 0, -30-r.IntN(900))
		var end *time.Time
		if !k.fund {
			e := start.AddDate(0, 1+r.IntN(6), 0)
			end = &e
		}
		name, issuer := fake.Product(r, k.kind)
		ref.navs = navHistory(ref.id, nav, w.opts.Today, k.fund)
		w.products[len(w.products)-1] = ref
		var submittedBy *int
		var submittedAt *time.Time
		if status == "IN_REVIEW" {
			submittedBy, submittedAt = &w.pmID, &w.now
		}
		step := money.Decimal(0)
		if k.minYuan >= 1000 {
			step = money.FromInt(k.minYuan / 10)
		}
		t.add(ref.id, w.now, w.now, fmt.Sprintf("P%06d", i+1), name, searchkey.Initials(name), k.kind, issuer,
			string(k.risks[r.IntN(len(k.risks))]), string(k.horizon), string(k.variety),
			ref.minAmount, step, money.FromUnits(r.Int64N(150)*100), money.FromUnits(r.Int64N(50)*100),
			money.FromUnits(1500+r.Int64N(135)*100), money.FromUnits(500+r.Int64N(20)*100), nav, w.opts.Today,
			oneYearReturn(ref.navs), status, len(lifecycleOf(status)),
			k.kind == "PRIVATE_FUND" || k.kind == "TRUST", k.kind == "ASSET_MANAGEMENT_PLAN", start, end,
			submittedBy, submittedAt)
	}
	return t
}

var tagNames = []struct{ name, color string }{
	{"高净值", "gold"}, {"活跃交易", "volcano"}, {"休眠客户", "default"}, {"新开户", "green"},
	{"两融客户", "purple"}, {"基金偏好", "blue"}, {"理财偏好", "cyan"}, {"机构客户", "geekblue"},
	{"流失预警", "red"}, {"重点维护", "magenta"}, {"老年客户", "orange"}, {"线上客户", "lime"},
}

func (w *world) makeTags() *table {
	t := newTable("tags", "id", "name", "color", "kind")
	for _, tag := range tagNames {
		id := w.ids["tags"].take()
		w.tagIDs = append(w.tagIDs, id)
		t.add(id, tag.name, tag.color, "MANUAL")
	}
	return t
}
