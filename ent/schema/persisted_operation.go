package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// PersistedOperation is a registered GraphQL operation. API keys in
// allow-list mode may run only these, identified by the SHA-256 of the
// document.
type PersistedOperation struct{ ent.Schema }

func (PersistedOperation) Fields() []ent.Field {
	return []ent.Field{
		field.String("sha256").Unique().Immutable().MinLen(64).MaxLen(64),
		field.String("name").NotEmpty().MaxLen(200).Annotations(entgql.OrderField("NAME")),
		field.Text("document").Immutable(),
		field.Int("created_by_id").Optional().Nillable().Immutable(),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (PersistedOperation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// Policy: administrators register operations; the allow-list check reads
// them with an explicit decision.
func (PersistedOperation) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.VisibleTo(viewer.Admin)},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), rule.AllowRoles(viewer.Admin), privacy.AlwaysDenyRule()},
	}
}
