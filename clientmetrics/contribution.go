package clientmetrics

import "github.com/brokercrm/crm/money"

// Revenue is what the client brought the firm in the window: commission,
// fees, margin interest, and the management fees of the products held
// (the window's share of a year at today's value: the core systems do not
// report product fees per client, so they are estimated).
func (f *Facts) Revenue(w Window) money.Decimal { return f.revenue(w) }

var contribution = join(
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return moneyMetric(Contribution, "revenue"+suffix, zh+"贡献收入", "Revenue"+en, "佣金 + 规费 + 融资利息 + 产品管理费（估算）",
			func(f *Facts) money.Decimal { return f.revenue(w) })
	}),
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return moneyMetric(Contribution, "commission"+suffix, zh+"佣金", "Commission"+en, "窗口内成交的佣金",
			func(f *Facts) money.Decimal { return f.Trades.Commission[w] })
	}),
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return moneyMetric(Contribution, "fees"+suffix, zh+"交易规费", "Trading fees"+en, "窗口内成交的规费",
			func(f *Facts) money.Decimal { return f.Trades.Fees[w] })
	}),
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return moneyMetric(Contribution, "margin_interest"+suffix, zh+"融资利息", "Margin interest"+en, "窗口内计收的融资融券利息",
			func(f *Facts) money.Decimal { return f.Flows.MarginInterest[w] })
	}),
	[]*Metric{
		moneyMetric(Contribution, "commission_ytd", "今年佣金", "Commission, year to date", "本自然年的佣金",
			func(f *Facts) money.Decimal { return f.Trades.CommissionYTD }),
		moneyMetric(Contribution, "fees_ytd", "今年交易规费", "Trading fees, year to date", "本自然年成交的规费",
			func(f *Facts) money.Decimal { return f.Trades.FeesYTD }),
		moneyMetric(Contribution, "revenue_ytd", "今年贡献收入", "Revenue, year to date", "本自然年的佣金、规费、融资利息与产品管理费（估算）",
			func(f *Facts) money.Decimal {
				days := daysBetween(yearStart(f.AsOf), f.AsOf)
				return money.Sum(f.Trades.CommissionYTD, f.Trades.FeesYTD, f.Flows.MarginInterestYTD,
					f.Holdings.ProductFeesPerYear.MulFrac(days, 365))
			}),
		moneyMetric(Contribution, "product_fees_365d", "产品管理费（年化估算）", "Product fees, a year", "持有产品的市值 × 管理费率",
			func(f *Facts) money.Decimal { return f.Holdings.ProductFeesPerYear }),
		number(Contribution, "revenue_to_assets_365d", "资产贡献率", "Revenue to assets", "%", "近365天贡献收入 ÷ 近365天日均资产",
			func(f *Facts) (money.Decimal, bool) { return percent(f.revenue(W365), f.averageAssets(W365)) }),
		number(Contribution, "commission_rate_365d", "佣金率", "Commission rate", "%", "近365天佣金 ÷ 成交金额",
			func(f *Facts) (money.Decimal, bool) { return percent(f.Trades.Commission[W365], f.Trades.Amount[W365]) }),
		moneyMetric(Contribution, "product_sales_365d", "近一年产品销售额", "Product sales, 365 days", "近365天已支付的产品订单金额",
			func(f *Facts) money.Decimal { return f.Sales.Paid365 }),
	},
)
