package schema

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql"

	gen "github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/rule"
	"github.com/brokercrm/crm/viewer"
)

// Policy: head office and compliance read every segment; other staff read
// their own, their branch's and those shared with all. Staff other than
// compliance create segments; only the owner or head office changes one.
func (SavedSegment) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(),
			rule.AllowRoles(viewer.HeadOffice, viewer.Compliance, viewer.Admin),
			privacy.SavedSegmentQueryRuleFunc(func(ctx context.Context, q *gen.SavedSegmentQuery) error {
				v := viewer.FromContext(ctx)
				if !v.Role.IsStaff() || v.IsAPIKey() {
					return privacy.Denyf("segments are for staff")
				}
				q.Where(segmentsVisibleTo(v))
				return privacy.Allow
			}),
		},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(),
			rule.AllowRoles(viewer.HeadOffice, viewer.Admin),
			privacy.SavedSegmentMutationRuleFunc(func(ctx context.Context, m *gen.SavedSegmentMutation) error {
				v := viewer.FromContext(ctx)
				if !v.Role.IsStaff() || v.IsAPIKey() || v.Role == viewer.Compliance {
					return privacy.Denyf("only staff who serve clients keep segments")
				}
				if m.Op().Is(ent.OpCreate) {
					if owner, _ := m.OwnerID(); owner == v.UserID {
						return privacy.Allow
					}
					return privacy.Denyf("a segment is created by its owner")
				}
				id, ok := m.ID()
				if !ok {
					return privacy.Denyf("segments are changed one at a time")
				}
				old, err := m.Client().SavedSegment.Get(privacy.DecisionContext(ctx, privacy.Allow), id)
				if err == nil && old.OwnerID == v.UserID {
					return privacy.Allow
				}
				return privacy.Denyf("only the segment's owner or head office changes it")
			}),
			privacy.AlwaysDenyRule(),
		},
	}
}

// Policy: a snapshot is readable by whoever may read its segment; it is
// written by package clientsegment for a viewer who may read it.
func (SegmentSnapshot) Policy() ent.Policy {
	return privacy.Policy{
		Query: privacy.QueryPolicy{rule.DenyIfNoViewer(),
			rule.AllowRoles(viewer.HeadOffice, viewer.Compliance, viewer.Admin),
			privacy.SegmentSnapshotQueryRuleFunc(func(ctx context.Context, q *gen.SegmentSnapshotQuery) error {
				v := viewer.FromContext(ctx)
				if !v.Role.IsStaff() || v.IsAPIKey() {
					return privacy.Denyf("segments are for staff")
				}
				q.Where(func(s *sql.Selector) {
					segments := sql.Select(sql.Table("saved_segments").C("id")).From(sql.Table("saved_segments"))
					segments.Where(visibleSegment(segments, v))
					s.Where(sql.In(s.C("segment_id"), segments))
				})
				return privacy.Allow
			}),
		},
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(),
			privacy.SegmentSnapshotMutationRuleFunc(func(ctx context.Context, m *gen.SegmentSnapshotMutation) error {
				// Taken by the viewer, of a segment package clientsegment
				// has just read as the viewer.
				v := viewer.FromContext(ctx)
				if taker, _ := m.TakenByID(); m.Op().Is(ent.OpCreate) && v.Role.IsStaff() && !v.IsAPIKey() && taker == v.UserID {
					return privacy.Allow
				}
				return privacy.Denyf("a snapshot is taken by the viewer, and kept as taken")
			}),
		},
	}
}
