package clientops

import (
	"context"
	"slices"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/tag"
)

// AddTags gives a client the MANUAL tags tagIDs. Tags the client already
// has are kept, so a retry changes nothing.
func AddTags(ctx context.Context, client *ent.Client, clientID int, tagIDs []int) (*ent.Customer, error) {
	c, ids, err := tagging(ctx, client, clientID, tagIDs)
	if err != nil {
		return nil, err
	}
	// ent inserts the edges with ON CONFLICT DO NOTHING, so a tag the
	// client already has is no error.
	return save(ctx, c.Update().AddTagIDs(ids...))
}

// RemoveTags takes the MANUAL tags tagIDs from a client. Tags the client
// does not have are ignored, so a retry changes nothing.
func RemoveTags(ctx context.Context, client *ent.Client, clientID int, tagIDs []int) (*ent.Customer, error) {
	c, ids, err := tagging(ctx, client, clientID, tagIDs)
	if err != nil {
		return nil, err
	}
	return save(ctx, c.Update().RemoveTagIDs(ids...))
}

// tagging returns the client and the distinct tag ids after checking that
// each names a tag that is set by hand. AUTOMATIC tags are computed by
// their rule: one added or removed by hand would be undone or contradicted
// by the next computation.
func tagging(ctx context.Context, client *ent.Client, clientID int, tagIDs []int) (*ent.Customer, []int, error) {
	ids := slices.Compact(slices.Sorted(slices.Values(tagIDs)))
	if len(ids) == 0 {
		return nil, nil, invalid("tagIds", "give at least one tag")
	}
	c, err := visible(ctx, client, clientID)
	if err != nil {
		return nil, nil, err
	}
	tags, err := client.Tag.Query().Where(tag.IDIn(ids...)).All(ctx)
	if err != nil {
		return nil, nil, err
	}
	for _, id := range ids {
		i := slices.IndexFunc(tags, func(t *ent.Tag) bool { return t.ID == id })
		switch {
		case i < 0:
			return nil, nil, invalid("tagIds", "there is no tag %d", id)
		case tags[i].Kind != tag.KindMANUAL:
			return nil, nil, invalid("tagIds", "%s is an %s tag, set by its rule; only MANUAL tags are added or removed by hand",
				tags[i].Name, tags[i].Kind)
		}
	}
	return c, ids, nil
}
