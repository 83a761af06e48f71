package institution

import (
	"github.com/brokercrm/crm/segment"
)

// Group is the dimension group of the institution indicators.
const Group = "INSTITUTION"

// Indicator is the definition of one institution indicator.
type Indicator struct {
	Key            string
	NameZH, NameEN string
	Type           segment.Type
	Unit           string
	Enum           []string // the values of an ENUM, in order
	Description    string
}

// Indicators are the standard institution indicators, in the order the
// client page shows them: who the institution is, its finances, its
// standing, and its business with the firm.
func Indicators() []Indicator { return indicators }

// Lookup is the indicator of key.
func Lookup(key string) (Indicator, bool) {
	for _, ind := range indicators {
		if ind.Key == key {
			return ind, true
		}
	}
	return Indicator{}, false
}

var indicators = []Indicator{
	{Key: "org_type", NameZH: "机构类型", NameEN: "Institution type", Type: segment.TypeEnum,
		Enum:        []string{"企业", "公募基金", "私募基金", "银行理财", "保险资管", "信托", "证券资管", "QFII/RQFII", "社保年金", "其他"},
		Description: "机构的监管类别，决定可参与的业务与适当性安排"},
	{Key: "org_listing", NameZH: "上市状态", NameEN: "Listing", Type: segment.TypeEnum,
		Enum: []string{"A股", "港股", "美股", "新三板", "未上市"}, Description: "机构本身的上市情况"},
	{Key: "org_founded_on", NameZH: "成立日期", NameEN: "Founded on", Type: segment.TypeDate,
		Description: "营业执照上的成立日期"},
	{Key: "org_employees", NameZH: "员工人数", NameEN: "Employees", Type: segment.TypeInteger, Unit: "人",
		Description: "最近一期年报披露的员工人数"},
	{Key: "org_revenue", NameZH: "营业收入", NameEN: "Revenue", Type: segment.TypeMoney, Unit: "CNY",
		Description: "最近一个会计年度的营业收入"},
	{Key: "org_net_profit", NameZH: "净利润", NameEN: "Net profit", Type: segment.TypeMoney, Unit: "CNY",
		Description: "最近一个会计年度的净利润，亏损为负"},
	{Key: "org_total_assets", NameZH: "资产总额", NameEN: "Total assets", Type: segment.TypeMoney, Unit: "CNY",
		Description: "最近一期资产负债表的资产总额"},
	{Key: "org_net_assets", NameZH: "净资产", NameEN: "Net assets", Type: segment.TypeMoney, Unit: "CNY",
		Description: "最近一期资产负债表的所有者权益"},
	{Key: "org_debt_ratio", NameZH: "资产负债率", NameEN: "Debt ratio", Type: segment.TypeNumber, Unit: "%",
		Description: "负债总额占资产总额的百分比"},
	{Key: "org_aum", NameZH: "管理资产规模", NameEN: "Assets under management", Type: segment.TypeMoney, Unit: "CNY",
		Description: "资产管理类机构的管理规模；其他机构为空"},
	{Key: "org_credit_rating", NameZH: "信用评级", NameEN: "Credit rating", Type: segment.TypeEnum,
		Enum:        []string{"AAA", "AA+", "AA", "AA-", "A+", "A", "BBB", "BB及以下", "无评级"},
		Description: "外部评级机构给予的主体信用评级"},
	{Key: "org_internal_rating", NameZH: "内部评级", NameEN: "Internal rating", Type: segment.TypeEnum,
		Enum: []string{"A", "B", "C", "D"}, Description: "公司授信审批给出的内部评级"},
	{Key: "org_aml_risk", NameZH: "反洗钱风险等级", NameEN: "AML risk", Type: segment.TypeEnum,
		Enum: []string{"低", "中", "高"}, Description: "反洗钱客户风险等级划分的结果"},
	{Key: "org_kyc_review_on", NameZH: "下次尽调日期", NameEN: "Next KYC review", Type: segment.TypeDate,
		Description: "机构客户下一次尽职调查或信息复核的日期"},
	{Key: "org_credit_line", NameZH: "授信额度", NameEN: "Credit line", Type: segment.TypeMoney, Unit: "CNY",
		Description: "公司给予该机构的综合授信额度"},
	{Key: "org_credit_used", NameZH: "已用授信", NameEN: "Credit used", Type: segment.TypeMoney, Unit: "CNY",
		Description: "授信额度中已经占用的部分"},
	{Key: "org_custody_assets", NameZH: "托管资产", NameEN: "Assets in custody", Type: segment.TypeMoney, Unit: "CNY",
		Description: "在公司托管或外包服务的产品资产"},
	{Key: "org_research_commission", NameZH: "年度研究佣金", NameEN: "Research commission (year)", Type: segment.TypeMoney, Unit: "CNY",
		Description: "过去十二个月通过交易单元分仓支付的研究佣金"},
	{Key: "org_business_lines", NameZH: "合作业务线数", NameEN: "Business lines", Type: segment.TypeInteger, Unit: "条",
		Description: "与公司有业务往来的业务线数量：经纪、投行、资管、托管、研究、衍生品…"},
	{Key: "org_investment_banking", NameZH: "投行业务关系", NameEN: "Investment banking client", Type: segment.TypeBoolean,
		Description: "是否为公司投行业务（保荐、承销、并购）的客户"},
	{Key: "org_prime_brokerage", NameZH: "主经纪商服务", NameEN: "Prime brokerage", Type: segment.TypeBoolean,
		Description: "是否使用公司的主经纪商（PB）服务"},
	{Key: "org_otc_derivatives", NameZH: "场外衍生品交易", NameEN: "OTC derivatives", Type: segment.TypeBoolean,
		Description: "是否与公司签署场外衍生品交易主协议"},
	{Key: "org_last_visit_on", NameZH: "最近拜访日期", NameEN: "Last visit", Type: segment.TypeDate,
		Description: "机构业务团队最近一次实地拜访的日期"},
	{Key: "org_satisfaction", NameZH: "服务满意度", NameEN: "Satisfaction", Type: segment.TypeInteger, Unit: "分",
		Description: "最近一次机构客户满意度调查的得分，百分制"},
}
