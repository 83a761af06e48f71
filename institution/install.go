package institution

import (
	"context"
	"fmt"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/dimension"
	"github.com/brokercrm/crm/ent/privacy"
)

// Install defines the standard indicators that are missing, as imported
// dimensions of the INSTITUTION group. Indicators already defined are
// left as head office keeps them, so it is safe at every start.
func Install(ctx context.Context, client *ent.Client) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow) // the configuration the CRM ships
	keys := make([]string, len(indicators))
	for i, ind := range indicators {
		keys[i] = ind.Key
	}
	stored, err := client.Dimension.Query().Where(dimension.KeyIn(keys...)).All(ctx)
	if err != nil {
		return fmt.Errorf("install institution indicators: %w", err)
	}
	have := map[string]*ent.Dimension{}
	for _, d := range stored {
		have[d.Key] = d
	}
	var create []*ent.DimensionCreate
	for _, ind := range indicators {
		d, ok := have[ind.Key]
		switch {
		case !ok:
			create = append(create, client.Dimension.Create().SetKey(ind.Key).SetNameZh(ind.NameZH).SetNameEn(ind.NameEN).
				SetGroup(dimension.Group(Group)).SetType(dimension.Type(ind.Type)).SetUnit(ind.Unit).
				SetDescription(ind.Description).SetSource(dimension.SourceIMPORTED).SetValues(ind.Enum))
		case d.Source != dimension.SourceIMPORTED || string(d.Type) != string(ind.Type):
			return fmt.Errorf("install institution indicators: %q is defined as a %s %s dimension, not an imported %s one",
				ind.Key, d.Source, d.Type, ind.Type)
		}
	}
	if len(create) == 0 {
		return nil
	}
	if err := client.Dimension.CreateBulk(create...).Exec(ctx); err != nil {
		return fmt.Errorf("install institution indicators: %w", err)
	}
	return nil
}
