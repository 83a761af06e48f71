package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/catalog"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// ProductVersion is one change to a product, kept for good: who made it,
// when, what it did (an edit, a submission, an approval…), the fields it
// changed from what to what, and the comment given. Together they are the
// product's history.
type ProductVersion struct{ ent.Schema }

func (ProductVersion) Fields() []ent.Field {
	return []ent.Field{
		field.Int("product_id").Immutable(),
		field.Int("version").Immutable().Annotations(entgql.OrderField("VERSION")),
		field.Enum("action").GoType(catalog.Action("")).Immutable().Annotations(entgql.Type("ProductAction")),
		field.Enum("status").Values("DRAFT", "IN_REVIEW", "PUBLISHED", "SUSPENDED", "RETIRED").Immutable().
			Comment("the product's status after the change"),
		field.Int("actor_id").Optional().Nillable().Immutable(),
		field.String("actor_name").Immutable(),
		field.JSON("changes", []catalog.Change{}).Optional().Immutable().Annotations(entgql.Type("[ProductChange!]")),
		field.String("comment").Optional().MaxLen(2000).Immutable(),
		field.Time("at").Default(time.Now).Immutable().Annotations(entgql.OrderField("AT")),
	}
}

func (ProductVersion) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("product", Product.Type).Ref("versions").Field("product_id").Unique().Required().Immutable(),
		edge.To("actor", User.Type).Field("actor_id").Unique().Immutable(),
	}
}

func (ProductVersion) Indexes() []ent.Index {
	return []ent.Index{index.Fields("product_id", "version").Unique()}
}

func (ProductVersion) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: the history is for those who curate, approve and oversee the
// library; it is written by package catalog alongside each change, never
// changed.
func (ProductVersion) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(),
			rule.VisibleTo(viewer.ProductManager, viewer.Compliance, viewer.HeadOffice)},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(),
			rule.AllowRolesWith(viewer.ProductsWrite, viewer.ProductManager, viewer.Compliance),
			privacy.AlwaysDenyRule(),
		},
	}
}

func (ProductVersion) Hooks() []ent.Hook { return []ent.Hook{rule.AppendOnly()} }
