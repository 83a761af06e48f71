package ingest

import (
	"github.com/brokercrm/crm/ent/importjob"
)

// The columns of an interactions file.
const (
	interactionID = iota
	interactionClient
	interactionStaff
	interactionChannel
	interactionKind
	interactionSummary
	interactionTime
	interactionFollowUp
)

var interactionColumns = []column{
	interactionID:       {"external_id", true, "the record's id in the system it comes from (call centre, app); the key"},
	interactionClient:   {"client_no", true, "the client"},
	interactionStaff:    {"staff", false, "the username of the staff member who made the contact"},
	interactionChannel:  {"channel", true, "PHONE, VISIT, WECHAT, SMS, EMAIL, APP or BRANCH"},
	interactionKind:     {"kind", true, "SERVICE, MARKETING, CONSULTATION, COMPLAINT or RISK_DISCLOSURE"},
	interactionSummary:  {"summary", true, "what was said or done"},
	interactionTime:     {"occurred_at", true, "when, Beijing time unless a zone is given"},
	interactionFollowUp: {"follow_up_on", false, "the day to follow up"},
}

var interactionsSpec = register(&spec{
	kind:    importjob.KindINTERACTIONS,
	table:   "interactions",
	columns: interactionColumns,
	target: []string{"external_id", "client_id", "staff_id", "channel", "kind", "summary", "occurred_at",
		"follow_up_on"},
	key:          []string{"external_id"},
	clientColumn: "client_id",
	parse:        parseInteraction,
})

func parseInteraction(f *fields, r *row) {
	r.vals = []any{
		f.text(interactionID, 64, true), nil, nil,
		f.enum(interactionChannel, []string{"PHONE", "VISIT", "WECHAT", "SMS", "EMAIL", "APP", "BRANCH"}, nil, ""),
		f.enum(interactionKind, []string{"SERVICE", "MARKETING", "CONSULTATION", "COMPLAINT", "RISK_DISCLOSURE"}, nil, ""),
		f.text(interactionSummary, 4000, true),
		f.instant(interactionTime, true),
		f.date(interactionFollowUp, false),
	}
	r.refs = []ref{
		{kind: refClient, key: f.raw(interactionClient), column: "client_no", slot: 1, client: -1},
		{kind: refUser, key: f.raw(interactionStaff), column: "staff", slot: 2, client: -1},
	}
}
