package clientops

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/interaction"
	"github.com/brokercrm/crm/viewer"
)

// MaxSummary bounds an interaction's summary, in characters: a record of a
// contact, not a transcript.
const MaxSummary = 2000

// ClockSkew is how far in the future an occurredAt may lie: the advisor's
// device clock may run a little ahead of the server's.
const ClockSkew = 5 * time.Minute

// earliestContact is the first moment a contact may be dated: the
// exchanges opened in 1990, so an earlier date is a typing mistake.
var earliestContact = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)

// NewInteraction is a contact with a client to record.
type NewInteraction struct {
	ClientID   int
	Channel    interaction.Channel
	Kind       interaction.Kind
	Summary    string
	OccurredAt *time.Time // now when nil
	FollowUpOn *time.Time // a calendar day at midnight UTC, as scalar.Date decodes it
}

// LogInteraction records a contact with a client, made by the viewer. Who
// may record which kind for which client is the Interaction policy's
// decision: a refusal is FORBIDDEN, a client the viewer cannot see
// NOT_FOUND.
func LogInteraction(ctx context.Context, client *ent.Client, n NewInteraction, now time.Time) (*ent.Interaction, error) {
	n, err := n.normalize(now)
	if err != nil {
		return nil, err
	}
	if _, err := visible(ctx, client, n.ClientID); err != nil {
		return nil, err
	}
	create := client.Interaction.Create().
		SetClientID(n.ClientID).
		SetChannel(n.Channel).
		SetKind(n.Kind).
		SetSummary(n.Summary).
		SetOccurredAt(*n.OccurredAt).
		SetNillableFollowUpOn(n.FollowUpOn)
	// staff_id names the employee who made the contact; a client logging
	// their own consultation is not one, so theirs stays empty.
	if v := viewer.FromContext(ctx); v != nil && v.Role.IsStaff() {
		create.SetStaffID(v.UserID)
	}
	return create.Save(ctx)
}

// normalize trims the summary, fills in the time and checks the values
// against now.
func (n NewInteraction) normalize(now time.Time) (NewInteraction, error) {
	n.Summary = strings.TrimSpace(n.Summary)
	if n.Summary == "" || utf8.RuneCountInString(n.Summary) > MaxSummary {
		return n, invalid("summary", "give a summary of 1 to %d characters", MaxSummary)
	}
	if n.OccurredAt == nil {
		n.OccurredAt = &now
	}
	switch at := *n.OccurredAt; {
	case at.After(now.Add(ClockSkew)):
		return n, invalid("occurredAt", "%s is in the future", at.Format(time.RFC3339))
	case at.Before(earliestContact):
		return n, invalid("occurredAt", "%s is before 1990", at.Format(time.RFC3339))
	}
	if n.FollowUpOn != nil && n.FollowUpOn.Before(auth.Today(now)) {
		return n, invalid("followUpOn", "%s is in the past; follow up today or later", n.FollowUpOn.Format(time.DateOnly))
	}
	return n, nil
}
