package ingest

import (
	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/market"
)

// The columns of a trades file.
const (
	tradeNo = iota
	tradeAccount
	tradeCode
	tradeMarket
	tradeSide
	tradeQuantity
	tradePrice
	tradeAmount
	tradeCommission
	tradeFees
	tradeTime
	tradeChannel
)

var tradeColumns = []column{
	tradeNo:         {"trade_no", true, "the core system's trade id (成交编号); the key"},
	tradeAccount:    {"account_no", true, "the account that traded"},
	tradeCode:       {"instrument_code", true, "the security code, e.g. 600519"},
	tradeMarket:     {"market", true, "SH, SZ, BJ, HK, TA, OTC or CFFEX"},
	tradeSide:       {"side", true, "BUY or SELL (also B/S, 买入/卖出)"},
	tradeQuantity:   {"quantity", true, "shares or units, > 0"},
	tradePrice:      {"price", true, "the price, ≥ 0"},
	tradeAmount:     {"amount", false, "the traded amount; price × quantity when empty"},
	tradeCommission: {"commission", false, "commission charged (佣金), ≥ 0; 0 when empty"},
	tradeFees:       {"fees", false, "other fees and taxes, ≥ 0; 0 when empty"},
	tradeTime:       {"traded_at", true, "when, Beijing time unless a zone is given"},
	tradeChannel:    {"channel", false, "APP, PC, PHONE, BRANCH or API; APP when empty"},
}

var sideAliases = map[string]string{"B": "BUY", "S": "SELL", "买入": "BUY", "卖出": "SELL", "买": "BUY", "卖": "SELL"}

var tradesSpec = register(&spec{
	kind:    importjob.KindTRADES,
	table:   "trades",
	columns: tradeColumns,
	target: []string{"trade_no", "account_id", "client_id", "instrument_id", "side", "quantity", "price", "amount",
		"commission", "fees", "traded_at", "channel"},
	key:          []string{"trade_no"},
	clientColumn: "client_id",
	parse:        parseTrade,
})

func parseTrade(f *fields, r *row) {
	quantity := f.decimal(tradeQuantity, true, true, 0)
	if quantity.Sign() == 0 && f.rej == nil {
		f.fail(tradeQuantity, "NEGATIVE", "quantity must be above zero")
	}
	price := f.decimal(tradePrice, true, true, 0)
	amount := f.decimal(tradeAmount, false, true, price.Mul(quantity))
	mkt := f.enum(tradeMarket, market.Market("").Values(), nil, "")
	r.vals = []any{
		f.text(tradeNo, 40, true),
		nil, nil, nil, // account, client, instrument: resolved
		f.enum(tradeSide, []string{"BUY", "SELL"}, sideAliases, ""),
		quantity, price, amount,
		f.decimal(tradeCommission, false, true, 0),
		f.decimal(tradeFees, false, true, 0),
		f.instant(tradeTime, true),
		f.enum(tradeChannel, []string{"APP", "PC", "PHONE", "BRANCH", "API"}, nil, "APP"),
	}
	r.refs = []ref{
		{kind: refAccount, key: f.raw(tradeAccount), column: "account_no", slot: 1, client: 2},
		{kind: refInstrument, key: instrumentKey(f.raw(tradeCode), mkt), column: "instrument_code", slot: 3, client: -1},
	}
}

// instrumentKey is how instruments are looked up: code and market.
func instrumentKey(code string, m string) string { return code + "." + m }
