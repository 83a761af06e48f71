package ordering

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"time"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/ent/salesorder"
	"github.com/brokercrm/crm/ent/suitabilityrecord"
	"github.com/brokercrm/crm/matching"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/suitability"
	"github.com/brokercrm/crm/viewer"
)

// Request is one call of placeOrder.
type Request struct {
	ClientID, ProductID int
	Amount              money.Decimal
	// IdempotencyKey is the caller's: the same key never makes two
	// orders of the client.
	IdempotencyKey string
	// Confirmation is the token a previous call returned with its
	// warning, sent back when the investor confirms; "" otherwise.
	Confirmation string
	Channel      suitabilityrecord.Channel
}

// Result is what a call did: an order (placed now or by an earlier call
// with the key), or the opinion that stopped it — a refusal, or a warning
// with the token to confirm it with.
type Result struct {
	Order   *ent.SalesOrder
	Opinion suitability.Opinion
	Record  *ent.SuitabilityRecord // the opinion as recorded; nil for an order found by its key
	// ConfirmationToken, with ConfirmationExpires, when the opinion is
	// CONFIRMATION_REQUIRED: the investor confirms by calling again with it.
	ConfirmationToken   string
	ConfirmationExpires time.Time
}

var keyPattern = regexp.MustCompile(`^[A-Za-z0-9._:-]{8,64}$`)

// Place checks and places an order. It runs its own transactions — the
// order is committed as PENDING before the payment is taken, and settled
// after — so it must not run inside one.
func (s *Service) Place(ctx context.Context, client *ent.Client, req Request) (*Result, error) {
	if ent.TxFromContext(ctx) != nil {
		return nil, apperr.New(apperr.BadUserInput, "placeOrder runs its own transactions: send it as the only field of its mutation")
	}
	if err := req.validate(); err != nil {
		return nil, err
	}
	res, err := s.decide(ctx, client, req)
	if err != nil {
		return nil, err
	}
	if res.Order != nil && res.Order.Status == salesorder.StatusPENDING {
		if res.Order, err = s.settle(ctx, client, res.Order); err != nil {
			return nil, err
		}
	}
	return res, nil
}

func (r Request) validate() error {
	switch {
	case r.Amount <= 0:
		return apperr.New(apperr.BadUserInput, "amount: %s is not a positive amount", r.Amount)
	case !keyPattern.MatchString(r.IdempotencyKey):
		return apperr.New(apperr.BadUserInput, "idempotencyKey: use 8 to 64 letters, digits, '.', '_', ':' or '-'")
	case suitabilityrecord.ChannelValidator(r.Channel) != nil:
		return apperr.New(apperr.BadUserInput, "channel: %q is not a channel", r.Channel)
	}
	return nil
}

// decide runs the checks in one transaction, holding the client's row so
// that calls with the same key take turns: the first places the order,
// the others find it.
func (s *Service) decide(ctx context.Context, client *ent.Client, req Request) (*Result, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { _ = tx.Rollback() }()
	txc := tx.Client()
	c, err := lockClient(ctx, txc, req.ClientID)
	if err != nil {
		return nil, err
	}
	if o, err := txc.SalesOrder.Query().
		Where(salesorder.ClientID(c.ID), salesorder.IdempotencyKey(req.IdempotencyKey)).Only(ctx); err == nil {
		if o.ProductID != req.ProductID || o.Amount != req.Amount {
			return nil, apperr.New(apperr.Conflict, "idempotencyKey: the key was used for another order of this client")
		}
		return &Result{Order: o, Opinion: suitability.Opinion{Outcome: suitability.Match}}, tx.Commit()
	} else if !ent.IsNotFound(err) {
		return nil, err
	}
	now := s.Now()
	p, err := txc.Product.Get(ctx, req.ProductID)
	if err != nil {
		return nil, err
	}
	if err := saleAllowed(c, p, req.Amount, now); err != nil {
		return nil, err
	}
	profile, assessment, err := profileOf(ctx, txc, c)
	if err != nil {
		return nil, err
	}
	sp := matching.ProductOf(p)
	opinion := s.rules.Check(profile, sp, now)
	res := &Result{Opinion: opinion}

	var confirmed *confirmation
	if opinion.Outcome == suitability.ConfirmationRequired && req.Confirmation != "" {
		cf, ok := s.verify(req.Confirmation, now)
		if !ok || !cf.matches(c.ID, p, req, opinion.Reasons, assessment) {
			return nil, apperr.New(apperr.BadUserInput,
				"confirmation: the token is not valid for this order now (expired, or the order, product or assessment changed); ask again")
		}
		confirmed = &cf
	}
	placing := opinion.Outcome == suitability.Match || confirmed != nil
	if placing {
		if res.Order, err = s.createOrder(ctx, txc, c, p, req, profile, sp, now); err != nil {
			return nil, err
		}
	}
	if res.Record, err = s.record(ctx, txc, c, p, req, assessment, opinion, "OPINION", res.Order, now); err != nil {
		return nil, err
	}
	if confirmed != nil {
		if _, err := s.record(ctx, txc, c, p, req, assessment, opinion, "CONFIRMATION", res.Order, now); err != nil {
			return nil, err
		}
	}
	if opinion.Outcome == suitability.ConfirmationRequired && !placing {
		res.ConfirmationExpires = now.Add(s.ConfirmationTTL)
		res.ConfirmationToken = s.sign(confirmation{
			Client: c.ID, Product: p.ID, Version: p.Version, Amount: req.Amount, Key: req.IdempotencyKey,
			Reasons: opinion.Reasons, Opinion: res.Record.ID, Expires: res.ConfirmationExpires.Unix(),
			Assessed: assessmentID(assessment),
		})
	}
	return res, tx.Commit()
}

func assessmentID(a *ent.RiskAssessment) int {
	if a == nil {
		return 0
	}
	return a.ID
}

func (cf confirmation) matches(clientID int, p *ent.Product, req Request, reasons []suitability.Reason, a *ent.RiskAssessment) bool {
	return cf.Client == clientID && cf.Product == p.ID && cf.Version == p.Version && cf.Amount == req.Amount &&
		cf.Key == req.IdempotencyKey && slices.Equal(cf.Reasons, reasons) && cf.Assessed == assessmentID(a)
}

// lockClient reads the client, if the viewer may see it, and on
// PostgreSQL locks its row until the transaction ends; SQLite's
// transactions take turns anyway.
func lockClient(ctx context.Context, client *ent.Client, id int) (*ent.Customer, error) {
	q := client.Customer.Query().Where(customer.ID(id))
	if client.Dialect() == dialect.Postgres {
		q.Modify(func(s *sql.Selector) { s.ForUpdate() })
	}
	cs, err := q.All(ctx)
	if err != nil {
		return nil, err
	}
	if len(cs) == 0 {
		return nil, &ent.NotFoundError{}
	}
	return cs[0], nil
}

// blockedStatuses are the client statuses that place no orders.
var blockedStatuses = []customer.Status{customer.StatusFROZEN, customer.StatusREPORTED_LOST, customer.StatusCLOSED, customer.StatusPOTENTIAL}

// saleAllowed checks the sale itself, before suitability: the product on
// sale today, the amount, and the client's status.
func saleAllowed(c *ent.Customer, p *ent.Product, amount money.Decimal, now time.Time) error {
	today := now.Format(time.DateOnly)
	switch {
	case slices.Contains(blockedStatuses, c.Status):
		return apperr.New(apperr.Conflict, "the client is %s and may not place orders", c.Status)
	case p.Status != product.StatusPUBLISHED:
		return apperr.New(apperr.Conflict, "the product is %s, not on sale", p.Status)
	case p.SaleStart != nil && today < p.SaleStart.Format(time.DateOnly):
		return apperr.New(apperr.Conflict, "the product's sales window opens on %s", p.SaleStart.Format(time.DateOnly))
	case p.SaleEnd != nil && today > p.SaleEnd.Format(time.DateOnly):
		return apperr.New(apperr.Conflict, "the product's sales window closed on %s", p.SaleEnd.Format(time.DateOnly))
	case amount < p.MinAmount:
		return apperr.New(apperr.BadUserInput, "amount: below the minimum of %s", p.MinAmount)
	case p.StepAmount > 0 && (amount-p.MinAmount)%p.StepAmount != 0:
		return apperr.New(apperr.BadUserInput, "amount: above the minimum of %s, buy in steps of %s", p.MinAmount, p.StepAmount)
	}
	return nil
}

func (s *Service) createOrder(ctx context.Context, client *ent.Client, c *ent.Customer, p *ent.Product, req Request,
	profile suitability.Profile, sp suitability.Product, now time.Time) (*ent.SalesOrder, error) {
	v := viewer.FromContext(ctx)
	create := client.SalesOrder.Create().
		SetClientID(c.ID).SetProductID(p.ID).SetAmount(req.Amount).SetStatus(salesorder.StatusPENDING).
		SetIdempotencyKey(req.IdempotencyKey).SetPaymentRef(fmt.Sprintf("SO-%d-%s", c.ID, req.IdempotencyKey)).
		SetFollowUpCall(s.rules.FollowUpCallRequired(profile, sp)).SetCreatedAt(now)
	if until, ok := s.rules.CoolingOffUntil(profile, sp, now); ok {
		create.SetCoolingOffUntil(until)
	}
	switch {
	case v != nil && v.Role == viewer.Advisor:
		create.SetAdvisorID(v.UserID)
	case c.AdvisorID != nil:
		create.SetAdvisorID(*c.AdvisorID)
	}
	o, err := create.Save(ctx)
	if ent.IsConstraintError(err) {
		return nil, apperr.New(apperr.Conflict, "an order with this idempotency key is being placed; try again")
	}
	return o, err
}

// record keeps one step of the check, unchangeable.
func (s *Service) record(ctx context.Context, client *ent.Client, c *ent.Customer, p *ent.Product, req Request,
	a *ent.RiskAssessment, opinion suitability.Opinion, kind string, o *ent.SalesOrder, now time.Time) (*ent.SuitabilityRecord, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, errors.New("ordering: no viewer")
	}
	create := client.SuitabilityRecord.Create().
		SetClientID(c.ID).SetProductID(p.ID).SetProductVersion(p.Version).
		SetKind(suitabilityrecord.Kind(kind)).SetOutcome(opinion.Outcome).SetReasons(opinion.Reasons).
		SetWarningZh(opinion.Warning.ZH).SetWarningEn(opinion.Warning.EN).
		SetAmount(req.Amount).SetIdempotencyKey(req.IdempotencyKey).SetChannel(req.Channel).
		SetActorID(v.UserID).SetActorName(v.Username).SetAt(now)
	if a != nil {
		create.SetAssessmentID(a.ID).SetQuestionnaireVersion(a.QuestionnaireVersion)
	}
	if o != nil {
		create.SetOrderID(o.ID)
	}
	return create.Save(ctx)
}
