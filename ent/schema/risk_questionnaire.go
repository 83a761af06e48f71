package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/questionnaire"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// RiskQuestionnaire is one version of the risk tolerance questionnaire, as
// configuration: its questions, options, scores and the score bands of
// C1–C5 (package questionnaire). A version is never changed once stored;
// compliance adds a new one, which becomes the one in force. Assessments
// name the version they were taken under.
type RiskQuestionnaire struct{ ent.Schema }

func (RiskQuestionnaire) Fields() []ent.Field {
	return []ent.Field{
		field.String("version").Unique().NotEmpty().MaxLen(50).Immutable(),
		field.JSON("definition", questionnaire.Questionnaire{}).Immutable().Annotations(entgql.Skip()),
		field.Bool("active").Default(false).Comment("the version in force; exactly one is"),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (RiskQuestionnaire) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: every logged-in user may read the questionnaires (clients take
// them in their space); compliance adds versions.
func (RiskQuestionnaire) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), privacy.AlwaysAllowRule()},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(),
			rule.AllowRoles(viewer.Compliance),
			privacy.AlwaysDenyRule(),
		},
	}
}
