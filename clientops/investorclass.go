package clientops

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/investorclassdecision"
	"github.com/brokercrm/crm/investorclass"
	"github.com/brokercrm/crm/viewer"
)

// DecideInvestorClass records the firm's decision on a client's investor
// class and, when it is approved, moves the client to the class, in the
// caller's transaction. An approval the evidence does not support is
// refused, naming the thresholds not met; a refusal is recorded with the
// shortfalls as well as the reason given. The policy lets only the
// branch's manager decide.
func DecideInvestorClass(ctx context.Context, client *ent.Client, clientID int, kind investorclass.Kind,
	evidence investorclass.Evidence, approve bool, reason string) (*ent.InvestorClassDecision, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "log in first")
	}
	reason = strings.TrimSpace(reason)
	if n := utf8.RuneCountInString(reason); n < MinReason || n > 2000 {
		return nil, invalid("reason", "give the reasons for the decision, %d to 2000 characters", MinReason)
	}
	if evidence.NetAssets < 0 || evidence.FinancialAssets < 0 || evidence.AverageIncome < 0 || evidence.ExperienceYears < 0 {
		return nil, invalid("evidence", "amounts and years must not be negative")
	}
	c, err := visible(ctx, client, clientID)
	if err != nil {
		return nil, err
	}
	from, to := c.InvestorClass, customer.InvestorClassPROFESSIONAL
	switch {
	case kind == investorclass.AskOrdinary && from != customer.InvestorClassPROFESSIONAL,
		kind != investorclass.AskOrdinary && from == customer.InvestorClassPROFESSIONAL:
		return nil, apperr.New(apperr.Conflict, "the client is %s; %s does not apply", from, kind)
	case kind == investorclass.AskOrdinary:
		to = customer.InvestorClassORDINARY
	}
	if (c.Kind == customer.KindINSTITUTION) != evidence.Organisation {
		return nil, invalid("evidence.organisation", "must say whether the client is an organisation (%s)", c.Kind)
	}
	shortfalls := investorclass.Check(kind, evidence)
	if approve && len(shortfalls) > 0 {
		msgs := make([]string, len(shortfalls))
		for i, s := range shortfalls {
			msgs[i] = s.EN
		}
		return nil, invalid("approve", "the evidence does not meet: %s", strings.Join(msgs, "; "))
	}
	d, err := client.InvestorClassDecision.Create().
		SetClientID(c.ID).SetKind(kind).SetFromClass(investorclassdecision.FromClass(from)).
		SetToClass(investorclassdecision.ToClass(to)).SetApproved(approve).SetReason(reason).
		SetEvidence(evidence).SetShortfalls(shortfalls).
		SetDecidedByID(v.UserID).SetDecidedByName(v.Username).Save(ctx)
	if err != nil {
		return nil, err
	}
	if approve {
		if _, err := save(ctx, client.Customer.UpdateOneID(c.ID).SetInvestorClass(to)); err != nil {
			return nil, err
		}
	}
	return d, nil
}
