package clientmetrics

import "github.com/brokercrm/crm/money"

// pnl365 is the gain over the year: today's assets less those of a year
// ago, less what was paid in meanwhile.
func (f *Facts) pnl365() (money.Decimal, bool) {
	if f.Assets.YearAgo == nil {
		return 0, false
	}
	inflow := f.Flows.In[W365].Sub(f.Flows.Out[W365])
	return f.TotalAssets().Sub(*f.Assets.YearAgo).Sub(inflow), true
}

// return365 is the year's gain over the capital employed (simple Dietz:
// the assets a year ago plus half the net inflow), in percent.
func (f *Facts) return365() (money.Decimal, bool) {
	pnl, ok := f.pnl365()
	if !ok {
		return 0, false
	}
	inflow := f.Flows.In[W365].Sub(f.Flows.Out[W365])
	return percent(pnl, f.Assets.YearAgo.Add(inflow.MulFrac(1, 2)))
}

var profitability = []*Metric{
	moneyMetric(Profitability, "unrealised_pnl", "浮动盈亏", "Unrealised P&L", "持仓市值 − 持仓成本",
		func(f *Facts) money.Decimal { return f.Holdings.Value.Sub(f.Holdings.Cost) }),
	number(Profitability, "unrealised_pnl_ratio", "浮动盈亏率", "Unrealised return", "%", "浮动盈亏 ÷ 持仓成本",
		func(f *Facts) (money.Decimal, bool) {
			return percent(f.Holdings.Value.Sub(f.Holdings.Cost), f.Holdings.Cost)
		}),
	moneyMetric(Profitability, "realised_pnl_365d", "近一年已实现盈亏", "Realised P&L, 365 days",
		"近365天卖出金额 − 卖出数量 × 该证券全部买入的平均价（移动平均成本的近似）",
		func(f *Facts) money.Decimal { return f.RealisedPnL365 }),
	optionalMoney(Profitability, "pnl_365d", "近一年收益", "Gain, 365 days", "总资产 − 一年前资产 − 近365天净流入",
		func(f *Facts) (money.Decimal, bool) { return f.pnl365() }),
	number(Profitability, "return_365d", "近一年收益率", "Return, 365 days", "%", "近一年收益 ÷（一年前资产 + 净流入的一半）",
		func(f *Facts) (money.Decimal, bool) { return f.return365() }),
	number(Profitability, "excess_return_365d", "跑赢沪深300", "Return over the CSI 300", "%", "近一年收益率 − 沪深300近一年涨跌幅",
		func(f *Facts) (money.Decimal, bool) {
			r, ok := f.return365()
			if !ok || f.BenchmarkReturn == nil {
				return 0, false
			}
			return r.Sub(*f.BenchmarkReturn), true
		}),
	boolean(Profitability, "beats_benchmark_365d", "收益跑赢大盘", "Beat the CSI 300", "近一年收益率高于沪深300",
		func(f *Facts) bool {
			r, ok := f.return365()
			return ok && f.BenchmarkReturn != nil && r > *f.BenchmarkReturn
		}),
	boolean(Profitability, "in_profit", "持仓盈利", "In profit", "浮动盈亏为正",
		func(f *Facts) bool { return f.Holdings.Value > f.Holdings.Cost }),
	number(Profitability, "loss_position_share", "浮亏持仓占比", "Share of positions at a loss", "%", "浮亏持仓数 ÷ 持仓数",
		func(f *Facts) (money.Decimal, bool) {
			return countPercent(f.Holdings.LossPositions, f.Holdings.Positions)
		}),
	number(Profitability, "dividend_yield_365d", "分红收益率", "Dividend yield", "%", "近365天分红 ÷ 近365天日均资产",
		func(f *Facts) (money.Decimal, bool) { return percent(f.Flows.Dividends365, f.averageAssets(W365)) }),
}
