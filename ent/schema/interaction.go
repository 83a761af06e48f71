package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/ent/interaction"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// Interaction is a service or communication record (留痕): every contact
// with a client leaves one.
type Interaction struct{ ent.Schema }

// Mixin gives Interaction the policy of client data: advisors and branch
// managers log contacts with their clients, a client their consultations.
func (Interaction) Mixin() []ent.Mixin {
	return []ent.Mixin{clientData{
		write: viewer.ClientsWrite, writers: []viewer.Role{viewer.Advisor, viewer.BranchManager, viewer.Client},
		guard: rule.ClientLogsOnly(interaction.KindCONSULTATION, interaction.KindCOMPLAINT),
	}}
}

func (Interaction) Fields() []ent.Field {
	return []ent.Field{
		field.String("external_id").Optional().Nillable().Unique().MaxLen(64).Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput)).
			Comment("the id the record has in the system it was imported from; empty for records made here"),
		field.Int("client_id"),
		field.Int("staff_id").Optional().Nillable(),
		field.Enum("channel").Values("PHONE", "VISIT", "WECHAT", "SMS", "EMAIL", "APP", "BRANCH").Annotations(entgql.OrderField("CHANNEL")),
		field.Enum("kind").Values("SERVICE", "MARKETING", "CONSULTATION", "COMPLAINT", "RISK_DISCLOSURE").Annotations(entgql.OrderField("KIND")),
		field.Text("summary").NotEmpty(),
		field.Time("occurred_at").Annotations(entgql.OrderField("OCCURRED_AT")),
		date(field.Time("follow_up_on")).Optional().Nillable().Annotations(entgql.OrderField("FOLLOW_UP_ON")),
	}
}

func (Interaction) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("interactions").Field("client_id").Unique().Required(),
		edge.To("staff", User.Type).Field("staff_id").Unique(),
	}
}

func (Interaction) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("client_id", "occurred_at"),
		index.Fields("staff_id", "follow_up_on"),
	}
}

func (Interaction) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
