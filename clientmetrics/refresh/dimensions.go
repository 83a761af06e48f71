package refresh

import (
	"context"
	"fmt"
	"slices"

	catalogue "github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/dimension"
	"github.com/brokercrm/crm/ent/privacy"
)

// SyncDimensions makes the Dimension entities of source COMPUTED match the
// catalogue, so that the API lists computed and imported dimensions
// together: it creates the missing ones and updates names, units and
// descriptions that changed. It writes nothing when they all match.
func SyncDimensions(ctx context.Context, client *ent.Client) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow) // the system's own catalogue
	stored, err := client.Dimension.Query().All(ctx)
	if err != nil {
		return fmt.Errorf("sync dimensions: %w", err)
	}
	byKey := make(map[string]*ent.Dimension, len(stored))
	for _, d := range stored {
		byKey[d.Key] = d
	}
	var create []*ent.DimensionCreate
	for _, m := range catalogue.Catalogue() {
		d, ok := byKey[m.Key]
		switch {
		case !ok:
			create = append(create, client.Dimension.Create().SetKey(m.Key).SetNameZh(m.NameZH).SetNameEn(m.NameEN).
				SetGroup(dimension.Group(m.Group)).SetType(dimension.Type(m.Type)).SetUnit(m.Unit).
				SetDescription(m.Description).SetSource(dimension.SourceCOMPUTED).SetValues(m.Enum))
		case d.Source != dimension.SourceCOMPUTED:
			return fmt.Errorf("sync dimensions: %q is an imported dimension but also a computed one; rename the imported one", m.Key)
		case d.NameZh != m.NameZH || d.NameEn != m.NameEN || string(d.Group) != m.Group || d.Unit != m.Unit ||
			d.Description != m.Description || !slices.Equal(d.Values, m.Enum):
			err := client.Dimension.UpdateOne(d).SetNameZh(m.NameZH).SetNameEn(m.NameEN).SetGroup(dimension.Group(m.Group)).
				SetUnit(m.Unit).SetDescription(m.Description).SetValues(m.Enum).Exec(ctx)
			if err != nil {
				return fmt.Errorf("sync dimensions: update %s: %w", m.Key, err)
			}
		}
	}
	if len(create) > 0 {
		if err := client.Dimension.CreateBulk(create...).Exec(ctx); err != nil {
			return fmt.Errorf("sync dimensions: %w", err)
		}
	}
	return nil
}
