package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// AuditLog is one append-only entry of the audit trail: a change to any
// record, a read of unmasked personal data, a login. Rows are only ever
// inserted, by the audit package; nothing updates or deletes them.
type AuditLog struct{ ent.Schema }

func (AuditLog) Fields() []ent.Field {
	return []ent.Field{
		field.Time("at").Default(time.Now).Immutable().Annotations(entgql.OrderField("AT")),
		field.Int("actor_id").Optional().Nillable().Immutable().Comment("the user; empty for the system"),
		field.String("actor_name").Default("system").Immutable().Annotations(entgql.OrderField("ACTOR_NAME")),
		field.Enum("actor_role").GoType(viewer.Role("")).Optional().Nillable().Immutable().
			Annotations(entgql.Type("UserRole")),
		field.Int("api_key_id").Optional().Nillable().Immutable(),
		field.String("ip").Optional().Immutable(),
		field.String("operation").Optional().Immutable().Comment("the GraphQL operation or command"),
		field.Enum("action").Values("CREATE", "UPDATE", "DELETE", "READ_PII", "LOGIN", "LOGIN_FAILED", "LOGOUT", "EXPORT").
			Immutable().Annotations(entgql.OrderField("ACTION")),
		field.String("entity_type").Immutable().Annotations(entgql.OrderField("ENTITY_TYPE")),
		field.String("entity_id").Optional().Immutable(),
		field.Strings("fields").Optional().Immutable(),
		field.JSON("before", map[string]any{}).Optional().Immutable().Annotations(entgql.Type("Map")),
		field.JSON("after", map[string]any{}).Optional().Immutable().Annotations(entgql.Type("Map")),
	}
}

func (AuditLog) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("at"),
		index.Fields("entity_type", "entity_id", "at"),
		index.Fields("actor_id", "at"),
	}
}

func (AuditLog) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// Policy: compliance reads the trail; only the audit package writes it,
// with an explicit decision, and then only inserts (see the hook).
func (AuditLog) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.VisibleTo(viewer.Compliance)},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}

// Hooks refuse every update and delete, even under an allow decision:
// the trail is append-only.
func (AuditLog) Hooks() []ent.Hook {
	return []ent.Hook{rule.AppendOnly()}
}
