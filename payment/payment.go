// Package payment is how the CRM takes money for an order: the Gateway
// interface the order flow talks to, and Simulated, a gateway that runs in
// memory for development, tests and demos. Simulated moves no money; a
// deployment plugs in the firm's real gateway (the core system's fund
// transfer, a bank's or the TA's) behind the same interface.
package payment

import (
	"context"
	"errors"

	"github.com/brokercrm/crm/money"
)

// Gateway takes and returns payments. Charge and Refund are idempotent by
// reference: a repeated call for the same reference has no further effect
// and reports the outcome of the first.
type Gateway interface {
	// Charge debits amount for the order with reference ref. It returns
	// nil only when the gateway confirms the payment; ErrDeclined when it
	// refuses it; any other error (ErrTimeout, a network failure) leaves
	// the outcome unknown until Status says.
	Charge(ctx context.Context, ref string, amount money.Decimal) error
	// Refund returns a confirmed payment in full.
	Refund(ctx context.Context, ref string) error
	// Status reports what became of a charge: Paid, Declined, Refunded,
	// or Unknown if the gateway never received it.
	Status(ctx context.Context, ref string) (Outcome, error)
}

// Outcome is what became of a charge.
type Outcome string

// The outcomes.
const (
	Unknown  Outcome = "UNKNOWN"
	Paid     Outcome = "PAID"
	Declined Outcome = "DECLINED"
	Refunded Outcome = "REFUNDED"
)

var (
	// ErrDeclined: the gateway refused the payment (insufficient funds, a
	// closed bank account…). Nothing was charged.
	ErrDeclined = errors.New("payment declined")
	// ErrTimeout: no answer in time. The charge may or may not have gone
	// through; ask Status.
	ErrTimeout = errors.New("payment gateway did not answer in time")
)
