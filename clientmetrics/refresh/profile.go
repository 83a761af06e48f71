package refresh

import (
	"context"
	"fmt"

	"github.com/brokercrm/crm/clientmetrics"
)

// profileColumns is the select list of the clients' own rows, scanned by
// profiles in this order.
const profileColumns = "c.id, c.kind, c.gender, c.status, c.channel, c.investor_class, c.qualified_investor, " +
	"c.risk_lowest, c.risk_category, c.birth_date, c.opened_on, c.id_expires_on, c.risk_assessed_at, c.risk_expires_at, " +
	"(SELECT COUNT(*) FROM customer_tags x WHERE x.customer_id = c.id), " +
	"(SELECT COUNT(*) FROM risk_assessments x WHERE x.client_id = c.id), " +
	"(SELECT MAX(x.changed_at) FROM client_status_changes x WHERE x.client_id = c.id)"

// profiles starts the Facts of the clients f picks, in id order, from
// their own rows.
func (r *refresher) profiles(ctx context.Context, f clientFilter) ([]*clientmetrics.Facts, error) {
	cond, args := f.condition("c.id")
	rows, err := r.db.SQL.QueryContext(ctx, r.rebind("SELECT "+profileColumns+" FROM customers c WHERE "+cond+" ORDER BY c.id"), args...)
	if err != nil {
		return nil, fmt.Errorf("metrics refresh: read clients: %w", err)
	}
	defer rows.Close()
	var out []*clientmetrics.Facts
	for rows.Next() {
		c := &clientmetrics.Facts{AsOf: r.opts.Now, BenchmarkReturn: r.opts.BenchmarkReturn}
		p := &c.Profile
		err := rows.Scan(&c.ClientID, &p.Kind, textInto(&p.Gender), &p.Status, &p.Channel, &p.InvestorClass,
			&p.Qualified, &p.RiskLowest, textInto(&p.RiskCategory), timeInto(&p.BirthDate), timeInto(&p.OpenedOn),
			timeInto(&p.IDExpiresOn), timeInto(&p.RiskAssessedAt), timeInto(&p.RiskExpiresAt), &p.Tags, &p.Assessments,
			timeInto(&p.StatusChangedAt))
		if err != nil {
			return nil, fmt.Errorf("metrics refresh: read clients: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
