package clientmetrics

import "github.com/brokercrm/crm/money"

// creditAssets is what secures the margin debt: cash and positions in
// credit accounts.
func (f *Facts) creditAssets() money.Decimal { return f.Accounts.CreditCash.Add(f.Holdings.InCredit) }

// maintenanceCall is the maintenance ratio below which a margin call is
// made (130%), as exchanges' rules set it.
var maintenanceCall = money.FromInt(130)

var margin = []*Metric{
	moneyMetric(Margin, "margin_debt", "融资融券负债", "Margin debt", "信用账户的融资与融券负债",
		func(f *Facts) money.Decimal { return f.Accounts.MarginDebt }),
	moneyMetric(Margin, "credit_assets", "信用账户资产", "Credit account assets", "信用账户的现金与持仓市值",
		func(f *Facts) money.Decimal { return f.creditAssets() }),
	moneyMetric(Margin, "credit_market_value", "信用账户持仓市值", "Credit account positions", "信用账户的持仓市值",
		func(f *Facts) money.Decimal { return f.Holdings.InCredit }),
	moneyMetric(Margin, "credit_cash", "信用账户现金", "Credit account cash", "信用账户的现金余额",
		func(f *Facts) money.Decimal { return f.Accounts.CreditCash }),
	number(Margin, "maintenance_ratio", "维持担保比例", "Maintenance ratio", "%", "信用账户资产 ÷ 融资融券负债；无负债为空",
		func(f *Facts) (money.Decimal, bool) { return percent(f.creditAssets(), f.Accounts.MarginDebt) }),
	number(Margin, "margin_usage", "融资使用率", "Margin usage", "%", "融资融券负债 ÷ 信用账户资产",
		func(f *Facts) (money.Decimal, bool) { return percent(f.Accounts.MarginDebt, f.creditAssets()) }),
	boolean(Margin, "margin_active", "在用两融", "Uses margin", "融资融券负债大于零",
		func(f *Facts) bool { return f.Accounts.MarginDebt > 0 }),
	boolean(Margin, "margin_call_risk", "维保比例预警", "Margin call risk", "有负债且维持担保比例低于130%",
		func(f *Facts) bool {
			r, ok := percent(f.creditAssets(), f.Accounts.MarginDebt)
			return ok && r < maintenanceCall
		}),
	optionalMoney(Margin, "margin_buffer", "距平仓线余量", "Buffer above the call line", "信用账户资产 − 130% × 负债；无负债为空",
		func(f *Facts) (money.Decimal, bool) {
			if f.Accounts.MarginDebt <= 0 {
				return 0, false
			}
			return f.creditAssets().Sub(f.Accounts.MarginDebt.MulFrac(130, 100)), true
		}),
	moneyMetric(Margin, "margin_interest_ytd", "今年融资利息", "Margin interest, year to date", "本自然年计收的融资融券利息",
		func(f *Facts) money.Decimal { return f.Flows.MarginInterestYTD }),
}
