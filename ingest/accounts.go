package ingest

import (
	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/market"
)

// The columns of an accounts file.
const (
	accountNo = iota
	accountClient
	accountType
	accountMarket
	accountCurrency
	accountStatus
	accountOpened
	accountClosed
	accountCash
	accountDebt
)

var accountColumns = []column{
	accountNo:       {"account_no", true, "the account number (资金账号/证券账号); the key"},
	accountClient:   {"client_no", true, "the client it belongs to"},
	accountType:     {"type", true, "SECURITIES, CREDIT, FUND, OTC, FUTURES or OPTIONS"},
	accountMarket:   {"market", true, "SH, SZ, BJ, HK, TA, OTC or CFFEX"},
	accountCurrency: {"currency", false, "CNY, HKD or USD; CNY when empty"},
	accountStatus:   {"status", false, "NORMAL, FROZEN, REPORTED_LOST, DORMANT or CLOSED; NORMAL when empty"},
	accountOpened:   {"opened_on", true, "when it was opened"},
	accountClosed:   {"closed_on", false, "when it was closed"},
	accountCash:     {"cash_balance", false, "cash in the account, ≥ 0; 0 when empty"},
	accountDebt:     {"margin_debt", false, "what a CREDIT account owes (融资融券负债), ≥ 0; 0 when empty"},
}

var accountsSpec = register(&spec{
	kind:    importjob.KindACCOUNTS,
	table:   "accounts",
	columns: accountColumns,
	target: []string{"account_no", "client_id", "type", "market", "currency", "status", "opened_on", "closed_on",
		"cash_balance", "margin_debt"},
	key:          []string{"account_no"},
	clientColumn: "client_id",
	parse:        parseAccount,
})

func parseAccount(f *fields, r *row) {
	typ := f.enum(accountType, []string{"SECURITIES", "CREDIT", "FUND", "OTC", "FUTURES", "OPTIONS"}, nil, "")
	opened, closed := f.date(accountOpened, true), f.date(accountClosed, false)
	if opened != nil && closed != nil && closed.Before(*opened) {
		f.invalid(accountClosed, "closed_on is before opened_on")
	}
	debt := f.decimal(accountDebt, false, true, 0)
	if debt.Sign() > 0 && typ != "CREDIT" && f.rej == nil {
		f.invalid(accountDebt, "only a CREDIT account has margin debt")
	}
	r.vals = []any{
		f.text(accountNo, 32, true), nil, typ,
		f.enum(accountMarket, market.Market("").Values(), nil, ""),
		f.enum(accountCurrency, market.Currency("").Values(), nil, string(market.CNY)),
		f.enum(accountStatus, []string{"NORMAL", "FROZEN", "REPORTED_LOST", "DORMANT", "CLOSED"}, nil, "NORMAL"),
		opened, closed,
		f.decimal(accountCash, false, true, 0), debt,
	}
	r.refs = []ref{{kind: refClient, key: f.raw(accountClient), column: "client_no", slot: 1, client: -1}}
}
