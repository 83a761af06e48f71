package graph_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/questionnaire"
	"github.com/brokercrm/crm/suitability"
)

const takeAssessmentOp = `mutation($c: ID!, $a: [RiskAnswerInput!]!, $ch: RiskAssessmentChannel!) {
  takeRiskAssessment(clientId: $c, answers: $a, channel: $ch) { level score lowestCategory horizon varieties questionnaireVersion expiresAt assessedAt } }`

type questionnaireData struct {
	RiskQuestionnaire struct {
		Version   string
		Questions []struct {
			Key      string
			Multiple bool
			Options  []struct {
				Key   string
				Score int
			}
		}
		Bands []struct {
			Category string
			Min, Max int
		}
	}
}

// answersFor picks, for each question, the option with the highest score,
// or pick[question] when given.
func answersFor(q questionnaireData, pick map[string]string) []map[string]any {
	var out []map[string]any
	for _, question := range q.RiskQuestionnaire.Questions {
		best := question.Options[0]
		for _, o := range question.Options {
			if o.Score > best.Score {
				best = o
			}
		}
		keys := []string{best.Key}
		if question.Multiple { // every option: the scores add up
			keys = keys[:0]
			for _, o := range question.Options {
				keys = append(keys, o.Key)
			}
		}
		if k, ok := pick[question.Key]; ok {
			keys = []string{k}
		}
		out = append(out, map[string]any{"question": question.Key, "options": keys})
	}
	return out
}

// TestRiskAssessments takes assessments through the API: the scoring, the
// record, the client's risk profile kept in step, who may take one through
// which channel, bad answers, the retake limit and publishing a version.
func TestRiskAssessments(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		adv, co := env.Login(t, "advisor1"), env.Login(t, "compliance1")
		var q questionnaireData
		env.Do(t, adv, `{ riskQuestionnaire { version questions { key multiple options { key score } } bands { category min max } } }`, nil).Decode(t, &q)
		std := questionnaire.Standard()
		if q.RiskQuestionnaire.Version != std.Version || len(q.RiskQuestionnaire.Questions) != len(std.Questions) || len(q.RiskQuestionnaire.Bands) != 5 {
			t.Fatalf("questionnaire in force: %+v", q.RiskQuestionnaire)
		}
		users := usersByName(t, env.DB.Client)
		ctx := system()
		self := *users["client1"].ClientID
		clients, err := env.DB.Client.Customer.Query().Where(customer.AdvisorID(users["advisor1"].ID),
			customer.StatusEQ(customer.StatusNORMAL), customer.IDNEQ(self)).Limit(2).All(ctx)
		must(t, err)
		own, other := clients[0], clients[1]
		take := func(token string, clientID int, answers []map[string]any, channel string) crmtest.Response {
			return env.Do(t, token, takeAssessmentOp, map[string]any{"c": strconv.Itoa(clientID), "a": answers, "ch": channel})
		}
		type taken struct {
			TakeRiskAssessment struct {
				Level, Horizon, QuestionnaireVersion string
				Score                                int
				LowestCategory                       bool
				Varieties                            []string
				ExpiresAt, AssessedAt                time.Time
			}
		}
		var got taken
		take(adv, own.ID, answersFor(q, nil), "BRANCH").Decode(t, &got)
		a := got.TakeRiskAssessment
		if a.Level != "C5" || a.Score != 100 || a.LowestCategory || a.QuestionnaireVersion != std.Version {
			t.Errorf("all the highest answers: %+v", a)
		}
		if months := a.ExpiresAt.Sub(a.AssessedAt).Hours() / 24 / 30; months < 23 || months > 25 {
			t.Errorf("valid for %.1f months, want 24", months)
		}
		// The client's risk profile follows the assessment.
		c, err := env.DB.Client.Customer.Get(ctx, own.ID)
		must(t, err)
		wantBits := 0
		for _, v := range a.Varieties {
			wantBits |= suitability.VarietyBit(suitability.Variety(v))
		}
		if c.RiskCategory == nil || *c.RiskCategory != "C5" || c.RiskLowest || c.RiskVarieties != wantBits || c.RiskExpiresAt == nil {
			t.Errorf("profile after the assessment: %v %v %b (want %b)", c.RiskCategory, c.RiskLowest, c.RiskVarieties, wantBits)
		}

		// "Cannot accept any loss" puts the investor in the lowest category.
		take(adv, own.ID, answersFor(q, map[string]string{"max_loss": "A"}), "PHONE").Decode(t, &got)
		if got.TakeRiskAssessment.Level != "C1" || !got.TakeRiskAssessment.LowestCategory {
			t.Errorf("no loss accepted: %+v", got.TakeRiskAssessment)
		}
		c, err = env.DB.Client.Customer.Get(ctx, own.ID)
		must(t, err)
		if !c.RiskLowest || *c.RiskCategory != "C1" {
			t.Errorf("profile after the lowest-category assessment: %v %v", *c.RiskCategory, c.RiskLowest)
		}
		// Two a day: the third is refused until tomorrow.
		resp := take(adv, own.ID, answersFor(q, nil), "BRANCH")
		if resp.Code() != "RATE_LIMITED" {
			t.Errorf("third assessment in a day: %q %+v", resp.Code(), resp.Errors)
		}

		// Bad answers name the question.
		bad := answersFor(q, map[string]string{"age": "Z"})
		resp = take(adv, other.ID, bad, "BRANCH")
		if resp.Code() != "BAD_USER_INPUT" || !strings.Contains(resp.Errors[0].Message, `"age"`) {
			t.Errorf("unknown option: %q %+v", resp.Code(), resp.Errors)
		}
		resp = take(adv, other.ID, answersFor(q, nil)[1:], "BRANCH")
		if resp.Code() != "BAD_USER_INPUT" || !strings.Contains(resp.Errors[0].Message, "not answered") {
			t.Errorf("unanswered question: %q %+v", resp.Code(), resp.Errors)
		}
		// Staff record branch or phone assessments; clients take theirs online.
		if code := take(adv, other.ID, answersFor(q, nil), "APP").Code(); code != "BAD_USER_INPUT" {
			t.Errorf("an advisor records an app assessment: %q", code)
		}
		cli := env.Login(t, "client1")
		if resp := take(cli, self, answersFor(q, nil), "APP"); resp.Code() != "" {
			t.Errorf("a client takes their own: %q %+v", resp.Code(), resp.Errors)
		}
		if code := take(cli, other.ID, answersFor(q, nil), "APP").Code(); code != "NOT_FOUND" {
			t.Errorf("a client takes someone else's: %q", code)
		}
		// Another advisor's client is not there to assess.
		if code := take(env.Login(t, "advisor2"), own.ID, answersFor(q, nil), "BRANCH").Code(); code != "NOT_FOUND" {
			t.Errorf("advisor2 assesses advisor1's client: %q", code)
		}

		// Compliance puts a new version in force; a version is never reused.
		next := questionnaire.Standard()
		next.Version = "STD-2027.1"
		body, _ := json.Marshal(next)
		publish := `mutation($d: String!) { publishRiskQuestionnaire(definition: $d) { version active } }`
		if code := env.Do(t, adv, publish, map[string]any{"d": string(body)}).Code(); code != "FORBIDDEN" {
			t.Errorf("an advisor publishes a questionnaire: %q", code)
		}
		var pub struct{ PublishRiskQuestionnaire struct{ Version string } }
		env.Do(t, co, publish, map[string]any{"d": string(body)}).Decode(t, &pub)
		env.Do(t, adv, `{ riskQuestionnaire { version questions { key multiple options { key score } } bands { category min max } } }`, nil).Decode(t, &q)
		if q.RiskQuestionnaire.Version != "STD-2027.1" {
			t.Errorf("in force after publishing: %s", q.RiskQuestionnaire.Version)
		}
		if code := env.Do(t, co, publish, map[string]any{"d": string(body)}).Code(); code != "CONFLICT" {
			t.Errorf("publishing a version twice: %q", code)
		}
		if code := env.Do(t, co, publish, map[string]any{"d": `{"version": "X", "questions": []}`}).Code(); code != "BAD_USER_INPUT" {
			t.Errorf("publishing an invalid questionnaire: %q", code)
		}
	})
}
