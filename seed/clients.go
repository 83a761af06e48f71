package seed

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/brokercrm/crm/idcard"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/searchkey"
	"github.com/brokercrm/crm/seed/fake"
	"github.com/brokercrm/crm/suitability"
)

// chunk is the rows of a run of clients, in stages that foreign keys
// order: clients first, then what hangs off clients, then what hangs off
// accounts.
type chunk struct {
	clients   int
	customers *table
	owned     []*table
	positions []*table
}

func (c *chunk) stages() [][]*table {
	return [][]*table{{c.customers}, c.owned, c.positions}
}

func (c *chunk) rows() int {
	n := len(c.customers.rows)
	for _, t := range append(c.owned, c.positions...) {
		n += len(t.rows)
	}
	return n
}

// tables of one chunk, by name.
type chunkTables struct {
	customers, grams, logins, accounts, orgs, contacts, indicators, statuses, assessments, interactions, orders, tags,
	holdings, trades, flows, snapshots *table
}

func newChunkTables() *chunkTables {
	return &chunkTables{
		customers: newTable("customers", "id", "created_at", "updated_at", "client_no", "kind", "name", "id_type",
			"id_number", "id_expires_on", "gender", "birth_date", "phone", "email", "address", "status", "opened_on",
			"closed_on", "channel", "investor_class", "branch_id", "advisor_id", "name_initials", "phone_last4",
			"risk_category", "risk_lowest", "risk_horizon", "risk_varieties", "risk_assessed_at", "risk_expires_at"),
		grams: newTable("name_grams", "id", "gram", "client_id"),
		logins: newTable("users", "id", "created_at", "updated_at", "username", "display_name",
			"password_hash", "role", "active", "branch_id", "client_id"),
		accounts: newTable("accounts", "id", "account_no", "type", "market", "currency", "status", "opened_on",
			"closed_on", "cash_balance", "client_id", "margin_debt"),
		orgs:     newTable("organizations", "id", "credit_code", "industry", "registered_capital", "legal_representative", "client_id"),
		contacts: newTable("contact_persons", "id", "name", "title", "phone", "email", "primary", "client_id"),
		indicators: newTable("dimension_values", "id", "dimension_id", "client_id", "number", "text", "flag", "day",
			"updated_at"),
		statuses: newTable("client_status_changes", "id", "from_status", "to_status", "reason", "changed_at",
			"changed_by_id", "client_id"),
		assessments: newTable("risk_assessments", "id", "questionnaire_version", "score", "level", "lowest_category",
			"horizon", "varieties", "assessed_at", "expires_at", "channel", "client_id", "assessed_by_id"),
		interactions: newTable("interactions", "id", "channel", "kind", "summary", "occurred_at", "follow_up_on",
			"client_id", "staff_id"),
		orders: newTable("sales_orders", "id", "amount", "status", "created_at", "client_id", "product_id", "advisor_id"),
		tags:   newTable("customer_tags", "customer_id", "tag_id"),
		holdings: newTable("holdings", "id", "quantity", "cost", "market_value", "as_of", "account_id", "client_id",
			"instrument_id", "product_id"),
		trades: newTable("trades", "id", "trade_no", "side", "quantity", "price", "amount", "commission", "fees", "traded_at",
			"channel", "account_id", "client_id", "instrument_id"),
		flows:     newTable("cash_flows", "id", "flow_no", "type", "amount", "occurred_at", "account_id", "client_id"),
		snapshots: newTable("asset_snapshots", "id", "as_of", "total_assets", "cash", "market_value", "client_id"),
	}
}

// generate makes clients [first, last). Each client draws from its own
// random stream, so a client's data depends only on the seed and its index.
func (w *world) generate(first, last int) *chunk {
	t := newChunkTables()
	for i := first; i < last; i++ {
		r := rand.New(rand.NewPCG(w.opts.Seed, uint64(i)+1))
		w.client(r, i, t)
	}
	c := &chunk{
		clients:   last - first,
		customers: t.customers,
		owned:     []*table{t.grams, t.logins, t.accounts, t.orgs, t.contacts, t.indicators, t.statuses, t.assessments, t.interactions, t.orders, t.tags},
		positions: []*table{t.holdings, t.trades, t.flows, t.snapshots},
	}
	for _, tab := range append([]*table{c.customers}, append(c.owned, c.positions...)...) {
		w.rowCounts[tab.name] += len(tab.rows)
	}
	return c
}

// client is everything generated for one client.
type client struct {
	id         int
	branch     *branchRef
	advisorID  *int
	status     string
	opened     time.Time
	wealth     money.Decimal // total assets
	activity   int           // trades over the two years
	feePer100k int64         // commission rate in 1/100,000: 10 to 30 (万1 to 万3)
	name       string
	row        int // its row in the chunk's customers table
}

var statusWeights = []struct {
	status string
	weight int
}{{"NORMAL", 82}, {"POTENTIAL", 6}, {"CLOSED", 6}, {"FROZEN", 4}, {"REPORTED_LOST", 2}}

func (w *world) client(r *rand.Rand, i int, t *chunkTables) {
	c := &client{id: w.ids["customers"].take()}
	c.branch = w.pickBranch(r)
	if r.IntN(100) < 93 { // a few clients wait for an advisor
		c.advisorID = &c.branch.advisors[pickSkewed(r, len(c.branch.advisors))]
	}
	c.status = pickStatus(r)
	c.opened = w.opts.Today.AddDate(0, 0, -r.IntN(365*15)-1)
	c.wealth = drawWealth(r)
	c.feePer100k = 10 + r.Int64N(21)

	institution := r.IntN(100) < 3
	w.customerRow(r, c, i, institution, t)
	if institution {
		w.organisation(r, c, t)
		w.indicators(c, t)
	}
	w.statusHistory(r, c, t)
	if c.status == "POTENTIAL" {
		w.interactions(r, c, t, 1+r.IntN(2))
		return
	}
	w.clientLogin(c, t)
	w.assessments(r, c, t)
	w.interactions(r, c, t, r.IntN(5))
	w.tags(r, c, t)
	w.accounts(r, c, t)
	w.orders(r, c, t)
}

// clientLogins is how many demo clients can log in to their own space.
const clientLogins = 3

// clientLogin gives the first clients of advisor1 a login (client1, …).
func (w *world) clientLogin(c *client, t *chunkTables) {
	advisor1 := w.branches[0].advisors[0]
	if w.clientLoginCount >= clientLogins || c.advisorID == nil || *c.advisorID != advisor1 || c.status != "NORMAL" {
		return
	}
	w.clientLoginCount++
	username := fmt.Sprintf("client%d", w.clientLoginCount)
	t.logins.add(w.ids["users"].take(), w.now, w.now, username, c.name, w.pwHash, "CLIENT", true, nil, c.id)
	w.logins = append(w.logins, Login{Username: username, Role: "CLIENT", Note: "their own client space (" + c.name + ")"})
}

func (w *world) pickBranch(r *rand.Rand) *branchRef {
	total := 0
	for _, b := range w.branches {
		total += b.weight
	}
	n := r.IntN(total)
	for i := range w.branches {
		if n < w.branches[i].weight {
			return &w.branches[i]
		}
		n -= w.branches[i].weight
	}
	return &w.branches[len(w.branches)-1]
}

// pickSkewed picks an index in [0, n) favouring the low ones, so some
// advisors and instruments are much busier than others.
func pickSkewed(r *rand.Rand, n int) int {
	x := r.Float64()
	return min(int(x*x*float64(n)), n-1)
}

func pickStatus(r *rand.Rand) string {
	n := r.IntN(100)
	for _, s := range statusWeights {
		if n < s.weight {
			return s.status
		}
		n -= s.weight
	}
	return "NORMAL"
}

// drawWealth draws total assets from a log-normal distribution: a median
// near 60,000 yuan and a long tail past ten million, as brokerages report.
func drawWealth(r *rand.Rand) money.Decimal {
	yuan := math.Exp(math.Log(60000) + 1.7*r.NormFloat64())
	return money.FromCents(int64(min(yuan, 5e8) * 100))
}

func (w *world) customerRow(r *rand.Rand, c *client, i int, institution bool, t *chunkTables) {
	city := c.branch.city
	var name, idType, idNumber, kind string
	var gender *string
	var birth *time.Time
	if institution {
		kind, idType = "INSTITUTION", "CREDIT_CODE"
		name, _ = fake.Organisation(r)
		idNumber = fake.CreditCode(r)
	} else {
		kind, idType = "INDIVIDUAL", "RESIDENT_ID"
		n, male := fake.PersonName(r)
		name = n
		b := w.opts.Today.AddDate(-20-r.IntN(55), 0, -r.IntN(365))
		birth = &b
		g := "FEMALE"
		if male {
			g = "MALE"
		}
		gender = &g
		idNumber = idcard.Generate(city.RegionCode, b, r.IntN(1000), male)
	}
	expires := w.opts.Today.AddDate(r.IntN(20)-1, r.IntN(12), 0) // a few have expired
	var opened, closed *time.Time
	if c.status != "POTENTIAL" {
		opened = &c.opened
	}
	if c.status == "CLOSED" {
		d := c.opened.AddDate(0, 0, r.IntN(int(w.opts.Today.Sub(c.opened).Hours()/24)+1))
		closed = &d
	}
	channels := []string{"BRANCH", "BRANCH", "ONLINE", "APP", "APP", "BANK", "REFERRAL", "PARTNER"}
	class := "ORDINARY"
	if institution || c.wealth > money.FromInt(5_000_000) && r.IntN(3) == 0 {
		class = "PROFESSIONAL"
	}
	c.name = name
	phone := fake.Mobile(r)
	t.customers.add(c.id, w.now, w.now, fmt.Sprintf("%s%08d", c.branch.code[1:], i+1), kind, name, idType,
		idNumber, expires, gender, birth, phone, fake.Email(r, idNumber), fake.Address(r, city),
		c.status, opened, closed, channels[r.IntN(len(channels))], class, c.branch.id, c.advisorID,
		searchkey.Initials(name), searchkey.PhoneLast4(phone), nil, false, nil, 0, nil, nil)
	c.row = len(t.customers.rows) - 1 // its risk profile follows the assessments
	// The grams the Customer hook would write, in the order Bigrams gives
	// them, so that ids follow from the seed alone.
	for _, g := range searchkey.Bigrams(name) {
		t.grams.add(w.ids["name_grams"].take(), g, c.id)
	}
}

func (w *world) organisation(r *rand.Rand, c *client, t *chunkTables) {
	_, industry := fake.Organisation(r)
	rep, _ := fake.PersonName(r)
	t.orgs.add(w.ids["organizations"].take(), fake.CreditCode(r), industry,
		money.FromInt(fake.RegisteredCapital(r)), rep, c.id)
	titles := []string{"财务总监", "董事会秘书", "投资经理", "出纳", "总经理"}
	for k := range 1 + r.IntN(3) {
		name, _ := fake.PersonName(r)
		t.contacts.add(w.ids["contact_persons"].take(), name, titles[r.IntN(len(titles))], fake.Mobile(r),
			fake.Email(r, name), k == 0, c.id)
	}
}

func (w *world) statusHistory(r *rand.Rand, c *client, t *chunkTables) {
	first, reason := "NORMAL", "开户"
	if c.status == "POTENTIAL" {
		first, reason = "POTENTIAL", "潜在客户登记"
	}
	at := c.opened.Add(time.Duration(9+r.IntN(7)) * time.Hour)
	t.statuses.add(w.ids["client_status_changes"].take(), nil, first, reason, at, nil, c.id)
	reasons := map[string]string{"FROZEN": "司法冻结", "REPORTED_LOST": "客户挂失", "CLOSED": "客户申请销户"}
	if why, ok := reasons[c.status]; ok {
		later := w.opts.Today.AddDate(0, 0, -1-r.IntN(300)).Add(10 * time.Hour)
		t.statuses.add(w.ids["client_status_changes"].take(), "NORMAL", c.status, why, later, c.advisorID, c.id)
	}
}

// categoryBands are the published example score bands of suitability.md.
var categoryBands = []struct {
	cat      suitability.Category
	low, top int
	weight   int
}{{"C1", 1, 19, 10}, {"C2", 20, 36, 20}, {"C3", 37, 53, 35}, {"C4", 54, 82, 25}, {"C5", 83, 100, 10}}

var varietiesByCategory = map[suitability.Category][]suitability.Variety{
	"C1": {"FIXED_INCOME"},
	"C2": {"FIXED_INCOME", "OTHER"},
	"C3": {"FIXED_INCOME", "EQUITY", "OTHER"},
	"C4": {"FIXED_INCOME", "EQUITY", "DERIVATIVES", "OTHER"},
	"C5": {"FIXED_INCOME", "EQUITY", "DERIVATIVES", "COMPLEX", "OTHER"},
}

func (w *world) assessments(r *rand.Rand, c *client, t *chunkTables) {
	// Some last assessed over two years ago: their assessment has expired.
	at := w.opts.Today.AddDate(0, 0, -r.IntN(900)).Add(time.Duration(9+r.IntN(8)) * time.Hour)
	first := true
	for range 1 + r.IntN(2) {
		n := r.IntN(100)
		band := categoryBands[len(categoryBands)-1]
		for _, b := range categoryBands {
			if n < b.weight {
				band = b
				break
			}
			n -= b.weight
		}
		horizons := []suitability.Horizon{"SHORT", "MEDIUM", "LONG", "ANY"}
		varieties, _ := json.Marshal(varietiesByCategory[band.cat])
		channels := []string{"BRANCH", "APP", "APP", "ONLINE"}
		lowest := band.cat == "C1" && r.IntN(10) == 0
		horizon := horizons[r.IntN(len(horizons))]
		t.assessments.add(w.ids["risk_assessments"].take(), "Q2024-01", band.low+r.IntN(band.top-band.low+1),
			string(band.cat), lowest, string(horizon), string(varieties),
			at, at.AddDate(2, 0, 0), channels[r.IntN(len(channels))], c.id, c.advisorID)
		if first {
			// The latest assessment is the client's risk profile, as
			// package assessment keeps it.
			t.customers.set(c.row, "risk_category", string(band.cat))
			t.customers.set(c.row, "risk_lowest", lowest)
			t.customers.set(c.row, "risk_horizon", string(horizon))
			t.customers.set(c.row, "risk_varieties", suitability.VarietyBits(varietiesByCategory[band.cat]))
			t.customers.set(c.row, "risk_assessed_at", at)
			t.customers.set(c.row, "risk_expires_at", at.AddDate(2, 0, 0))
			first = false
		}
		at = at.AddDate(0, -6-r.IntN(12), 0) // an older one before it
	}
}

var (
	interactionKinds    = []string{"SERVICE", "SERVICE", "MARKETING", "CONSULTATION", "CONSULTATION", "COMPLAINT", "RISK_DISCLOSURE"}
	interactionChannels = []string{"PHONE", "PHONE", "VISIT", "WECHAT", "WECHAT", "SMS", "EMAIL", "APP", "BRANCH"}
)

func (w *world) interactions(r *rand.Rand, c *client, t *chunkTables, n int) {
	for range n {
		kind := interactionKinds[r.IntN(len(interactionKinds))]
		at := w.opts.Today.AddDate(0, 0, -r.IntN(730)).Add(time.Duration(9*3600+r.IntN(9*3600)) * time.Second)
		var follow *time.Time
		if r.IntN(6) == 0 {
			f := day(at.AddDate(0, 0, 3+r.IntN(30)))
			follow = &f
		}
		t.interactions.add(w.ids["interactions"].take(), interactionChannels[r.IntN(len(interactionChannels))],
			kind, fake.InteractionSummary(r, kind), at, follow, c.id, c.advisorID)
	}
}

func (w *world) tags(r *rand.Rand, c *client, t *chunkTables) {
	if r.IntN(4) != 0 {
		return
	}
	first := r.IntN(len(w.tagIDs))
	t.tags.add(c.id, w.tagIDs[first])
	if second := r.IntN(len(w.tagIDs)); second != first && r.IntN(2) == 0 {
		t.tags.add(c.id, w.tagIDs[second])
	}
}

func (w *world) orders(r *rand.Rand, c *client, t *chunkTables) {
	if r.IntN(100) >= 12 || len(w.funds) == 0 {
		return
	}
	statuses := []string{"PAID", "PAID", "PAID", "PENDING", "CANCELLED", "REJECTED"}
	for range 1 + r.IntN(3) {
		p := w.funds[pickSkewed(r, len(w.funds))]
		amount := p.minAmount.Add(money.FromInt(int64(1+r.IntN(100)) * 1000))
		at := w.opts.Today.AddDate(0, 0, -r.IntN(700)).Add(time.Duration(9+r.IntN(6)) * time.Hour)
		t.orders.add(w.ids["sales_orders"].take(), amount, statuses[r.IntN(len(statuses))], at, c.id, p.id, c.advisorID)
	}
}
