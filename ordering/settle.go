package ordering

import (
	"context"
	"errors"
	"fmt"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/salesorder"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/payment"
)

// settle takes a PENDING order's payment and records the outcome: PAID
// when the gateway confirms, PAYMENT_FAILED when it declines, still
// PENDING when it cannot tell (a repeat of the call or Settle asks again;
// the charge is idempotent by the order's payment reference).
func (s *Service) settle(ctx context.Context, client *ent.Client, o *ent.SalesOrder) (*ent.SalesOrder, error) {
	err := s.gateway.Charge(ctx, o.PaymentRef, o.Amount)
	switch {
	case err == nil:
		return s.finish(ctx, client, o, salesorder.StatusPAID, "")
	case errors.Is(err, payment.ErrDeclined):
		return s.finish(ctx, client, o, salesorder.StatusPAYMENT_FAILED, "支付被拒绝 / payment declined")
	default:
		// Unknown: leave the order PENDING, and say so.
		return s.finish(ctx, client, o, salesorder.StatusPENDING, "支付结果未知，稍后重试 / payment outcome unknown, retry later")
	}
}

// finish moves a PENDING order to status in one transaction — a paid
// order adds to the product's sales — unless another call already did.
func (s *Service) finish(ctx context.Context, client *ent.Client, o *ent.SalesOrder, status salesorder.Status, reason string) (*ent.SalesOrder, error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { _ = tx.Rollback() }()
	u := tx.SalesOrder.UpdateOneID(o.ID).Where(salesorder.StatusEQ(salesorder.StatusPENDING)).
		SetStatus(status).SetFailureReason(reason)
	if status == salesorder.StatusPAID {
		u.SetPaidAt(s.Now()).ClearFailureReason()
	}
	updated, err := u.Save(ctx)
	if ent.IsNotFound(err) {
		// Settled by a concurrent call meanwhile: report what it did.
		_ = tx.Rollback()
		return client.SalesOrder.Get(ctx, o.ID)
	}
	if err != nil {
		return nil, err
	}
	if status == salesorder.StatusPAID {
		if err := addSales(ctx, tx.Client(), o.ProductID, o.Amount); err != nil {
			return nil, err
		}
	}
	return updated, tx.Commit()
}

// addSales keeps the product's sales total, which the catalogue sorts by.
// Whoever ordered may not edit products, so it is written as the system.
func addSales(ctx context.Context, client *ent.Client, productID int, amount money.Decimal) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	return client.Product.UpdateOneID(productID).AddSalesAmount(amount).Exec(sys)
}

// Settle asks the gateway again about a PENDING order: the reconciliation
// of payments whose outcome was unknown.
func (s *Service) Settle(ctx context.Context, client *ent.Client, orderID int) (*ent.SalesOrder, error) {
	o, err := client.SalesOrder.Get(ctx, orderID)
	if err != nil {
		return nil, err
	}
	if o.Status != salesorder.StatusPENDING {
		return o, nil
	}
	out, err := s.gateway.Status(ctx, o.PaymentRef)
	if err != nil {
		return nil, fmt.Errorf("payment status of order %d: %w", o.ID, err)
	}
	switch out {
	case payment.Paid:
		return s.finish(ctx, client, o, salesorder.StatusPAID, "")
	case payment.Declined:
		return s.finish(ctx, client, o, salesorder.StatusPAYMENT_FAILED, "支付被拒绝 / payment declined")
	}
	return s.settle(ctx, client, o) // never reached the gateway: charge now
}

// Cancel withdraws a PAID order in its cooling-off period (冷静期) and
// refunds it; after the period the order is final.
func (s *Service) Cancel(ctx context.Context, client *ent.Client, orderID int) (*ent.SalesOrder, error) {
	o, err := client.SalesOrder.Get(ctx, orderID)
	if err != nil {
		return nil, err
	}
	now := s.Now()
	switch {
	case o.Status != salesorder.StatusPAID:
		return nil, apperr.New(apperr.Conflict, "the order is %s; only a paid order in its cooling-off period can be cancelled", o.Status)
	case o.CoolingOffUntil == nil || !now.Before(*o.CoolingOffUntil):
		return nil, apperr.New(apperr.Conflict, "the order has no cooling-off period left; it is final")
	}
	if err := s.gateway.Refund(ctx, o.PaymentRef); err != nil {
		return nil, fmt.Errorf("refund of order %d: %w", o.ID, err)
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, err
	}
	defer func() { _ = tx.Rollback() }()
	updated, err := tx.SalesOrder.UpdateOneID(o.ID).Where(salesorder.StatusEQ(salesorder.StatusPAID)).
		SetStatus(salesorder.StatusCANCELLED).SetCancelledAt(now).Save(ctx)
	if err != nil {
		return nil, err
	}
	if err := addSales(ctx, tx.Client(), o.ProductID, -o.Amount); err != nil {
		return nil, err
	}
	return updated, tx.Commit()
}
