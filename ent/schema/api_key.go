package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// APIKey lets a partner app call the API as the user who owns the key,
// narrowed to the key's scopes and optionally to one branch. The key itself
// is shown once, at creation; only its HMAC is stored.
type APIKey struct{ ent.Schema }

func (APIKey) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(100).Annotations(entgql.OrderField("NAME")),
		field.String("prefix").Unique().Immutable().Comment("the key's public first part, to recognise it in lists"),
		field.Bytes("key_hash").Unique().Immutable().Sensitive().Annotations(entgql.Skip()),
		field.Int("owner_id").Immutable(),
		field.Int("created_by_id").Optional().Nillable().Immutable(),
		field.JSON("scopes", []viewer.Scope{}).Annotations(entgql.Type("[APIScope!]")),
		field.Int("branch_id").Optional().Nillable().Comment("restricts the key to this branch's clients"),
		field.Bool("allowlist_only").Default(false).Comment("only registered operations may run"),
		field.Int("rate_per_minute").Default(600).Positive(),
		field.Time("expires_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
		field.Time("last_used_at").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (APIKey) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("owner", User.Type).Field("owner_id").Unique().Required().Immutable(),
		edge.To("created_by", User.Type).Field("created_by_id").Unique().Immutable(),
		edge.To("branch", Branch.Type).Field("branch_id").Unique(),
		edge.To("webhooks", WebhookEndpoint.Type).Annotations(entgql.RelayConnection()),
	}
}

func (APIKey) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// Policy: administrators manage keys; nobody else sees them.
func (APIKey) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.VisibleTo(viewer.Admin)},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), rule.AllowRoles(viewer.Admin), privacy.AlwaysDenyRule()},
	}
}
