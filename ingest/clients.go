package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/idcard"
	"github.com/brokercrm/crm/searchkey"
	"github.com/brokercrm/crm/store/bulk"
)

// The columns of a clients file.
const (
	clientNo = iota
	clientName
	clientKind
	clientIDType
	clientIDNumber
	clientIDExpires
	clientGender
	clientBirth
	clientPhone
	clientEmail
	clientAddress
	clientStatus
	clientOpened
	clientClosed
	clientBranch
	clientAdvisor
	clientChannel
)

var clientColumns = []column{
	clientNo:        {"client_no", true, "the client number (客户号); the key"},
	clientName:      {"name", true, "the name"},
	clientKind:      {"kind", false, "INDIVIDUAL or INSTITUTION (个人/机构); INDIVIDUAL when empty"},
	clientIDType:    {"id_type", false, "RESIDENT_ID, PASSPORT, …, CREDIT_CODE; RESIDENT_ID (CREDIT_CODE for institutions) when empty"},
	clientIDNumber:  {"id_number", true, "the ID number; a resident ID's check digit and a credit code's are checked"},
	clientIDExpires: {"id_expires_on", false, "when the ID expires"},
	clientGender:    {"gender", false, "MALE or FEMALE (男/女); from a resident ID when empty"},
	clientBirth:     {"birth_date", false, "from a resident ID when empty"},
	clientPhone:     {"phone", false, "a mainland mobile number"},
	clientEmail:     {"email", false, "an e-mail address"},
	clientAddress:   {"address", false, "the postal address"},
	clientStatus:    {"status", false, "NORMAL, FROZEN, REPORTED_LOST, CLOSED or POTENTIAL, for new clients; later changes go through the CRM with a reason"},
	clientOpened:    {"opened_on", false, "when the client opened their first account"},
	clientClosed:    {"closed_on", false, "when the client closed"},
	clientBranch:    {"branch_code", true, "the branch (营业部) code"},
	clientAdvisor:   {"advisor", false, "the advisor's username, for new clients; later changes are reassignments in the CRM"},
	clientChannel:   {"channel", false, "BRANCH, ONLINE, APP, BANK, REFERRAL or PARTNER; BRANCH when empty"},
}

var clientsSpec = register(&spec{
	kind:    importjob.KindCLIENTS,
	table:   "customers",
	columns: clientColumns,
	masked:  []int{clientIDNumber, clientPhone, clientEmail, clientAddress},
	target: []string{"client_no", "kind", "name", "id_type", "id_number", "id_expires_on", "gender", "birth_date",
		"phone", "email", "address", "status", "opened_on", "closed_on", "branch_id", "advisor_id", "channel",
		"name_initials", "phone_last4", "created_at", "updated_at"},
	key: []string{"client_no"},
	// The CRM owns a client's status (changed with a reason, kept as
	// history) and advisor (reassigned by the branch manager): a file sets
	// them for new clients only.
	keep:         []string{"status", "advisor_id", "created_at"},
	stamps:       []string{"updated_at"},
	clientColumn: "id",
	parse:        parseClient,
	afterChunk:   regram,
})

var (
	genderAliases = map[string]string{"男": "MALE", "女": "FEMALE", "M": "MALE", "F": "FEMALE"}
	kindAliases   = map[string]string{"个人": "INDIVIDUAL", "机构": "INSTITUTION"}
	idTypes       = []string{"RESIDENT_ID", "PASSPORT", "HK_MACAO_PERMIT", "TAIWAN_PERMIT", "FOREIGN_PERMANENT_RESIDENT", "CREDIT_CODE", "OTHER"}
)

func parseClient(f *fields, r *row) {
	kind := f.enum(clientKind, []string{"INDIVIDUAL", "INSTITUTION"}, kindAliases, "INDIVIDUAL")
	defaultIDType := "RESIDENT_ID"
	if kind == "INSTITUTION" {
		defaultIDType = "CREDIT_CODE"
	}
	idType := f.enum(clientIDType, idTypes, nil, defaultIDType)
	var idNumber string
	switch idType {
	case "RESIDENT_ID":
		idNumber = f.residentID(clientIDNumber)
	case "CREDIT_CODE":
		idNumber = f.creditCode(clientIDNumber)
	default:
		idNumber = f.text(clientIDNumber, 32, true)
	}
	gender := optionalString(f.enum(clientGender, []string{"MALE", "FEMALE"}, genderAliases, "-"))
	birth := f.date(clientBirth, false)
	if idType == "RESIDENT_ID" && idNumber != "" {
		if gender == nil {
			if g, err := idcard.Gender(idNumber); err == nil {
				gender = g
			}
		}
		if birth == nil {
			if d, err := idcard.BirthDate(idNumber); err == nil {
				birth = &d
			}
		}
	}
	name := f.text(clientName, 200, true)
	phone := f.mobile(clientPhone)
	opened, closed := f.date(clientOpened, false), f.date(clientClosed, false)
	if opened != nil && closed != nil && closed.Before(*opened) {
		f.invalid(clientClosed, "closed_on is before opened_on")
	}
	now := time.Now().UTC()
	r.vals = []any{
		f.text(clientNo, 32, true), kind, name, idType, idNumber, f.date(clientIDExpires, false), gender, birth,
		optionalString(phone), optionalString(f.email(clientEmail)), f.optionalText(clientAddress, 500),
		f.enum(clientStatus, []string{"NORMAL", "FROZEN", "REPORTED_LOST", "CLOSED", "POTENTIAL"}, nil, "NORMAL"),
		opened, closed,
		nil, nil, // branch, advisor: resolved
		f.enum(clientChannel, []string{"BRANCH", "ONLINE", "APP", "BANK", "REFERRAL", "PARTNER"}, nil, "BRANCH"),
		optionalString(searchkey.Initials(name)), optionalString(searchkey.PhoneLast4(phone)), now, now,
	}
	r.refs = []ref{
		{kind: refBranch, key: f.raw(clientBranch), column: "branch_code", slot: 14, client: -1},
		{kind: refUser, key: f.raw(clientAdvisor), column: "advisor", slot: 15, client: -1},
	}
}

// optionalString is s, or nil (SQL NULL) when it is empty or "-".
func optionalString(s string) any {
	if s == "" || s == "-" {
		return nil
	}
	return s
}

// regram rebuilds the name bigrams (the search index of names) of the
// clients a chunk inserted or changed, as the Customer hook does for
// clients written through the API.
func regram(ctx context.Context, tx *sql.Tx, w *writer, _ []*row, changed []int64) ([]int64, error) {
	if len(changed) == 0 {
		return nil, nil
	}
	for start := 0; start < len(changed); start += bulk.RowsPerStatement {
		batch := changed[start:min(start+bulk.RowsPerStatement, len(changed))]
		in, args := inList(w.pg, batch)
		if _, err := tx.ExecContext(ctx, "DELETE FROM name_grams WHERE client_id IN ("+in+")", args...); err != nil {
			return nil, fmt.Errorf("name grams: %w", err)
		}
		rows, err := tx.QueryContext(ctx, "SELECT id, name FROM customers WHERE id IN ("+in+")", args...)
		if err != nil {
			return nil, err
		}
		var grams [][]any
		for rows.Next() {
			var id int64
			var name string
			if err := rows.Scan(&id, &name); err != nil {
				rows.Close()
				return nil, err
			}
			for _, g := range searchkey.Bigrams(name) {
				grams = append(grams, []any{g, id})
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		if err := w.insert(ctx, tx, "name_grams", []string{"gram", "client_id"}, grams); err != nil {
			return nil, err
		}
	}
	return nil, nil
}

// inList is "?, ?, ?" (or "$1, $2, $3") with ids as arguments.
func inList(pg bool, ids []int64) (string, []any) {
	marks := make([]string, len(ids))
	args := make([]any, len(ids))
	for i, id := range ids {
		marks[i] = "?"
		if pg {
			marks[i] = fmt.Sprintf("$%d", i+1)
		}
		args[i] = id
	}
	return strings.Join(marks, ", "), args
}
