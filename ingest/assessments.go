package ingest

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/store/bulk"
	"github.com/brokercrm/crm/suitability"
)

// The columns of a risk assessments file (results of questionnaires taken
// in another system: the app, a bank's counter).
const (
	assessmentID = iota
	assessmentClient
	assessmentVersion
	assessmentScore
	assessmentLevel
	assessmentLowest
	assessmentHorizon
	assessmentVarieties
	assessmentAt
	assessmentExpires
	assessmentChannel
)

var assessmentColumns = []column{
	assessmentID:        {"external_id", true, "the assessment's id in the system it comes from; the key"},
	assessmentClient:    {"client_no", true, "the client"},
	assessmentVersion:   {"questionnaire_version", false, "the questionnaire's version; IMPORTED when empty"},
	assessmentScore:     {"score", true, "0–100"},
	assessmentLevel:     {"level", true, "the risk tolerance category, C1–C5"},
	assessmentLowest:    {"lowest_category", false, "true for the lowest category (风险承受能力最低类别)"},
	assessmentHorizon:   {"horizon", true, "SHORT, MEDIUM, LONG or ANY"},
	assessmentVarieties: {"varieties", true, "the varieties wanted, separated by ; or |: FIXED_INCOME, EQUITY, DERIVATIVES, COMPLEX, OTHER"},
	assessmentAt:        {"assessed_at", true, "when, Beijing time unless a zone is given"},
	assessmentExpires:   {"expires_at", false, "when it expires; two years after assessed_at when empty"},
	assessmentChannel:   {"channel", false, "BRANCH, APP, ONLINE or PHONE; BRANCH when empty"},
}

var assessmentsSpec = register(&spec{
	kind:    importjob.KindASSESSMENTS,
	table:   "risk_assessments",
	columns: assessmentColumns,
	target: []string{"external_id", "client_id", "questionnaire_version", "score", "level", "lowest_category",
		"horizon", "varieties", "assessed_at", "expires_at", "channel"},
	key:          []string{"external_id"},
	clientColumn: "client_id",
	parse:        parseAssessment,
	afterChunk:   refreshRiskProfiles,
})

func parseAssessment(f *fields, r *row) {
	var varieties []suitability.Variety
	for _, v := range strings.FieldsFunc(f.raw(assessmentVarieties), func(r rune) bool { return r == ';' || r == '|' || r == '；' }) {
		v = strings.ToUpper(strings.TrimSpace(v))
		if !slices.Contains(suitability.Variety("").Values(), v) {
			f.fail(assessmentVarieties, "BAD_ENUM", "%q is not a variety: use %s", v, strings.Join(suitability.Variety("").Values(), ", "))
			break
		}
		varieties = append(varieties, suitability.Variety(v))
	}
	if len(varieties) == 0 {
		f.fail(assessmentVarieties, "MISSING", "varieties is required")
	}
	encoded, _ := json.Marshal(varieties)
	at := f.instant(assessmentAt, true)
	expires := f.instant(assessmentExpires, false)
	if expires == nil && at != nil {
		e := at.AddDate(2, 0, 0)
		expires = &e
	}
	if at != nil && expires != nil && !expires.After(*at) {
		f.invalid(assessmentExpires, "expires_at must be after assessed_at")
	}
	version := f.text(assessmentVersion, 32, false)
	if version == "" {
		version = "IMPORTED"
	}
	r.vals = []any{
		f.text(assessmentID, 64, true), nil, version,
		f.integer(assessmentScore, true, 0, 100),
		f.enum(assessmentLevel, suitability.Category("").Values(), nil, ""),
		f.boolean(assessmentLowest, false),
		f.enum(assessmentHorizon, suitability.Horizon("").Values(), nil, ""),
		string(encoded), at, expires,
		f.enum(assessmentChannel, []string{"BRANCH", "APP", "ONLINE", "PHONE"}, nil, "BRANCH"),
	}
	r.refs = []ref{{kind: refClient, key: f.raw(assessmentClient), column: "client_no", slot: 1, client: -1}}
}

// refreshRiskProfiles keeps each changed client's current risk profile,
// the columns product matching reads, in step with their latest
// assessment, as the RiskAssessment hook does for assessments taken here.
func refreshRiskProfiles(ctx context.Context, tx *sql.Tx, w *writer, _ []*row, changed []int64) ([]int64, error) {
	for start := 0; start < len(changed); start += bulk.RowsPerStatement {
		batch := changed[start:min(start+bulk.RowsPerStatement, len(changed))]
		in, args := inList(w.pg, batch)
		rows, err := tx.QueryContext(ctx, `SELECT client_id, level, lowest_category, horizon, varieties, assessed_at, expires_at
			FROM risk_assessments WHERE client_id IN (`+in+`) ORDER BY client_id, assessed_at DESC, id DESC`, args...)
		if err != nil {
			return nil, err
		}
		type profile struct {
			level, horizon, varieties string
			lowest                    bool
			at, expires               time.Time
		}
		latest := map[int64]profile{}
		for rows.Next() {
			var id int64
			var p profile
			if err := rows.Scan(&id, &p.level, &p.lowest, &p.horizon, &p.varieties, &p.at, &p.expires); err != nil {
				rows.Close()
				return nil, err
			}
			if _, seen := latest[id]; !seen {
				latest[id] = p
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		q := `UPDATE customers SET risk_category = ?, risk_lowest = ?, risk_horizon = ?, risk_varieties = ?,
			risk_assessed_at = ?, risk_expires_at = ? WHERE id = ?`
		if w.pg {
			q = bulk.Numbered(q)
		}
		// In id order, so that two lanes updating the same clients take
		// their locks in the same order.
		for _, id := range slices.Sorted(maps.Keys(latest)) {
			p := latest[id]
			var vs []suitability.Variety
			if err := json.Unmarshal([]byte(p.varieties), &vs); err != nil {
				return nil, fmt.Errorf("client %d: varieties %q: %w", id, p.varieties, err)
			}
			if _, err := tx.ExecContext(ctx, q, p.level, p.lowest, p.horizon, suitability.VarietyBits(vs), p.at, p.expires, id); err != nil {
				return nil, err
			}
		}
	}
	return nil, nil
}
