package payment

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/brokercrm/crm/money"
)

// Simulated is an in-memory gateway that moves no money: it confirms every
// charge unless told otherwise. Tests and demos make it decline or time
// out, for every charge or for one reference, to exercise the order flow's
// failure paths. It is safe for concurrent use.
type Simulated struct {
	mu      sync.Mutex
	charges map[string]*charge
	fail    map[string]error // by reference; "" for every charge
	// LoseAnswers makes a timed-out charge take effect anyway, as when
	// the gateway received it but its answer was lost.
	LoseAnswers bool
}

type charge struct {
	amount  money.Decimal
	outcome Outcome
}

// NewSimulated returns a gateway that confirms every charge.
func NewSimulated() *Simulated {
	return &Simulated{charges: map[string]*charge{}, fail: map[string]error{}}
}

// FailWith makes charges fail with err (ErrDeclined or ErrTimeout): the
// charge of ref, or every charge when ref is "". A nil err clears it.
func (s *Simulated) FailWith(ref string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err == nil {
		delete(s.fail, ref)
		return
	}
	s.fail[ref] = err
}

func (s *Simulated) Charge(ctx context.Context, ref string, amount money.Decimal) error {
	if err := ctx.Err(); err != nil {
		return ErrTimeout
	}
	if amount <= 0 {
		return fmt.Errorf("payment: charge of %s for %s", amount, ref)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.charges[ref]; ok {
		return c.result()
	}
	err, ok := s.fail[ref]
	if !ok {
		err = s.fail[""]
	}
	switch {
	case err == nil:
		s.charges[ref] = &charge{amount: amount, outcome: Paid}
	case errors.Is(err, ErrDeclined):
		s.charges[ref] = &charge{amount: amount, outcome: Declined}
	case errors.Is(err, ErrTimeout) && s.LoseAnswers:
		s.charges[ref] = &charge{amount: amount, outcome: Paid}
	}
	return err
}

func (c *charge) result() error {
	if c.outcome == Declined {
		return ErrDeclined
	}
	return nil
}

func (s *Simulated) Refund(_ context.Context, ref string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.charges[ref]
	switch {
	case !ok || c.outcome == Declined:
		return fmt.Errorf("payment: no confirmed charge %s to refund", ref)
	case c.outcome == Paid:
		c.outcome = Refunded
	}
	return nil
}

func (s *Simulated) Status(_ context.Context, ref string) (Outcome, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if c, ok := s.charges[ref]; ok {
		return c.outcome, nil
	}
	return Unknown, nil
}

// Charged is the amount charged and not refunded under ref, for tests.
func (s *Simulated) Charged(ref string) (money.Decimal, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.charges[ref]
	if !ok || c.outcome != Paid {
		return 0, false
	}
	return c.amount, true
}
