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
	"github.com/brokercrm/crm/scheme"
	"github.com/brokercrm/crm/viewer"
)

// ClassificationScheme is a way of sorting clients into classes (asset
// tier, activity, lifecycle stage…): its classes' rules are configuration
// that head office edits, and every edit is kept as a SchemeRevision.
type ClassificationScheme struct{ ent.Schema }

func (ClassificationScheme) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").Unique().Immutable().Match(dimensionKey).Annotations(entgql.OrderField("KEY")),
		field.String("name_zh").NotEmpty().MaxLen(100),
		field.String("name_en").NotEmpty().MaxLen(100),
		field.Text("description").Optional(),
		field.JSON("classes", []scheme.Class{}).Annotations(entgql.Skip()),
		field.Int("version").Default(1).Comment("goes up with every edit; the revisions keep each"),
		field.Time("updated_at").Default(time.Now),
	}
}

func (ClassificationScheme) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("revisions", SchemeRevision.Type).Annotations(entgql.RelayConnection()),
	}
}

func (ClassificationScheme) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// Policy: every member of staff reads the schemes; head office edits them
// (through package scheme, which keeps the revision).
func (ClassificationScheme) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowStaff(), rule.VisibleTo()},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), rule.AllowRoles(viewer.HeadOffice), privacy.AlwaysDenyRule()},
	}
}

// SchemeRevision is one version of a scheme's classes: who set them, when
// and why.
type SchemeRevision struct{ ent.Schema }

func (SchemeRevision) Fields() []ent.Field {
	return []ent.Field{
		field.Int("scheme_id").Immutable(),
		field.Int("version").Immutable(),
		field.JSON("classes", []scheme.Class{}).Immutable().Annotations(entgql.Skip()),
		field.String("note").Optional().MaxLen(500).Immutable(),
		field.Int("changed_by_id").Optional().Nillable().Immutable().Comment("nil for the standard scheme as installed"),
		field.Time("changed_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CHANGED_AT")),
	}
}

func (SchemeRevision) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("scheme", ClassificationScheme.Type).Ref("revisions").Field("scheme_id").Unique().Required().Immutable(),
		edge.To("changed_by", User.Type).Field("changed_by_id").Unique().Immutable(),
	}
}

func (SchemeRevision) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: as the scheme's.
func (SchemeRevision) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowStaff(), rule.VisibleTo()},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), rule.AllowRoles(viewer.HeadOffice), privacy.AlwaysDenyRule()},
	}
}
