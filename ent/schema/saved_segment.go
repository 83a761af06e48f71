package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/dialect/sql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/segment"
	"github.com/brokercrm/crm/viewer"
)

// SavedSegment is a saved client segment (客户群): a named rule tree that its
// owner shares privately, with their branch or with everyone. Its members
// are always computed under the viewer's own access: an advisor opening a
// head-office segment sees their own clients in it.
type SavedSegment struct{ ent.Schema }

func (SavedSegment) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(100).Annotations(entgql.OrderField("NAME")),
		field.String("description").Optional().MaxLen(1000),
		field.JSON("rule", segment.Rule{}).Annotations(entgql.Skip()),
		field.Enum("visibility").Values("PRIVATE", "BRANCH", "ALL").Default("PRIVATE"),
		field.Int("owner_id").Immutable(),
		field.Int("branch_id").Optional().Nillable().Immutable().Comment("the owner's branch, for BRANCH visibility"),
		field.Int("member_count").Optional().Nillable().Comment("members when last refreshed, as the owner saw them"),
		field.Time("counted_at").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("updated_at").Default(time.Now).UpdateDefault(time.Now).Annotations(entgql.OrderField("UPDATED_AT")),
	}
}

func (SavedSegment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("owner", User.Type).Field("owner_id").Unique().Required().Immutable(),
		// A segment's snapshots go with it: deleting the segment (which its
		// policy allows its owner and head office) deletes them.
		edge.To("snapshots", SegmentSnapshot.Type).Annotations(entgql.RelayConnection(), entsql.OnDelete(entsql.Cascade)),
	}
}

func (SavedSegment) Indexes() []ent.Index {
	return []ent.Index{index.Fields("owner_id"), index.Fields("visibility", "branch_id")}
}

func (SavedSegment) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.QueryField()}
}

// segmentsVisibleTo is the segments a member of staff outside head office
// may read: their own, their branch's and those shared with everyone.
func segmentsVisibleTo(v *viewer.Viewer) func(*sql.Selector) {
	return func(s *sql.Selector) { s.Where(visibleSegment(s, v)) }
}

func visibleSegment(s *sql.Selector, v *viewer.Viewer) *sql.Predicate {
	return sql.Or(
		sql.EQ(s.C("visibility"), "ALL"),
		sql.EQ(s.C("owner_id"), v.UserID),
		sql.And(sql.EQ(s.C("visibility"), "BRANCH"), sql.EQ(s.C("branch_id"), v.BranchID)))
}

// SegmentSnapshot is a segment's membership frozen at a moment, as its
// taker could see it: who was in the segment on that date.
type SegmentSnapshot struct{ ent.Schema }

func (SegmentSnapshot) Fields() []ent.Field {
	return []ent.Field{
		field.Int("segment_id").Immutable(),
		field.Int("taken_by_id").Immutable(),
		field.Time("taken_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("TAKEN_AT")),
		field.Int("member_count").Immutable(),
		field.JSON("rule", segment.Rule{}).Immutable().Annotations(entgql.Skip()).Comment("the rule as it was"),
	}
}

func (SegmentSnapshot) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("segment", SavedSegment.Type).Ref("snapshots").Field("segment_id").Unique().Required().Immutable(),
		edge.To("taken_by", User.Type).Field("taken_by_id").Unique().Required().Immutable(),
		edge.To("members", SegmentMember.Type).Annotations(entgql.Skip(entgql.SkipAll), entsql.OnDelete(entsql.Cascade)),
	}
}

func (SegmentSnapshot) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// SegmentMember is one client of a snapshot.
type SegmentMember struct{ ent.Schema }

func (SegmentMember) Fields() []ent.Field {
	return []ent.Field{
		field.Int("snapshot_id").Immutable(),
		field.Int("client_id").Immutable(),
	}
}

func (SegmentMember) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("snapshot", SegmentSnapshot.Type).Ref("members").Field("snapshot_id").Unique().Required().Immutable(),
	}
}

func (SegmentMember) Indexes() []ent.Index {
	return []ent.Index{index.Fields("snapshot_id", "client_id").Unique()}
}

func (SegmentMember) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

// Policy: read through the snapshot, written in bulk by package
// clientsegment.
func (SegmentMember) Policy() ent.Policy {
	return privacy.Policy{
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.AllowStaff(), privacy.AlwaysDenyRule()},
		Mutation: privacy.MutationPolicy{privacy.AlwaysDenyRule()},
	}
}
