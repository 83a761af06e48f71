package ingest

import (
	"github.com/brokercrm/crm/ent/importjob"
)

// The columns of a fund flows file.
const (
	flowNo = iota
	flowAccount
	flowType
	flowAmount
	flowTime
)

var flowColumns = []column{
	flowNo:      {"flow_no", true, "the core system's serial number (流水号); the key"},
	flowAccount: {"account_no", true, "the account the cash moved in"},
	flowType:    {"type", true, "DEPOSIT, WITHDRAWAL, BANK_TRANSFER_IN, BANK_TRANSFER_OUT, DIVIDEND, INTEREST, FEE or MARGIN_INTEREST"},
	flowAmount:  {"amount", true, "signed: money in positive, money out negative"},
	flowTime:    {"occurred_at", true, "when, Beijing time unless a zone is given"},
}

// outflows are the flow types whose amounts are negative.
var outflows = map[string]bool{"WITHDRAWAL": true, "BANK_TRANSFER_OUT": true, "FEE": true, "MARGIN_INTEREST": true}

var flowsSpec = register(&spec{
	kind:         importjob.KindFLOWS,
	table:        "cash_flows",
	columns:      flowColumns,
	target:       []string{"flow_no", "account_id", "client_id", "type", "amount", "occurred_at"},
	key:          []string{"flow_no"},
	clientColumn: "client_id",
	parse:        parseFlow,
})

func parseFlow(f *fields, r *row) {
	typ := f.enum(flowType, []string{"DEPOSIT", "WITHDRAWAL", "BANK_TRANSFER_IN", "BANK_TRANSFER_OUT", "DIVIDEND",
		"INTEREST", "FEE", "MARGIN_INTEREST"}, nil, "")
	amount := f.decimal(flowAmount, true, false, 0)
	if f.rej == nil && amount.Sign() != 0 && (amount.Sign() < 0) != outflows[typ] {
		f.invalid(flowAmount, "a %s moves money %s: the amount must be %s", typ,
			map[bool]string{true: "out", false: "in"}[outflows[typ]], map[bool]string{true: "negative", false: "positive"}[outflows[typ]])
	}
	r.vals = []any{f.text(flowNo, 40, true), nil, nil, typ, amount, f.instant(flowTime, true)}
	r.refs = []ref{{kind: refAccount, key: f.raw(flowAccount), column: "account_no", slot: 1, client: 2}}
}
