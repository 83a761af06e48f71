package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/investorclass"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// InvestorClassDecision is the firm's recorded decision on a client's
// investor class (suitability.md "Investor classes"): recognising a
// professional by the thresholds of Art. 8, an ordinary investor's
// application under Art. 11, or a professional's request to be treated as
// ordinary; with the evidence verified, the thresholds not met, the
// outcome and its reasons, and who decided. Kept unchanged.
type InvestorClassDecision struct{ ent.Schema }

// Mixin: visible with the client; decided by the branch manager of the
// client's branch.
func (InvestorClassDecision) Mixin() []ent.Mixin {
	return []ent.Mixin{clientData{write: viewer.ClientsWrite, writers: []viewer.Role{viewer.BranchManager}}}
}

func (InvestorClassDecision) Fields() []ent.Field {
	return []ent.Field{
		field.Int("client_id").Immutable(),
		field.Enum("kind").GoType(investorclass.Kind("")).Immutable().Annotations(entgql.Type("InvestorClassDecisionKind")),
		field.Enum("from_class").Values("ORDINARY", "PROFESSIONAL").Immutable(),
		field.Enum("to_class").Values("ORDINARY", "PROFESSIONAL").Immutable(),
		field.Bool("approved").Immutable(),
		field.String("reason").NotEmpty().MaxLen(2000).Immutable(),
		field.JSON("evidence", investorclass.Evidence{}).Immutable().Annotations(entgql.Type("InvestorClassEvidence")),
		field.JSON("shortfalls", []investorclass.Shortfall{}).Optional().Immutable().
			Annotations(entgql.Type("[InvestorClassShortfall!]")),
		field.Int("decided_by_id").Optional().Nillable().Immutable(),
		field.String("decided_by_name").Immutable(),
		field.Time("decided_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("DECIDED_AT")),
	}
}

func (InvestorClassDecision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("investor_class_decisions").Field("client_id").Unique().Required().Immutable(),
		edge.To("decided_by", User.Type).Field("decided_by_id").Unique().Immutable(),
	}
}

func (InvestorClassDecision) Indexes() []ent.Index {
	return []ent.Index{index.Fields("client_id", "decided_at")}
}

func (InvestorClassDecision) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Hooks: records are kept as written.
func (InvestorClassDecision) Hooks() []ent.Hook { return []ent.Hook{rule.AppendOnly()} }
