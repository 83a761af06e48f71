package payment

import (
	"context"
	"errors"
	"testing"

	"github.com/brokercrm/crm/money"
)

func TestSimulated(t *testing.T) {
	ctx := context.Background()
	g := NewSimulated()
	amount := money.MustParse("1000.50")
	if err := g.Charge(ctx, "o1", amount); err != nil {
		t.Fatal(err)
	}
	// Idempotent by reference: a second charge changes nothing.
	if err := g.Charge(ctx, "o1", amount); err != nil {
		t.Fatal(err)
	}
	if got, ok := g.Charged("o1"); !ok || got != amount {
		t.Errorf("charged %s %v", got, ok)
	}

	g.FailWith("o2", ErrDeclined)
	if err := g.Charge(ctx, "o2", amount); !errors.Is(err, ErrDeclined) {
		t.Errorf("declined charge: %v", err)
	}
	if out, _ := g.Status(ctx, "o2"); out != Declined {
		t.Errorf("status of a declined charge: %s", out)
	}
	if err := g.Refund(ctx, "o2"); err == nil {
		t.Error("refunded a declined charge")
	}

	g.FailWith("", ErrTimeout)
	if err := g.Charge(ctx, "o3", amount); !errors.Is(err, ErrTimeout) {
		t.Errorf("timed-out charge: %v", err)
	}
	if out, _ := g.Status(ctx, "o3"); out != Unknown {
		t.Errorf("a lost charge: %s", out)
	}
	g.LoseAnswers = true
	if err := g.Charge(ctx, "o4", amount); !errors.Is(err, ErrTimeout) {
		t.Errorf("timed-out charge: %v", err)
	}
	if out, _ := g.Status(ctx, "o4"); out != Paid {
		t.Errorf("a charge whose answer was lost: %s", out)
	}
	g.FailWith("", nil)

	if err := g.Refund(ctx, "o1"); err != nil {
		t.Fatal(err)
	}
	if _, ok := g.Charged("o1"); ok {
		t.Error("a refunded charge still counts")
	}
	if out, _ := g.Status(ctx, "o1"); out != Refunded {
		t.Errorf("status after the refund: %s", out)
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	if err := g.Charge(canceled, "o5", amount); !errors.Is(err, ErrTimeout) {
		t.Errorf("charge with a dead context: %v", err)
	}
}
