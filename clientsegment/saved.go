package clientsegment

import (
	"context"

	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/clientops"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/push"
	"github.com/brokercrm/crm/ent/savedsegment"
	"github.com/brokercrm/crm/matching"
	"github.com/brokercrm/crm/segment"
	"github.com/brokercrm/crm/store/bulk"
	"github.com/brokercrm/crm/suitability"
	"github.com/brokercrm/crm/viewer"
)

// Saved is what a saved segment is made of, as its editor sends it.
type Saved struct {
	Name, Description string
	Rule              segment.Rule
	Visibility        savedsegment.Visibility
}

// check reports what is wrong with s: a name, a rule valid against c.
func (s *Saved) check(c *Catalog) error {
	s.Name, s.Description = strings.TrimSpace(s.Name), strings.TrimSpace(s.Description)
	switch {
	case s.Name == "" || utf8.RuneCountInString(s.Name) > 100:
		return apperr.New(apperr.BadUserInput, "name: 1 to 100 characters")
	case utf8.RuneCountInString(s.Description) > 1000:
		return apperr.New(apperr.BadUserInput, "description: at most 1000 characters")
	case savedsegment.VisibilityValidator(s.Visibility) != nil:
		return apperr.New(apperr.BadUserInput, "visibility: PRIVATE, BRANCH or ALL")
	}
	return segment.Validate(s.Rule, c)
}

// Create saves a segment owned by the viewer.
func Create(ctx context.Context, client *ent.Client, c *Catalog, s Saved) (*ent.SavedSegment, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "log in first")
	}
	if err := s.check(c); err != nil {
		return nil, err
	}
	create := client.SavedSegment.Create().SetName(s.Name).SetDescription(s.Description).SetRule(s.Rule).
		SetVisibility(s.Visibility).SetOwnerID(v.UserID)
	if v.BranchID != 0 {
		create.SetBranchID(v.BranchID)
	}
	return create.Save(ctx)
}

// Update changes a segment; the policy lets only its owner or head office.
func Update(ctx context.Context, client *ent.Client, c *Catalog, id int, s Saved) (*ent.SavedSegment, error) {
	if err := s.check(c); err != nil {
		return nil, err
	}
	return client.SavedSegment.UpdateOneID(id).SetName(s.Name).SetDescription(s.Description).SetRule(s.Rule).
		SetVisibility(s.Visibility).Save(ctx)
}

// Refresh counts a segment's members now, as the viewer sees them, and
// keeps the count.
func Refresh(ctx context.Context, client *ent.Client, c *Catalog, id int, now time.Time) (*ent.SavedSegment, error) {
	seg, err := client.SavedSegment.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	q, err := Members(client, c, seg.Rule, now)
	if err != nil {
		return nil, err
	}
	n, err := q.Count(ctx)
	if err != nil {
		return nil, err
	}
	return client.SavedSegment.UpdateOne(seg).SetMemberCount(n).SetCountedAt(now).Save(ctx)
}

// membersPerStatement is how many snapshot members one INSERT writes.
const membersPerStatement = 1000

// Snapshot freezes a segment's membership as the viewer sees it now.
func Snapshot(ctx context.Context, client *ent.Client, c *Catalog, id int, now time.Time) (*ent.SegmentSnapshot, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "log in first")
	}
	seg, err := client.SavedSegment.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	q, err := Members(client, c, seg.Rule, now)
	if err != nil {
		return nil, err
	}
	ids, err := q.Order(ent.Asc(customer.FieldID)).IDs(ctx)
	if err != nil {
		return nil, err
	}
	snap, err := client.SegmentSnapshot.Create().SetSegment(seg).SetTakenByID(v.UserID).SetTakenAt(now).
		SetMemberCount(len(ids)).SetRule(seg.Rule).Save(ctx)
	if err != nil {
		return nil, err
	}
	// The members are written below ent: a snapshot of a large segment
	// is many rows, and each only pairs the snapshot with a client.
	for start := 0; start < len(ids); start += membersPerStatement {
		batch := ids[start:min(start+membersPerStatement, len(ids))]
		args := make([]any, 0, 2*len(batch))
		for _, clientID := range batch {
			args = append(args, snap.ID, clientID)
		}
		q := "INSERT INTO segment_members (snapshot_id, client_id) VALUES " + bulk.Values(len(batch), 2)
		if client.Dialect() == dialect.Postgres {
			q = bulk.Numbered(q)
		}
		if _, err := client.ExecContext(ctx, q, args...); err != nil {
			return nil, err
		}
	}
	return snap, nil
}

// MaxPush bounds a push to a segment: beyond it, a campaign is a job for
// the marketing systems, not for one request.
const MaxPush = 5000

// PushResult is what pushing a product to a segment did.
type PushResult struct{ Pushed, Unsuitable int }

// Push recommends a product to every member of a segment the viewer may
// push to and to whom it is suitable (a full match, Art. 22); members it
// does not suit are counted, not pushed.
func Push(ctx context.Context, client *ent.Client, c *Catalog, rules suitability.Rules, segmentID, productID int,
	channel push.Channel, message string, now time.Time) (PushResult, error) {
	seg, err := client.SavedSegment.Get(ctx, segmentID)
	if err != nil {
		return PushResult{}, err
	}
	p, err := client.Product.Get(ctx, productID)
	if err != nil {
		return PushResult{}, err
	}
	members, err := Members(client, c, seg.Rule, now)
	if err != nil {
		return PushResult{}, err
	}
	all, err := members.Clone().Count(ctx)
	if err != nil {
		return PushResult{}, err
	}
	suitable, err := members.Where(customer.StatusEQ(customer.StatusNORMAL),
		matching.Suitable(rules, matching.ProductOf(p), now)).IDs(ctx)
	if err != nil {
		return PushResult{}, err
	}
	if len(suitable) > MaxPush {
		return PushResult{}, apperr.New(apperr.BadUserInput,
			"the product suits %d of the segment's clients; push to at most %d at once (narrow the segment)", len(suitable), MaxPush)
	}
	for _, clientID := range suitable {
		if _, err := clientops.PushProduct(ctx, client, clientID, productID, channel, message); err != nil {
			return PushResult{}, err
		}
	}
	return PushResult{Pushed: len(suitable), Unsuitable: all - len(suitable)}, nil
}
