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

// WebhookEndpoint is where a partner app wants to hear of events. It
// belongs to the partner's API key, and receives only events about clients
// that key may see.
type WebhookEndpoint struct{ ent.Schema }

func (WebhookEndpoint) Fields() []ent.Field {
	return []ent.Field{
		field.Int("api_key_id").Immutable(),
		field.String("url").NotEmpty().MaxLen(2000),
		field.String("secret").Sensitive().Annotations(entgql.Skip()).
			Comment("signs deliveries (HMAC-SHA256); shown once at creation"),
		field.Strings("events"),
		field.Bool("active").Default(true),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
	}
}

func (WebhookEndpoint) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("api_key", APIKey.Type).Ref("webhooks").Field("api_key_id").Unique().Required().Immutable(),
		edge.To("deliveries", WebhookDelivery.Type).Annotations(entgql.RelayConnection()),
	}
}

func (WebhookEndpoint) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: administrators manage endpoints; the dispatcher reads them with
// an explicit decision.
func (WebhookEndpoint) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.VisibleTo(viewer.Admin)},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), rule.AllowRoles(viewer.Admin), privacy.AlwaysDenyRule()},
	}
}
