package scheme

import "github.com/brokercrm/crm/segment"

// Standard is a scheme as the CRM installs it; head office then edits its
// classes' rules and thresholds.
type Standard struct {
	Key, NameZH, NameEN, Description string
	Classes                          []Class
}

const (
	lt = segment.OpLT
	ge = segment.OpGE
	le = segment.OpLE
	eq = segment.OpEQ
	gt = segment.OpGT
)

// Standards are the twelve schemes of PRODUCT.md §3.
var Standards = []Standard{
	{Key: "risk_tolerance", NameZH: "风险承受能力", NameEN: "Risk tolerance",
		Description: "按最近一次有效风险测评的结果分为 C1–C5",
		Classes: []Class{
			class("C1", "C1 保守型", "C1 Conservative", cmp(eq, "risk_category", "C1")),
			class("C2", "C2 稳健型", "C2 Cautious", cmp(eq, "risk_category", "C2")),
			class("C3", "C3 平衡型", "C3 Balanced", cmp(eq, "risk_category", "C3")),
			class("C4", "C4 成长型", "C4 Growth", cmp(eq, "risk_category", "C4")),
			class("C5", "C5 进取型", "C5 Aggressive", cmp(eq, "risk_category", "C5")),
		}},
	{Key: "asset_tier", NameZH: "动态资产等级", NameEN: "Asset tier",
		Description: "按总资产分层（人民币）",
		Classes: []Class{
			class("T1", "10万以下", "Under 100k", cmp(lt, "total_assets", "100000")),
			class("T2", "10万–50万", "100k–500k", cmp(lt, "total_assets", "500000")),
			class("T3", "50万–200万", "500k–2M", cmp(lt, "total_assets", "2000000")),
			class("T4", "200万–1000万", "2M–10M", cmp(lt, "total_assets", "10000000")),
			class("T5", "1000万及以上", "10M and above", cmp(ge, "total_assets", "10000000")),
		}},
	{Key: "position_band", NameZH: "仓位", NameEN: "Position ratio band",
		Description: "按持仓比例（持仓市值 ÷ 现金与持仓）",
		Classes: []Class{
			class("EMPTY", "空仓（<10%）", "Out of the market (<10%)", cmp(lt, "position_ratio", "10")),
			class("LIGHT", "轻仓（10%–40%）", "Light (10–40%)", cmp(lt, "position_ratio", "40")),
			class("HALF", "半仓（40%–70%）", "Half (40–70%)", cmp(lt, "position_ratio", "70")),
			class("HEAVY", "重仓（70%–90%）", "Heavy (70–90%)", cmp(lt, "position_ratio", "90")),
			class("FULL", "满仓（≥90%）", "Fully invested (≥90%)", cmp(ge, "position_ratio", "90")),
		}},
	{Key: "tenure_band", NameZH: "开户年限", NameEN: "Tenure",
		Description: "按开户至今的整月数",
		Classes: []Class{
			class("Y0", "1年以内", "Under a year", cmp(lt, "tenure_months", 12)),
			class("Y1", "1–3年", "1–3 years", cmp(lt, "tenure_months", 36)),
			class("Y3", "3–5年", "3–5 years", cmp(lt, "tenure_months", 60)),
			class("Y5", "5–10年", "5–10 years", cmp(lt, "tenure_months", 120)),
			class("Y10", "10年以上", "10 years and more", cmp(ge, "tenure_months", 120)),
		}},
	{Key: "investment_preference", NameZH: "投资偏好", NameEN: "Investment preference",
		Description: "按市值最大的资产类别",
		Classes: []Class{
			class("STOCK", "股票型", "Equities", cmp(eq, "preferred_asset_class", "STOCK")),
			class("FUND", "基金型", "Funds", cmp(eq, "preferred_asset_class", "FUND")),
			class("BOND", "债券型", "Bonds", cmp(eq, "preferred_asset_class", "BOND")),
			class("WEALTH", "理财型", "Wealth products", cmp(eq, "preferred_asset_class", "WEALTH")),
			class("CASH", "现金型", "Cash", cmp(eq, "preferred_asset_class", "CASH")),
		}},
	{Key: "activity", NameZH: "交易活跃度", NameEN: "Activity",
		Description: "按近30、90、365天的成交笔数",
		Classes: []Class{
			class("HIGH", "高度活跃", "Very active", cmp(ge, "trades_30d", 10)),
			class("ACTIVE", "活跃", "Active", cmp(ge, "trades_90d", 3)),
			class("LOW", "低频", "Occasional", cmp(ge, "trades_365d", 1)),
			class("DORMANT", "沉睡", "Dormant", cmp(lt, "trades_365d", 1)),
		}},
	{Key: "contribution_tier", NameZH: "贡献等级", NameEN: "Contribution tier",
		Description: "按近365天贡献收入（佣金、规费、融资利息、产品管理费）",
		Classes: []Class{
			class("E", "无贡献", "None", cmp(le, "revenue_365d", "0")),
			class("D", "2千元以下", "Under 2k", cmp(lt, "revenue_365d", "2000")),
			class("C", "2千–1万元", "2k–10k", cmp(lt, "revenue_365d", "10000")),
			class("B", "1万–5万元", "10k–50k", cmp(lt, "revenue_365d", "50000")),
			class("A", "5万元及以上", "50k and above", cmp(ge, "revenue_365d", "50000")),
		}},
	{Key: "value_rfm", NameZH: "客户价值（RFM）", NameEN: "Value (RFM)",
		Description: "R：近30天有交易；F：近365天交易12笔以上；M：总资产50万以上",
		Classes:     rfm(within("last_trade_on", 30), cmp(ge, "trades_365d", 12), cmp(ge, "total_assets", "500000"))},
	{Key: "margin_usage", NameZH: "两融使用", NameEN: "Margin usage",
		Description: "按信用账户、负债与维持担保比例",
		Classes: []Class{
			class("WARNING", "维保预警（<150%）", "Near a call (<150%)",
				and(cmp(eq, "margin_active", true), cmp(lt, "maintenance_ratio", "150"))),
			class("HIGH", "高使用（≥60%）", "Heavy (≥60%)", cmp(ge, "margin_usage", "60")),
			class("MEDIUM", "中使用（30%–60%）", "Moderate (30–60%)", cmp(ge, "margin_usage", "30")),
			class("LOW", "低使用（<30%）", "Light (<30%)", cmp(eq, "margin_active", true)),
			class("IDLE", "已开通未使用", "Opened, unused", cmp(eq, "has_credit_account", true)),
			class("NONE", "未开通", "No margin account", cmp(eq, "has_credit_account", false)),
		}},
	{Key: "lifecycle", NameZH: "生命周期", NameEN: "Lifecycle stage",
		Description: "潜在、新客、成长、成熟、流失预警、沉睡与已流失",
		Classes: []Class{
			class("POTENTIAL", "潜在客户", "Prospect", cmp(eq, "status", "POTENTIAL")),
			class("LOST", "已流失", "Lost", cmp(eq, "status", "CLOSED")),
			class("NEW", "新客户", "New", cmp(lt, "tenure_months", 6)),
			class("CHURN_RISK", "流失预警", "At risk", cmp(ge, "outflow_ratio_90d", "50")),
			class("DORMANT", "沉睡", "Dormant", and(cmp(lt, "trades_365d", 1), cmp(lt, "contacts_365d", 1))),
			class("GROWING", "成长期", "Growing", cmp(ge, "asset_growth_365d", "20")),
			class("MATURE", "成熟期", "Mature", cmp(eq, "status", "NORMAL")),
		}},
	{Key: "channel_preference", NameZH: "渠道偏好", NameEN: "Channel preference",
		Description: "按近180天线上（APP、PC、API）委托的成交笔数占比",
		Classes: []Class{
			class("ONLINE", "线上型（≥80%）", "Online (≥80%)", cmp(ge, "online_trade_share_180d", "80")),
			class("MIXED", "混合型（30%–80%）", "Mixed (30–80%)", cmp(ge, "online_trade_share_180d", "30")),
			class("OFFLINE", "线下型（<30%）", "Offline (<30%)", cmp(lt, "online_trade_share_180d", "30")),
		}},
	{Key: "service_level", NameZH: "服务等级", NameEN: "Service level",
		Description: "按资产与贡献决定的服务方式",
		Classes: []Class{
			class("VIP", "专属顾问", "Dedicated advisor",
				or(cmp(ge, "total_assets", "5000000"), cmp(ge, "revenue_365d", "50000"))),
			class("PRIORITY", "重点服务", "Priority", cmp(ge, "total_assets", "1000000")),
			class("STANDARD", "标准服务", "Standard", cmp(ge, "total_assets", "100000")),
			class("BASIC", "线上服务", "Self-service", cmp(lt, "total_assets", "100000")),
		}},
}

// rfm is the eight classes of recency, frequency and monetary value.
func rfm(r, f, m segment.Rule) []Class {
	pick := func(yes bool, rule segment.Rule) segment.Rule {
		if yes {
			return rule
		}
		return not(rule)
	}
	c := func(key, zh, en string, hasR, hasF, hasM bool) Class {
		return class(key, zh, en, and(pick(hasR, r), pick(hasF, f), pick(hasM, m)))
	}
	return []Class{
		c("CHAMPION", "重要价值客户", "Champions", true, true, true),
		c("KEEP", "重要保持客户", "Keep engaged", false, true, true),
		c("DEVELOP", "重要发展客户", "Develop", true, false, true),
		c("RETAIN", "重要挽留客户", "Win back", false, false, true),
		c("LOYAL", "一般价值客户", "Loyal small", true, true, false),
		c("PROMISING", "一般发展客户", "Promising", true, false, false),
		c("SLIPPING", "一般保持客户", "Slipping", false, true, false),
		c("LAPSED", "一般挽留客户", "Lapsed", false, false, false),
	}
}
