package productops

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/productnav"
	"github.com/brokercrm/crm/money"
)

// NavPoint is a product's net asset value per unit on one day.
type NavPoint struct {
	Date time.Time
	NAV  money.Decimal
}

// MaxNavPoints bounds one call: ten years of trading days.
const MaxNavPoints = 2600

// RecordNavs adds or corrects NAVs of a product (a day already recorded
// takes the new value), then sets the product's latest NAV and its
// one-year return from the history.
func RecordNavs(ctx context.Context, client *ent.Client, productID int, points []NavPoint, today time.Time) (*ent.Product, error) {
	if len(points) == 0 || len(points) > MaxNavPoints {
		return nil, apperr.New(apperr.BadUserInput, "navs: give 1 to %d points", MaxNavPoints)
	}
	seen := map[string]bool{}
	builders := make([]*ent.ProductNavCreate, len(points))
	for i, pt := range points {
		day := pt.Date.Format(time.DateOnly)
		switch {
		case pt.NAV <= 0:
			return nil, apperr.New(apperr.BadUserInput, "navs[%d].nav: %s is not a positive value", i, pt.NAV)
		case pt.Date.After(today):
			return nil, apperr.New(apperr.BadUserInput, "navs[%d].date: %s is in the future", i, day)
		case seen[day]:
			return nil, apperr.New(apperr.BadUserInput, "navs[%d].date: %s is given twice", i, day)
		}
		seen[day] = true
		builders[i] = client.ProductNav.Create().SetProductID(productID).SetDate(pt.Date).SetNav(pt.NAV)
	}
	if _, err := client.Product.Get(ctx, productID); err != nil {
		return nil, err
	}
	err := client.ProductNav.CreateBulk(builders...).
		OnConflict(sql.ConflictColumns(productnav.FieldProductID, productnav.FieldDate)).
		UpdateNav().Exec(ctx)
	if err != nil {
		return nil, fmt.Errorf("record navs: %w", err)
	}
	return refreshFigures(ctx, client, productID)
}

// refreshFigures sets the product's latest NAV and one-year return: the
// latest NAV over the last NAV at least a year older, in percent; none
// without a year of history.
func refreshFigures(ctx context.Context, client *ent.Client, productID int) (*ent.Product, error) {
	latest, err := client.ProductNav.Query().Where(productnav.ProductID(productID)).
		Order(ent.Desc(productnav.FieldDate)).First(ctx)
	if err != nil {
		return nil, err
	}
	u := client.Product.UpdateOneID(productID).SetNav(latest.Nav).SetNavDate(latest.Date)
	old, err := client.ProductNav.Query().
		Where(productnav.ProductID(productID), productnav.DateLTE(latest.Date.AddDate(-1, 0, 0))).
		Order(ent.Desc(productnav.FieldDate)).First(ctx)
	switch {
	case ent.IsNotFound(err):
		u.ClearReturn1y()
	case err != nil:
		return nil, err
	default:
		ratio, _ := latest.Nav.MulInt(100).Div(old.Nav) // old.Nav > 0: checked on the way in
		u.SetReturn1y(ratio.Sub(money.FromInt(100)))
	}
	return u.Save(ctx)
}
