package schema

import (
	"context"
	"regexp"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/apperr"
	gen "github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/dimension"
	"github.com/brokercrm/crm/ent/hook"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// Dimension is one thing known about every client (客户维度, PRODUCT.md
// §3): computed by the CRM from its data, or imported from another
// system by value. Segments and classification schemes are built on them.
type Dimension struct{ ent.Schema }

// dimensionKey is how dimension keys are written: lower snake case.
var dimensionKey = regexp.MustCompile(`^[a-z][a-z0-9_]{1,63}$`)

func (Dimension) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").Unique().Immutable().Match(dimensionKey).Annotations(entgql.OrderField("KEY")).
			Comment("lower snake case, e.g. total_assets"),
		field.String("name_zh").NotEmpty().MaxLen(100),
		field.String("name_en").NotEmpty().MaxLen(100),
		field.Enum("group").Values("BASIC", "BEHAVIOUR", "HOLDINGS", "PROFITABILITY", "FUND_BEHAVIOUR", "CONTRIBUTION",
			"RISK", "SERVICE", "MARGIN", "MARKETING", "INSTITUTION").Annotations(entgql.OrderField("GROUP")),
		field.Enum("type").Values("NUMBER", "MONEY", "INTEGER", "ENUM", "BOOLEAN", "DATE").Immutable(),
		field.String("unit").Optional().MaxLen(20),
		field.Text("description").Optional(),
		field.Enum("source").Values("COMPUTED", "IMPORTED").Default("IMPORTED").Immutable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput)),
		field.Strings("values").Optional().Comment("the values of an ENUM dimension"),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.Skip(entgql.SkipMutationCreateInput)),
	}
}

func (Dimension) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("client_values", DimensionValue.Type).Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (Dimension) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField(), entgql.Mutations(entgql.MutationCreate())}
}

// Hooks check that an ENUM dimension lists its values and no other kind
// does.
func (Dimension) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(func(next ent.Mutator) ent.Mutator {
			return hook.DimensionFunc(func(ctx context.Context, m *gen.DimensionMutation) (ent.Value, error) {
				typ, _ := m.GetType()
				values, _ := m.Values()
				switch {
				case typ == dimension.TypeENUM && len(values) == 0:
					return nil, apperr.New(apperr.BadUserInput, "an ENUM dimension needs its values")
				case typ != dimension.TypeENUM && len(values) > 0:
					return nil, apperr.New(apperr.BadUserInput, "only an ENUM dimension has values")
				}
				return next.Mutate(ctx, m)
			})
		}, ent.OpCreate),
	}
}

// Policy: every member of staff reads the catalogue; head office defines
// imported dimensions. Computed ones are the system's.
func (Dimension) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowStaff(), rule.VisibleTo()},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), rule.AllowRoles(viewer.HeadOffice), privacy.AlwaysDenyRule()},
	}
}

// DimensionValue is a client's value of an imported dimension, in the
// column of the dimension's type.
type DimensionValue struct{ ent.Schema }

// Mixin gives DimensionValue the policy of client data (written by
// imports only).
func (DimensionValue) Mixin() []ent.Mixin { return []ent.Mixin{clientData{}} }

func (DimensionValue) Fields() []ent.Field {
	return []ent.Field{
		field.Int("dimension_id").Immutable(),
		field.Int("client_id").Immutable(),
		decimal(field.Int64("number")).Optional().Nillable().Comment("NUMBER, MONEY and INTEGER values"),
		field.String("text").Optional().Nillable().MaxLen(100).Comment("ENUM values"),
		field.Bool("flag").Optional().Nillable().Comment("BOOLEAN values"),
		date(field.Time("day")).Optional().Nillable().Comment("DATE values"),
		field.Time("updated_at").Default(time.Now),
	}
}

func (DimensionValue) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("dimension", Dimension.Type).Ref("client_values").Field("dimension_id").Unique().Required().Immutable(),
		edge.From("client", Customer.Type).Ref("dimension_values").Field("client_id").Unique().Required().Immutable(),
	}
}

func (DimensionValue) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("dimension_id", "client_id").Unique(),
		index.Fields("dimension_id", "number"),
		index.Fields("dimension_id", "text"),
		index.Fields("client_id"),
	}
}

func (DimensionValue) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}
