package graph_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/ent/riskassessment"
	"github.com/brokercrm/crm/ent/salesorder"
	"github.com/brokercrm/crm/ent/suitabilityrecord"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/payment"
	"github.com/brokercrm/crm/suitability"
)

const placeOrderOp = `mutation($in: PlaceOrderInput!) { placeOrder(input: $in) {
  outcome reasons warning { zh en } confirmationToken confirmationExpiresAt
  order { id status amount coolingOffUntil followUpCall } record { id kind outcome } } }`

type placed struct {
	Outcome           string
	Reasons           []string
	Warning           *struct{ ZH, EN string }
	ConfirmationToken *string
	Order             *struct {
		ID, Status, Amount string
		CoolingOffUntil    *time.Time
		FollowUpCall       bool
	}
	Record *struct{ ID, Kind, Outcome string }
}

// orderWorld is an advisor and one NORMAL client of theirs whose profile
// each case sets, with products made to measure.
type orderWorld struct {
	t      *testing.T
	env    *crmtest.Env
	db     *ent.Client
	token  string
	client *ent.Customer
	n      int
}

func newOrderWorld(t *testing.T, env *crmtest.Env) *orderWorld {
	w := &orderWorld{t: t, env: env, db: env.DB.Client, token: env.Login(t, "advisor1")}
	users := usersByName(t, w.db)
	c, err := w.db.Customer.Query().Where(customer.AdvisorID(users["advisor1"].ID), customer.StatusEQ(customer.StatusNORMAL),
		customer.KindEQ(customer.KindINDIVIDUAL)).First(system())
	must(t, err)
	w.client = c
	return w
}

// profile resets the client: an ordinary investor aged 40 with a valid ID
// and a fresh assessment of category c (none when c is "").
func (w *orderWorld) profile(c suitability.Category, lowest bool, horizon suitability.Horizon, varieties ...suitability.Variety) {
	ctx, now := system(), time.Now()
	birth := now.AddDate(-40, 0, 0)
	_, err := w.db.Customer.UpdateOneID(w.client.ID).SetStatus(customer.StatusNORMAL).
		SetInvestorClass(customer.InvestorClassORDINARY).SetQualifiedInvestor(false).
		SetBirthDate(birth).SetIDExpiresOn(now.AddDate(5, 0, 0)).Save(ctx)
	must(w.t, err)
	// The client's older assessments go, so that "none" means none.
	_, err = w.db.RiskAssessment.Delete().Where(riskassessment.ClientID(w.client.ID)).Exec(ctx)
	must(w.t, err)
	if c == "" {
		return
	}
	w.n++
	must(w.t, w.db.RiskAssessment.Create().SetClientID(w.client.ID).SetQuestionnaireVersion("STD-2026.1").
		SetScore(50).SetLevel(c).SetLowestCategory(lowest).SetHorizon(horizon).SetVarieties(varieties).
		SetAssessedAt(now.Add(time.Duration(w.n)*time.Second)).SetExpiresAt(now.AddDate(1, 0, 0)).
		SetChannel("BRANCH").Exec(ctx))
}

// product is a published product of risk r, horizon and variety, edited
// further by edit.
func (w *orderWorld) product(r suitability.RiskLevel, h suitability.Horizon, v suitability.Variety, edit ...func(*ent.ProductCreate)) *ent.Product {
	w.n++
	c := w.db.Product.Create().SetCode(fmt.Sprintf("T-%d-%d", time.Now().UnixNano()%1e9, w.n)).SetName("测试产品").
		SetType(product.TypeMIXED_FUND).SetIssuer("测试基金").SetRiskLevel(r).SetHorizon(h).SetVariety(v).
		SetMinAmount(money.FromInt(1000)).SetStepAmount(money.FromInt(100)).SetStatus(product.StatusPUBLISHED)
	for _, e := range edit {
		e(c)
	}
	p, err := c.Save(system())
	must(w.t, err)
	return p
}

func (w *orderWorld) place(p *ent.Product, amount, key, confirmation string) crmtest.Response {
	in := map[string]any{"clientId": strconv.Itoa(w.client.ID), "productId": strconv.Itoa(p.ID), "amount": amount, "idempotencyKey": key}
	if confirmation != "" {
		in["confirmation"] = confirmation
	}
	return w.env.Do(w.t, w.token, placeOrderOp, map[string]any{"in": in})
}

func (w *orderWorld) mustPlace(p *ent.Product, amount, key, confirmation string) placed {
	var data struct{ PlaceOrder placed }
	w.place(p, amount, key, confirmation).Decode(w.t, &data)
	return data.PlaceOrder
}

// TestPlaceOrderRules puts every rule of suitability.md through placeOrder:
// what each profile and product lead to, that a refusal places nothing,
// that every opinion is recorded, and the warning-and-confirmation step.
func TestPlaceOrderRules(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newOrderWorld(t, env)
		ctx := system()
		fixed := suitability.FixedIncome
		equity := suitability.Equity
		cases := []struct {
			name    string
			setup   func()
			product *ent.Product
			outcome string
			reasons string
		}{
			{"match", func() { w.profile("C3", false, "LONG", fixed) }, w.product("R2", "MEDIUM", fixed), "MATCH", "[]"},
			{"lowest category", func() { w.profile("C1", true, "SHORT", fixed) }, w.product("R2", "SHORT", fixed), "REFUSED", "[RISK_ABOVE_TOLERANCE LOWEST_CATEGORY]"},
			{"C3 buying R4", func() { w.profile("C3", false, "LONG", equity) }, w.product("R4", "MEDIUM", equity), "CONFIRMATION_REQUIRED", "[RISK_ABOVE_TOLERANCE]"},
			{"no assessment", func() { w.profile("", false, "") }, w.product("R2", "MEDIUM", fixed), "REFUSED", "[ASSESSMENT_MISSING]"},
			{"horizon", func() { w.profile("C4", false, "SHORT", fixed) }, w.product("R2", "LONG", fixed), "CONFIRMATION_REQUIRED", "[HORIZON_MISMATCH]"},
			{"variety", func() { w.profile("C4", false, "LONG", fixed) }, w.product("R3", "MEDIUM", equity), "CONFIRMATION_REQUIRED", "[VARIETY_MISMATCH]"},
			{"product refuses mismatch", func() { w.profile("C3", false, "LONG", equity) },
				w.product("R4", "MEDIUM", equity, func(c *ent.ProductCreate) { c.SetRefuseMismatch(true) }), "REFUSED", "[RISK_ABOVE_TOLERANCE PRODUCT_REFUSES_MISMATCH]"},
			{"professional only", func() { w.profile("C5", false, "LONG", equity) },
				w.product("R3", "MEDIUM", equity, func(c *ent.ProductCreate) { c.SetProfessionalOnly(true) }), "REFUSED", "[PROFESSIONAL_ONLY]"},
			{"qualified only", func() { w.profile("C5", false, "LONG", equity) },
				w.product("R3", "MEDIUM", equity, func(c *ent.ProductCreate) { c.SetQualifiedOnly(true) }), "REFUSED", "[QUALIFIED_ONLY]"},
			{"age limit", func() { w.profile("C5", false, "LONG", equity) },
				w.product("R3", "MEDIUM", equity, func(c *ent.ProductCreate) { c.SetRefuseFromAge(35) }), "REFUSED", "[AGE_LIMIT]"},
			{"expired ID", func() {
				w.profile("C5", false, "LONG", equity)
				must(t, w.db.Customer.UpdateOneID(w.client.ID).SetIDExpiresOn(time.Now().AddDate(0, 0, -2)).Exec(ctx))
			}, w.product("R3", "MEDIUM", equity), "REFUSED", "[ID_EXPIRED]"},
			{"65 buying R4", func() {
				w.profile("C4", false, "LONG", equity)
				must(t, w.db.Customer.UpdateOneID(w.client.ID).SetBirthDate(time.Now().AddDate(-70, 0, 0)).Exec(ctx))
			}, w.product("R4", "MEDIUM", equity), "CONFIRMATION_REQUIRED", "[AGE_HIGH_RISK]"},
			{"professional investor", func() {
				w.profile("C1", false, "SHORT", fixed)
				must(t, w.db.Customer.UpdateOneID(w.client.ID).SetInvestorClass(customer.InvestorClassPROFESSIONAL).Exec(ctx))
			}, w.product("R5", "LONG", equity), "MATCH", "[]"},
		}
		for i, c := range cases {
			c.setup()
			before := countOrders(t, w.db, w.client.ID)
			got := w.mustPlace(c.product, "2000", fmt.Sprintf("rule-case-%02d", i), "")
			if got.Outcome != c.outcome || fmt.Sprint(got.Reasons) != c.reasons {
				t.Errorf("%s: %s %v, want %s %s", c.name, got.Outcome, got.Reasons, c.outcome, c.reasons)
			}
			placedOne := got.Order != nil
			if placedOne != (c.outcome == "MATCH") {
				t.Errorf("%s: order %+v with outcome %s", c.name, got.Order, got.Outcome)
			}
			if n := countOrders(t, w.db, w.client.ID); n != before+map[bool]int{true: 1}[placedOne] {
				t.Errorf("%s: %d orders made", c.name, n-before)
			}
			if got.Record == nil || got.Record.Kind != "OPINION" || got.Record.Outcome != c.outcome {
				t.Errorf("%s: record %+v", c.name, got.Record)
			}
			if c.outcome == "CONFIRMATION_REQUIRED" && (got.ConfirmationToken == nil || got.Warning == nil || got.Warning.ZH == "") {
				t.Errorf("%s: no token or warning: %+v", c.name, got)
			}
		}

		// The warning-and-confirmation step: C3 insists on an R4 product.
		w.profile("C3", false, "LONG", equity)
		r4 := w.product("R4", "MEDIUM", equity)
		first := w.mustPlace(r4, "5000", "insist-0001", "")
		token := *first.ConfirmationToken
		for name, bad := range map[string]func() crmtest.Response{
			"tampered token": func() crmtest.Response { return w.place(r4, "5000", "insist-0001", tamper(token)) },
			"another amount": func() crmtest.Response { return w.place(r4, "6000", "insist-0001", token) },
			"another key":    func() crmtest.Response { return w.place(r4, "5000", "insist-0002", token) },
			"another product": func() crmtest.Response {
				return w.place(w.product("R4", "MEDIUM", equity), "5000", "insist-0001", token)
			},
			"not a token at all": func() crmtest.Response { return w.place(r4, "5000", "insist-0001", "garbage") },
		} {
			if code := bad().Code(); code != "BAD_USER_INPUT" {
				t.Errorf("%s: %q, want BAD_USER_INPUT", name, code)
			}
		}
		confirmed := w.mustPlace(r4, "5000", "insist-0001", token)
		if confirmed.Order == nil || confirmed.Order.Status != "PAID" {
			t.Fatalf("confirmed order: %+v", confirmed)
		}
		// R4 to an ordinary investor: a cooling-off period and a follow-up call.
		if confirmed.Order.CoolingOffUntil == nil || !confirmed.Order.FollowUpCall {
			t.Errorf("high-risk order without cooling-off or follow-up: %+v", confirmed.Order)
		}
		kinds, err := w.db.SuitabilityRecord.Query().Where(suitabilityrecord.IdempotencyKey("insist-0001")).
			Order(ent.Asc(suitabilityrecord.FieldID)).All(ctx)
		must(t, err)
		var seq []string
		for _, k := range kinds {
			seq = append(seq, k.Kind.String()+"/"+string(k.Outcome))
		}
		if want := "[OPINION/CONFIRMATION_REQUIRED OPINION/CONFIRMATION_REQUIRED CONFIRMATION/CONFIRMATION_REQUIRED]"; fmt.Sprint(seq) != want {
			t.Errorf("records %v, want %s", seq, want)
		}
		if kinds[2].OrderID == nil || strconv.Itoa(*kinds[2].OrderID) != confirmed.Order.ID {
			t.Errorf("the confirmation does not name the order")
		}
		// The records are kept as written.
		if _, err := w.db.SuitabilityRecord.Delete().Exec(ctx); err == nil {
			t.Error("suitability records were deleted")
		}
		// Compliance sees them.
		var recs struct{ SuitabilityRecords struct{ TotalCount int } }
		env.Do(t, env.Login(t, "compliance1"), `{ suitabilityRecords(first: 1) { totalCount } }`, nil).Decode(t, &recs)
		if recs.SuitabilityRecords.TotalCount < len(cases) {
			t.Errorf("compliance sees %d records", recs.SuitabilityRecords.TotalCount)
		}

		// The sale itself.
		w.profile("C5", false, "LONG", equity, fixed)
		draft := w.product("R2", "MEDIUM", fixed, func(c *ent.ProductCreate) { c.SetStatus(product.StatusDRAFT) })
		closed := w.product("R2", "MEDIUM", fixed, func(c *ent.ProductCreate) { c.SetSaleEnd(time.Now().AddDate(0, 0, -3)) })
		ok := w.product("R2", "MEDIUM", fixed)
		for name, c := range map[string]struct {
			p            *ent.Product
			amount, code string
		}{
			"not published":      {draft, "2000", "CONFLICT"},
			"sales window":       {closed, "2000", "CONFLICT"},
			"below the minimum":  {ok, "500", "BAD_USER_INPUT"},
			"off the step":       {ok, "1050", "BAD_USER_INPUT"},
			"zero":               {ok, "0", "BAD_USER_INPUT"},
			"amount not decimal": {ok, "1e3", "BAD_USER_INPUT"},
		} {
			if code := w.place(c.p, c.amount, "sale-"+strconv.Itoa(c.p.ID)+"-"+c.amount, "").Code(); code != c.code {
				t.Errorf("%s: %q, want %s", name, code, c.code)
			}
		}
		must(t, w.db.Customer.UpdateOneID(w.client.ID).SetStatus(customer.StatusFROZEN).Exec(ctx))
		if code := w.place(ok, "2000", "frozen-0001", "").Code(); code != "CONFLICT" {
			t.Errorf("a frozen client's order: %q", code)
		}
	})
}

func countOrders(t *testing.T, db *ent.Client, clientID int) int {
	n, err := db.SalesOrder.Query().Where(salesorder.ClientID(clientID)).Count(system())
	must(t, err)
	return n
}

// TestPlaceOrderIdempotent sends the same order 50 times at once: exactly
// one order, and every call answers with it.
func TestPlaceOrderIdempotent(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newOrderWorld(t, env)
		w.profile("C4", false, "LONG", suitability.Equity, suitability.FixedIncome)
		p := w.product("R3", "MEDIUM", suitability.Equity)
		before := countOrders(t, w.db, w.client.ID)
		ids := make([]string, 50)
		var wg sync.WaitGroup
		for i := range ids {
			wg.Go(func() {
				var data struct{ PlaceOrder placed }
				resp := w.place(p, "3000", "same-key-0001", "")
				if resp.Code() != "" {
					t.Errorf("call %d: %+v", i, resp.Errors)
					return
				}
				if err := jsonDecode(resp, &data); err != nil || data.PlaceOrder.Order == nil {
					t.Errorf("call %d: %v %s", i, err, resp.Data)
					return
				}
				ids[i] = data.PlaceOrder.Order.ID
			})
		}
		wg.Wait()
		if n := countOrders(t, w.db, w.client.ID); n != before+1 {
			t.Errorf("%d orders for one key", n-before)
		}
		for i, id := range ids {
			if id != ids[0] {
				t.Errorf("call %d answered order %s, call 0 %s", i, id, ids[0])
			}
		}
		o, err := w.db.SalesOrder.Query().Where(salesorder.IdempotencyKey("same-key-0001")).Only(system())
		must(t, err)
		if amount, ok := env.Gateway.Charged(o.PaymentRef); o.Status != salesorder.StatusPAID || !ok || amount != o.Amount {
			t.Errorf("order %s, charged %s %v", o.Status, amount, ok)
		}
		// The same key for another order is refused.
		if code := w.place(p, "4000", "same-key-0001", "").Code(); code != "CONFLICT" {
			t.Errorf("a key reused for another amount: %q", code)
		}
	})
}

// TestPlaceOrderPayments makes the gateway decline and time out: no order
// is PAID without a confirmed payment, an unknown outcome stays PENDING
// until the gateway says, and a cooling-off cancellation refunds.
func TestPlaceOrderPayments(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		w := newOrderWorld(t, env)
		w.profile("C5", false, "LONG", suitability.Equity, suitability.FixedIncome)
		p := w.product("R4", "MEDIUM", suitability.Equity)
		ctx := system()

		env.Gateway.FailWith("", payment.ErrDeclined)
		declined := w.mustPlace(p, "2000", "pay-declined", "")
		if declined.Order == nil || declined.Order.Status != "PAYMENT_FAILED" {
			t.Errorf("declined: %+v", declined.Order)
		}
		env.Gateway.FailWith("", payment.ErrTimeout)
		pending := w.mustPlace(p, "2000", "pay-timeout", "")
		if pending.Order == nil || pending.Order.Status != "PENDING" {
			t.Fatalf("timed out: %+v", pending.Order)
		}
		// The gateway recovers: settling charges and pays.
		env.Gateway.FailWith("", nil)
		var settled struct{ SettleOrder struct{ Status string } }
		env.Do(t, w.token, `mutation($id: ID!) { settleOrder(orderId: $id) { status } }`, map[string]any{"id": pending.Order.ID}).Decode(t, &settled)
		if settled.SettleOrder.Status != "PAID" {
			t.Errorf("settled: %s", settled.SettleOrder.Status)
		}
		// A charge whose answer was lost is found by asking.
		env.Gateway.FailWith("", payment.ErrTimeout)
		env.Gateway.LoseAnswers = true
		lost := w.mustPlace(p, "2000", "pay-lost-answer", "")
		env.Gateway.FailWith("", nil)
		env.Gateway.LoseAnswers = false
		if lost.Order.Status != "PENDING" {
			t.Errorf("lost answer: %s", lost.Order.Status)
		}
		// Repeating the call asks again.
		again := w.mustPlace(p, "2000", "pay-lost-answer", "")
		if again.Order.Status != "PAID" || again.Order.ID != lost.Order.ID {
			t.Errorf("repeat after a lost answer: %+v", again.Order)
		}
		// No order is PAID without a confirmed charge.
		orders, err := w.db.SalesOrder.Query().Where(salesorder.ClientID(w.client.ID), salesorder.IdempotencyKeyNEQ("")).All(ctx)
		must(t, err)
		for _, o := range orders {
			_, charged := env.Gateway.Charged(o.PaymentRef)
			if (o.Status == salesorder.StatusPAID) != charged {
				t.Errorf("order %d %s, charged %v", o.ID, o.Status, charged)
			}
		}

		// Cooling-off: the R4 order of an ordinary investor can be
		// cancelled, and is refunded; then it cannot be again.
		cancel := `mutation($id: ID!) { cancelOrder(orderId: $id) { status } }`
		var c struct{ CancelOrder struct{ Status string } }
		env.Do(t, w.token, cancel, map[string]any{"id": again.Order.ID}).Decode(t, &c)
		if c.CancelOrder.Status != "CANCELLED" {
			t.Errorf("cancelled: %s", c.CancelOrder.Status)
		}
		o, err := w.db.SalesOrder.Get(ctx, mustID(t, again.Order.ID))
		must(t, err)
		if _, charged := env.Gateway.Charged(o.PaymentRef); charged {
			t.Error("a cancelled order was not refunded")
		}
		if code := env.Do(t, w.token, cancel, map[string]any{"id": again.Order.ID}).Code(); code != "CONFLICT" {
			t.Errorf("cancelling twice: %q", code)
		}
		// After the period the order is final.
		env.Orders.Now = func() time.Time { return time.Now().Add(48 * time.Hour) }
		defer func() { env.Orders.Now = time.Now }()
		if code := env.Do(t, w.token, cancel, map[string]any{"id": settled2(t, env, w)}).Code(); code != "CONFLICT" {
			t.Errorf("cancelling after the cooling-off period: %q", code)
		}
	})
}

// settled2 is the id of the order settled in TestPlaceOrderPayments.
func settled2(t *testing.T, env *crmtest.Env, w *orderWorld) string {
	o, err := w.db.SalesOrder.Query().Where(salesorder.IdempotencyKey("pay-timeout")).Only(system())
	must(t, err)
	return strconv.Itoa(o.ID)
}

func jsonDecode(r crmtest.Response, v any) error { return json.Unmarshal(r.Data, v) }

// tamper changes one character of the token's signature, in its middle,
// so that it always differs from the token issued.
func tamper(token string) string {
	b := []byte(token)
	i := len(b) - 10
	if b[i] == 'A' {
		b[i] = 'B'
	} else {
		b[i] = 'A'
	}
	return string(b)
}
