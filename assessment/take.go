package assessment

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/riskassessment"
	"github.com/brokercrm/crm/questionnaire"
	"github.com/brokercrm/crm/suitability"
	"github.com/brokercrm/crm/viewer"
)

// Settings are the firm's choices for assessments.
type Settings struct {
	// ValidityMonths is how long an assessment is recorded as valid
	// (suitability.Rules.AssessmentValidityMonths).
	ValidityMonths int
	Retakes        questionnaire.RetakeLimits
}

// DefaultSettings: valid 24 months, at most 2 a day and 8 in 12 months.
func DefaultSettings() Settings {
	return Settings{ValidityMonths: suitability.DefaultRules().AssessmentValidityMonths, Retakes: questionnaire.DefaultRetakeLimits()}
}

// Take scores a client's answers to the questionnaire in force and
// records the assessment, in the caller's transaction: an advisor or
// branch manager at a branch with the client (channel BRANCH or PHONE), or
// the client in their own space (APP or ONLINE). The policy decides who
// may write for which client.
func Take(ctx context.Context, client *ent.Client, s Settings, clientID int, answers map[string][]string,
	channel riskassessment.Channel, now time.Time) (*ent.RiskAssessment, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "log in first")
	}
	if err := channelFits(v, channel); err != nil {
		return nil, err
	}
	c, err := client.Customer.Get(ctx, clientID)
	if err != nil {
		return nil, err
	}
	q, err := Current(ctx, client)
	if err != nil {
		return nil, err
	}
	result, err := q.Definition.Score(answers)
	if err != nil {
		return nil, answerError(err)
	}
	times, err := assessedTimes(ctx, client, c.ID, now)
	if err != nil {
		return nil, err
	}
	if err := s.Retakes.Allow(times, now); err != nil {
		var re *questionnaire.RetakeError
		if errors.As(err, &re) {
			return nil, apperr.New(apperr.RateLimited, "%s", re.Error())
		}
		return nil, err
	}
	create := client.RiskAssessment.Create().SetClientID(c.ID).SetQuestionnaireVersion(q.Version).
		SetScore(result.Score).SetLevel(result.Category).SetLowestCategory(result.Lowest).
		SetHorizon(result.Horizon).SetVarieties(result.Varieties).SetAnswers(answers).
		SetAssessedAt(now).SetExpiresAt(now.AddDate(0, s.ValidityMonths, 0)).SetChannel(channel)
	if v.Role.IsStaff() {
		create.SetAssessedByID(v.UserID)
	}
	// The RiskAssessment hook keeps it on the client as their profile.
	return create.Save(ctx)
}

func assessedTimes(ctx context.Context, client *ent.Client, clientID int, now time.Time) ([]time.Time, error) {
	rows, err := client.RiskAssessment.Query().
		Where(riskassessment.ClientID(clientID), riskassessment.AssessedAtGT(now.AddDate(-1, 0, -1))).
		Select(riskassessment.FieldAssessedAt).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]time.Time, len(rows))
	for i, r := range rows {
		out[i] = r.AssessedAt
	}
	return out, nil
}

// channelFits checks the channel against who takes the assessment: staff
// with the client at a branch or on the phone, a client online.
func channelFits(v *viewer.Viewer, channel riskassessment.Channel) error {
	if riskassessment.ChannelValidator(channel) != nil {
		return apperr.New(apperr.BadUserInput, "channel: %q is not a channel", channel)
	}
	online := channel == riskassessment.ChannelAPP || channel == riskassessment.ChannelONLINE
	if v.Role == viewer.Client && !online {
		return apperr.New(apperr.BadUserInput, "channel: a client takes the assessment in the app or online, not %s", channel)
	}
	if v.Role != viewer.Client && online {
		return apperr.New(apperr.BadUserInput, "channel: staff record an assessment taken at a branch or by phone, not %s", channel)
	}
	return nil
}

// answerError lists what is wrong with the answers, question by question.
func answerError(err error) error {
	problems := questionnaire.AnswerErrors(err)
	if len(problems) == 0 {
		return apperr.New(apperr.BadUserInput, "answers: %v", err)
	}
	msgs := make([]string, len(problems))
	for i, p := range problems {
		msgs[i] = p.Error()
	}
	return apperr.New(apperr.BadUserInput, "answers: %s", strings.Join(msgs, "; "))
}
