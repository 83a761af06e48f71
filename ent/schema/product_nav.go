package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// ProductNav is a product's net asset value per unit on one day: the NAV
// history behind the chart and the one-year return.
type ProductNav struct{ ent.Schema }

func (ProductNav) Fields() []ent.Field {
	return []ent.Field{
		field.Int("product_id").Immutable(),
		date(field.Time("date")).Immutable().Annotations(entgql.OrderField("DATE")),
		decimal(field.Int64("nav")),
	}
}

func (ProductNav) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("product", Product.Type).Ref("navs").Field("product_id").Unique().Required().Immutable(),
	}
}

func (ProductNav) Indexes() []ent.Index {
	return []ent.Index{index.Fields("product_id", "date").Unique()}
}

func (ProductNav) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Policy: visible with the product; written by those who curate the
// library.
func (ProductNav) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.FilterProductOwned()},
		Mutation: privacy.MutationPolicy{
			rule.DenyIfNoViewer(),
			rule.AllowRolesWith(viewer.ProductsWrite, viewer.ProductManager),
			privacy.AlwaysDenyRule(),
		},
	}
}
