package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Organization is the organisation profile of an institutional client.
type Organization struct{ ent.Schema }

// Mixin gives Organization the policy of client data.
func (Organization) Mixin() []ent.Mixin { return []ent.Mixin{clientData{}} }

func (Organization) Fields() []ent.Field {
	return []ent.Field{
		field.Int("client_id").Unique(),
		field.String("credit_code").MaxLen(18).Comment("unified social credit code (统一社会信用代码)"),
		field.String("industry").Optional(),
		decimal(field.Int64("registered_capital")).Optional(),
		field.String("legal_representative").Optional(),
	}
}

func (Organization) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("client", Customer.Type).Ref("organization").Field("client_id").Unique().Required(),
	}
}
