package assessment

import (
	"context"
	"fmt"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/riskquestionnaire"
	"github.com/brokercrm/crm/questionnaire"
)

// Current is the questionnaire version in force.
func Current(ctx context.Context, client *ent.Client) (*ent.RiskQuestionnaire, error) {
	q, err := client.RiskQuestionnaire.Query().Where(riskquestionnaire.Active(true)).
		Order(ent.Desc(riskquestionnaire.FieldID)).First(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.NotFound, "no risk questionnaire is in force")
	}
	return q, err
}

// EnsureStandard stores the firm's standard questionnaire, in force, if
// no questionnaire is stored yet: a new database starts with one.
func EnsureStandard(ctx context.Context, client *ent.Client) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	n, err := client.RiskQuestionnaire.Query().Count(sys)
	if err != nil || n > 0 {
		return err
	}
	std := questionnaire.Standard()
	return client.RiskQuestionnaire.Create().SetVersion(std.Version).SetDefinition(std).SetActive(true).Exec(sys)
}

// Publish stores a new questionnaire version, validated, and puts it in
// force in place of the current one, in the caller's transaction.
func Publish(ctx context.Context, client *ent.Client, definition []byte) (*ent.RiskQuestionnaire, error) {
	q, err := questionnaire.Parse(definition)
	if err != nil {
		return nil, apperr.New(apperr.BadUserInput, "definition: %v", err)
	}
	taken, err := client.RiskQuestionnaire.Query().Where(riskquestionnaire.Version(q.Version)).Exist(ctx)
	if err != nil {
		return nil, err
	}
	if taken {
		return nil, apperr.New(apperr.Conflict, "version: %s exists; a published version is never changed, give a new one", q.Version)
	}
	if err := client.RiskQuestionnaire.Update().Where(riskquestionnaire.Active(true)).SetActive(false).Exec(ctx); err != nil {
		return nil, fmt.Errorf("retire the current questionnaire: %w", err)
	}
	return client.RiskQuestionnaire.Create().SetVersion(q.Version).SetDefinition(q).SetActive(true).Save(ctx)
}
