package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/market"
	"github.com/brokercrm/crm/store/bulk"
)

// The columns of a holdings file: a snapshot of positions as of a day.
const (
	holdingAccount = iota
	holdingCode
	holdingMarket
	holdingProduct
	holdingQuantity
	holdingCost
	holdingValue
	holdingAsOf
)

var holdingColumns = []column{
	holdingAccount:  {"account_no", true, "the account"},
	holdingCode:     {"instrument_code", false, "a listed security's code (with market); or product_code"},
	holdingMarket:   {"market", false, "the instrument's market: SH, SZ, BJ, HK, TA, OTC or CFFEX"},
	holdingProduct:  {"product_code", false, "one of the firm's products (funds, wealth products); or instrument_code"},
	holdingQuantity: {"quantity", true, "shares or units, ≥ 0; 0 closes the position"},
	holdingCost:     {"cost", false, "the position's total cost, ≥ 0; 0 when empty"},
	holdingValue:    {"market_value", true, "its market value on as_of, ≥ 0"},
	holdingAsOf:     {"as_of", true, "the day of the snapshot"},
}

// A holdings file is a snapshot: each row replaces the account's position
// in its instrument or product unless the stored one is newer; then
// positions of its accounts that a newer snapshot left out, and positions
// of quantity 0, are removed.
var holdingsSpec = register(&spec{
	kind:    importjob.KindHOLDINGS,
	table:   "holdings",
	columns: holdingColumns,
	target: []string{"account_id", "client_id", "instrument_id", "product_id", "quantity", "cost", "market_value",
		"as_of"},
	key:          []string{"account_id", "instrument_id"},
	keyWhere:     "instrument_id IS NOT NULL",
	updateIf:     "EXCLUDED.as_of >= {t}.as_of",
	clientColumn: "client_id",
	parse:        parseHolding,
	variants:     []*spec{productHoldingsSpec},
	variant: func(r *row) int {
		if r.vals[3] != nil {
			return 1
		}
		return 0
	},
	afterChunk: closePositions,
})

// productHoldingsSpec is how positions in products are written: the same
// columns, keyed by product.
var productHoldingsSpec = &spec{
	kind: importjob.KindHOLDINGS, table: "holdings",
	target: []string{"account_id", "client_id", "instrument_id", "product_id", "quantity", "cost", "market_value",
		"as_of"},
	key: []string{"account_id", "product_id"}, keyWhere: "product_id IS NOT NULL",
	updateIf: "EXCLUDED.as_of >= {t}.as_of", clientColumn: "client_id",
}

func parseHolding(f *fields, r *row) {
	code, product := f.raw(holdingCode), f.raw(holdingProduct)
	var mkt string
	switch {
	case code != "" && product != "":
		f.invalid(holdingProduct, "a row holds an instrument or a product, not both")
	case code == "" && product == "":
		f.fail(holdingCode, "MISSING", "instrument_code (with market) or product_code is required")
	case code != "":
		mkt = f.enum(holdingMarket, market.Market("").Values(), nil, "")
	}
	r.vals = []any{
		nil, nil, nil, nil,
		f.decimal(holdingQuantity, true, true, 0),
		f.decimal(holdingCost, false, true, 0),
		f.decimal(holdingValue, true, true, 0),
		f.date(holdingAsOf, true),
	}
	r.refs = []ref{{kind: refAccount, key: f.raw(holdingAccount), column: "account_no", slot: 0, client: 1}}
	if code != "" {
		r.refs = append(r.refs, ref{kind: refInstrument, key: instrumentKey(code, mkt), column: "instrument_code", slot: 2, client: -1})
	} else if product != "" {
		r.refs = append(r.refs, ref{kind: refProduct, key: product, column: "product_code", slot: 3, client: -1})
		r.vals[3] = true // marks the variant until resolved
	}
}

// closePositions removes, among the accounts of a chunk's rows, the
// positions a newer snapshot of their account replaced and those of
// quantity 0, and returns their clients. (An account's rows split across
// chunks may see an older position closed by the first chunk and written
// again by the next: the state is the same.)
func closePositions(ctx context.Context, tx *sql.Tx, w *writer, rows []*row, _ []int64) ([]int64, error) {
	var accounts []int64
	for _, r := range rows {
		if id, ok := r.vals[0].(int64); ok {
			accounts = append(accounts, id)
		}
	}
	slices.Sort(accounts)
	accounts = slices.Compact(accounts)
	var clients []int64
	for start := 0; start < len(accounts); start += bulk.RowsPerStatement {
		in, args := inList(w.pg, accounts[start:min(start+bulk.RowsPerStatement, len(accounts))])
		res, err := tx.QueryContext(ctx, `DELETE FROM holdings WHERE account_id IN (`+in+`) AND (quantity = 0 OR as_of <
			(SELECT max(h.as_of) FROM holdings h WHERE h.account_id = holdings.account_id)) RETURNING client_id`, args...)
		if err != nil {
			return nil, fmt.Errorf("close positions: %w", err)
		}
		for res.Next() {
			var id int64
			if err := res.Scan(&id); err != nil {
				res.Close()
				return nil, err
			}
			clients = append(clients, id)
		}
		res.Close()
		if err := res.Err(); err != nil {
			return nil, err
		}
	}
	return clients, nil
}
