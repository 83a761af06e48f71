package clientview

import (
	"cmp"
	"context"
	"slices"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/holding"
	"github.com/brokercrm/crm/ent/instrument"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/money"
)

// position is one holding with what the allocation needs to know of it.
type position struct {
	ID             int     `sql:"id"`
	InstrumentType *string `sql:"instrument_type"`
	ProductType    *string `sql:"product_type"`
	MarketValue    int64   `sql:"market_value"`
	Cost           int64   `sql:"cost"`
	FeeRate        *int64  `sql:"fee_rate"` // the product's management fee, percent in ten-thousandths
}

// positions are a client's holdings and their total market value.
type positions struct {
	byID  map[int]position
	all   []position
	total money.Decimal
}

// loadPositions reads every holding of a client with the type of what is
// held, in one statement.
func loadPositions(ctx context.Context, client *ent.Client, clientID int) (*positions, error) {
	var rows []position
	err := client.Holding.Query().
		Where(holding.ClientID(clientID)).
		Modify(func(s *sql.Selector) {
			i, p := sql.Table(instrument.Table), sql.Table(product.Table)
			s.LeftJoin(i).On(s.C(holding.FieldInstrumentID), i.C(instrument.FieldID)).
				LeftJoin(p).On(s.C(holding.FieldProductID), p.C(product.FieldID)).
				Select(s.C(holding.FieldID), s.C(holding.FieldMarketValue), s.C(holding.FieldCost)).
				AppendSelectAs(i.C(instrument.FieldType), "instrument_type").
				AppendSelectAs(p.C(product.FieldType), "product_type").
				AppendSelectAs(p.C(product.FieldManagementFeeRate), "fee_rate")
		}).
		Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	ps := &positions{byID: make(map[int]position, len(rows)), all: rows}
	for _, r := range rows {
		ps.byID[r.ID] = r
		ps.total = ps.total.Add(money.Decimal(r.MarketValue))
	}
	return ps, nil
}

// weight is value's share of total, in percent.
func weight(value, total money.Decimal) money.Decimal {
	if total.Sign() <= 0 {
		return 0
	}
	return value.MulFrac(100*10_000, int64(total))
}

// Allocation groups a client's holdings by asset class, largest first.
func Allocation(ctx context.Context, client *ent.Client, clientID int) ([]*AssetClassGroup, error) {
	ps, err := positionsOf(ctx, client, clientID)
	if err != nil {
		return nil, err
	}
	groups := map[AssetClass]*AssetClassGroup{}
	for _, p := range ps.all {
		class := classOf(p.InstrumentType, p.ProductType)
		g := groups[class]
		if g == nil {
			g = &AssetClassGroup{AssetClass: class}
			groups[class] = g
		}
		g.MarketValue = g.MarketValue.Add(money.Decimal(p.MarketValue))
		g.Cost = g.Cost.Add(money.Decimal(p.Cost))
		g.Holdings++
	}
	out := make([]*AssetClassGroup, 0, len(groups))
	for _, g := range groups {
		g.UnrealisedPnl = g.MarketValue.Sub(g.Cost)
		g.Weight = weight(g.MarketValue, ps.total)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b *AssetClassGroup) int {
		return cmp.Or(cmp.Compare(b.MarketValue, a.MarketValue), cmp.Compare(a.AssetClass, b.AssetClass))
	})
	return out, nil
}

// HoldingFigures are a holding's asset class and its weight in the
// client's market value. Every holding of a client shares one load per
// request (see WithCache), so a page of holdings costs one statement.
func HoldingFigures(ctx context.Context, client *ent.Client, h *ent.Holding) (AssetClass, money.Decimal, error) {
	ps, err := positionsOf(ctx, client, h.ClientID)
	if err != nil {
		return "", 0, err
	}
	p, ok := ps.byID[h.ID]
	if !ok { // changed since the load: classify what we have
		return Other, weight(h.MarketValue, ps.total), nil
	}
	return classOf(p.InstrumentType, p.ProductType), weight(h.MarketValue, ps.total), nil
}

// classOf maps what a holding is to its asset class.
func classOf(instrumentType, productType *string) AssetClass {
	switch {
	case instrumentType != nil:
		switch instrument.Type(*instrumentType) {
		case instrument.TypeSTOCK:
			return Equity
		case instrument.TypeBOND, instrument.TypeCONVERTIBLE_BOND:
			return FixedIncome
		case instrument.TypeFUND, instrument.TypeETF:
			return Fund
		case instrument.TypeREPO:
			return CashManagement
		case instrument.TypeOPTION, instrument.TypeFUTURE:
			return Derivative
		}
	case productType != nil:
		switch product.Type(*productType) {
		case product.TypeMONEY_MARKET_FUND:
			return CashManagement
		case product.TypeBOND:
			return FixedIncome
		case product.TypeSTOCK_FUND, product.TypeMIXED_FUND, product.TypeBOND_FUND, product.TypeQDII_FUND,
			product.TypeFOF, product.TypeETF:
			return Fund
		case product.TypeASSET_MANAGEMENT_PLAN, product.TypePRIVATE_FUND, product.TypeSTRUCTURED_NOTE,
			product.TypeTRUST:
			return WealthProduct
		}
	}
	return Other
}
