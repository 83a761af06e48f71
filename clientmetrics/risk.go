package clientmetrics

import (
	"time"

	"github.com/brokercrm/crm/money"
)

// rank is the position of a C1…C5 category or R1…R5 level (1…5), 0 for
// none.
func rank(code string) int64 {
	if len(code) == 2 && code[1] >= '1' && code[1] <= '5' {
		return int64(code[1] - '0')
	}
	return 0
}

var risk = []*Metric{
	optionalInteger(Risk, "risk_rank", "风险等级序号", "Risk tolerance rank", "", "风险承受能力 C1–C5 对应的 1–5，便于比较",
		func(f *Facts) (int64, bool) { r := rank(f.Profile.RiskCategory); return r, r > 0 }),
	boolean(Risk, "risk_lowest", "最低风险等级", "Lowest category", "是否为最低风险承受能力类别（只能购买 R1）",
		func(f *Facts) bool { return f.Profile.RiskLowest }),
	day(Risk, "risk_assessed_on", "测评日期", "Assessed on", "最近一次风险测评的日期",
		func(f *Facts) *time.Time { return f.Profile.RiskAssessedAt }),
	day(Risk, "risk_expires_on", "测评到期日", "Assessment expires on", "风险测评的有效期截止日",
		func(f *Facts) *time.Time { return f.Profile.RiskExpiresAt }),
	optionalInteger(Risk, "risk_expires_in_days", "测评到期天数", "Days to assessment expiry", "天", "距风险测评到期的天数，已过期为负",
		func(f *Facts) (int64, bool) {
			if f.Profile.RiskExpiresAt == nil {
				return 0, false
			}
			return daysBetween(f.AsOf, *f.Profile.RiskExpiresAt), true
		}),
	boolean(Risk, "risk_assessment_expired", "测评已过期", "Assessment expired", "风险测评已过期或从未测评",
		func(f *Facts) bool { return f.Profile.RiskExpiresAt == nil || !f.Profile.RiskExpiresAt.After(f.AsOf) }),
	integer(Risk, "risk_assessment_count", "测评次数", "Assessments taken", "次", "历次风险测评的次数",
		func(f *Facts) int64 { return f.Profile.Assessments }),
	enum(Risk, "max_product_risk", "持有产品最高风险", "Highest product risk held", "所持产品的最高风险等级 R1–R5",
		[]string{"R1", "R2", "R3", "R4", "R5"}, func(f *Facts) string { return f.Holdings.MaxProductRisk }),
	boolean(Risk, "holds_above_tolerance", "持有超风险产品", "Holds products above tolerance", "所持产品的最高风险等级高于风险承受能力",
		func(f *Facts) bool {
			return rank(f.Holdings.MaxProductRisk) > 0 && rank(f.Holdings.MaxProductRisk) > rank(f.Profile.RiskCategory)
		}),
	number(Risk, "high_risk_share", "高风险产品占比", "High-risk product share", "%", "R4、R5 产品市值 ÷ 总资产（未扣负债）",
		func(f *Facts) (money.Decimal, bool) { return f.share(f.Holdings.HighRisk) }),
	boolean(Risk, "id_expired", "证件已过期", "ID expired", "身份证件已过有效期",
		func(f *Facts) bool {
			return f.Profile.IDExpiresOn != nil && f.Profile.IDExpiresOn.Before(calendarDay(f.AsOf))
		}),
}
