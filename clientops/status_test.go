package clientops

import (
	"testing"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent/customer"
)

func TestTransition(t *testing.T) {
	const (
		N = customer.StatusNORMAL
		F = customer.StatusFROZEN
		L = customer.StatusREPORTED_LOST
		C = customer.StatusCLOSED
		P = customer.StatusPOTENTIAL
	)
	// Every pair of statuses, once without and once with an account; only
	// POTENTIAL → NORMAL depends on it.
	type want struct{ withoutAccount, withAccount bool }
	yes, no := want{true, true}, want{false, false}
	table := map[[2]customer.Status]want{
		{N, N}: no, {N, F}: yes, {N, L}: yes, {N, C}: yes, {N, P}: no,
		{F, N}: yes, {F, F}: no, {F, L}: yes, {F, C}: yes, {F, P}: no,
		{L, N}: yes, {L, F}: yes, {L, L}: no, {L, C}: yes, {L, P}: no,
		{C, N}: no, {C, F}: no, {C, L}: no, {C, C}: no, {C, P}: no,
		{P, N}: {false, true}, {P, F}: no, {P, L}: no, {P, C}: yes, {P, P}: no,
	}
	all := []customer.Status{N, F, L, C, P}
	if len(table) != len(all)*len(all) {
		t.Fatalf("the table has %d pairs, want %d", len(table), len(all)*len(all))
	}
	for _, from := range all {
		for _, to := range all {
			w, ok := table[[2]customer.Status{from, to}]
			if !ok {
				t.Errorf("%s → %s is missing from the table", from, to)
				continue
			}
			for hasAccount, allowed := range map[bool]bool{false: w.withoutAccount, true: w.withAccount} {
				err := Transition(from, to, hasAccount)
				if (err == nil) != allowed {
					t.Errorf("Transition(%s, %s, account %v) = %v, want allowed %v", from, to, hasAccount, err, allowed)
				}
				if err != nil && apperr.CodeOf(err) != apperr.BadUserInput {
					t.Errorf("Transition(%s, %s): code %q, want BAD_USER_INPUT", from, to, apperr.CodeOf(err))
				}
			}
		}
	}
}

func TestTransitionMessages(t *testing.T) {
	for _, tt := range []struct {
		from, to customer.Status
		want     string
	}{
		{customer.StatusFROZEN, customer.StatusFROZEN, "status: the client is already FROZEN"},
		{customer.StatusCLOSED, customer.StatusNORMAL, "status: CLOSED is final: a closed client cannot become NORMAL"},
		{customer.StatusNORMAL, customer.StatusPOTENTIAL, "status: a NORMAL client cannot become POTENTIAL again"},
		{customer.StatusPOTENTIAL, customer.StatusNORMAL, "status: a POTENTIAL client becomes NORMAL once an account is opened, and this one has none"},
	} {
		if err := Transition(tt.from, tt.to, false); err == nil || err.Error() != tt.want {
			t.Errorf("Transition(%s, %s) = %v, want %q", tt.from, tt.to, err, tt.want)
		}
	}
}
