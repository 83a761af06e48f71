package clientops

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/account"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/viewer"
)

// The length of a status change's reason, in characters: enough to say
// why (司法冻结), short enough to show in the history.
const (
	MinReason = 2
	MaxReason = 500
)

// ChangeStatus moves a client to status to, if Transition allows it, and
// records the step with its reason in the client's status history, in the
// caller's transaction. Closing sets the closing date to today.
func ChangeStatus(ctx context.Context, client *ent.Client, clientID int, to customer.Status, reason string, today time.Time) (*ent.Customer, error) {
	reason = strings.TrimSpace(reason)
	if n := utf8.RuneCountInString(reason); n < MinReason || n > MaxReason {
		return nil, invalid("reason", "give a reason of %d to %d characters", MinReason, MaxReason)
	}
	c, err := visible(ctx, client, clientID)
	if err != nil {
		return nil, err
	}
	// Only from the status just read: of two changes at once, the second
	// finds the row changed and is refused rather than recording a stale
	// "from" in the history.
	u := c.Update().Where(customer.StatusEQ(c.Status)).SetStatus(to)
	var firstAccount *ent.Account
	if c.Status == customer.StatusPOTENTIAL {
		firstAccount, err = c.QueryAccounts().Order(account.ByOpenedOn(), account.ByID()).First(ctx)
		if err != nil && !ent.IsNotFound(err) {
			return nil, err
		}
	}
	if err := Transition(c.Status, to, firstAccount != nil); err != nil {
		return nil, err
	}
	switch {
	case to == customer.StatusCLOSED:
		u.SetClosedOn(today)
	case firstAccount != nil && c.OpenedOn == nil:
		// A prospect becomes a client the day their first account opened.
		u.SetOpenedOn(firstAccount.OpenedOn)
	}
	updated, err := save(ctx, u)
	if err != nil {
		if now, rerr := client.Customer.Get(ctx, c.ID); rerr == nil && now.Status != c.Status {
			return nil, apperr.New(apperr.Conflict, "the client's status changed to %s meanwhile; reload and try again", now.Status)
		}
		return nil, err
	}
	step := client.ClientStatusChange.Create().
		SetClientID(c.ID).
		SetFromStatus(string(c.Status)).
		SetToStatus(string(to)).
		SetReason(reason)
	if v := viewer.FromContext(ctx); v != nil {
		step.SetChangedByID(v.UserID)
	}
	if err := step.Exec(ctx); err != nil {
		return nil, err
	}
	return updated, nil
}

// Transition reports whether a client may go from status from to status
// to, with a message saying why not. hasAccount tells whether the client
// has an account (only a prospect's matters). The rules:
//
//   - CLOSED (销户) is final: a returning client is opened anew, so the
//     closed record and its closing date stay as they were.
//   - POTENTIAL (a prospect) is where a client starts, never returns to.
//   - A prospect becomes NORMAL once an account is opened, and may be
//     dropped (CLOSED); it has no account to freeze or report lost.
//   - NORMAL, FROZEN and REPORTED_LOST move freely among themselves, and
//     each may be closed.
func Transition(from, to customer.Status, hasAccount bool) error {
	switch {
	case from == to:
		return invalid("status", "the client is already %s", to)
	case from == customer.StatusCLOSED:
		return invalid("status", "CLOSED is final: a closed client cannot become %s", to)
	case to == customer.StatusPOTENTIAL:
		return invalid("status", "a %s client cannot become POTENTIAL again", from)
	case from != customer.StatusPOTENTIAL || to == customer.StatusCLOSED:
		return nil
	case to != customer.StatusNORMAL:
		return invalid("status", "a POTENTIAL client has no account to be %s; open one first", to)
	case !hasAccount:
		return invalid("status", "a POTENTIAL client becomes NORMAL once an account is opened, and this one has none")
	}
	return nil
}
