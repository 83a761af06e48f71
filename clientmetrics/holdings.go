package clientmetrics

import (
	"github.com/brokercrm/crm/money"
)

// The asset classes of the preference dimensions.
var assetClasses = []string{"STOCK", "FUND", "BOND", "WEALTH", "CASH"}

// classValues is the client's assets by asset class, in assetClasses' order.
func (f *Facts) classValues() []money.Decimal {
	h := &f.Holdings
	return []money.Decimal{
		h.Stock,
		h.ExchangeFund.Add(h.PublicFund),
		h.Bond.Add(h.BondProduct),
		h.Wealth,
		f.Accounts.Cash.Add(h.MoneyMarket),
	}
}

var holdings = join([]*Metric{
	moneyMetric(Holdings, "total_assets", "总资产", "Total assets", "现金加持仓市值减融资负债",
		func(f *Facts) money.Decimal { return f.TotalAssets() }),
	moneyMetric(Holdings, "cash", "现金余额", "Cash", "全部资金账户的现金余额之和",
		func(f *Facts) money.Decimal { return f.Accounts.Cash }),
	moneyMetric(Holdings, "market_value", "持仓市值", "Market value", "全部持仓（证券与产品）的市值",
		func(f *Facts) money.Decimal { return f.Holdings.Value }),
	number(Holdings, "position_ratio", "持仓比例", "Position ratio", "%", "持仓市值 ÷（现金 + 持仓市值）",
		func(f *Facts) (money.Decimal, bool) { return f.share(f.Holdings.Value) }),
	number(Holdings, "concentration", "持仓集中度", "Concentration", "%", "最大单一持仓市值 ÷ 持仓市值",
		func(f *Facts) (money.Decimal, bool) { return percent(f.Holdings.Largest, f.Holdings.Value) }),
	integer(Holdings, "position_count", "持仓数", "Positions", "个", "当前持有的证券与产品个数",
		func(f *Facts) int64 { return f.Holdings.Positions }),
	integer(Holdings, "industry_count", "持股行业数", "Industries held", "个", "所持股票覆盖的行业数",
		func(f *Facts) int64 { return f.Holdings.Industries }),
	moneyMetric(Holdings, "stock_value", "股票市值", "Stock value", "所持股票的市值",
		func(f *Facts) money.Decimal { return f.Holdings.Stock }),
	moneyMetric(Holdings, "bond_value", "债券市值", "Bond value", "所持债券与可转债的市值",
		func(f *Facts) money.Decimal { return f.Holdings.Bond }),
	moneyMetric(Holdings, "exchange_fund_value", "场内基金市值", "Exchange-traded fund value", "所持场内基金与 ETF 的市值",
		func(f *Facts) money.Decimal { return f.Holdings.ExchangeFund }),
	moneyMetric(Holdings, "product_value", "产品市值", "Product value", "所持本公司产品库产品的市值",
		func(f *Facts) money.Decimal { return f.productValue() }),
	moneyMetric(Holdings, "public_fund_value", "公募基金市值", "Mutual fund value", "所持公募基金产品（股票、混合、债券、QDII、FOF、ETF 联接）的市值",
		func(f *Facts) money.Decimal { return f.Holdings.PublicFund }),
	moneyMetric(Holdings, "money_market_value", "货币基金市值", "Money-market fund value", "所持货币市场基金的市值",
		func(f *Facts) money.Decimal { return f.Holdings.MoneyMarket }),
	moneyMetric(Holdings, "wealth_product_value", "理财产品市值", "Wealth product value", "所持资管计划、私募、信托与收益凭证的市值",
		func(f *Facts) money.Decimal { return f.Holdings.Wealth }),
	number(Holdings, "stock_weight", "股票占比", "Stock weight", "%", "股票市值 ÷ 总资产（未扣负债）",
		func(f *Facts) (money.Decimal, bool) { return f.share(f.classValues()[0]) }),
	number(Holdings, "fund_weight", "基金占比", "Fund weight", "%", "场内基金与公募基金市值 ÷ 总资产（未扣负债）",
		func(f *Facts) (money.Decimal, bool) { return f.share(f.classValues()[1]) }),
	number(Holdings, "bond_weight", "债券占比", "Bond weight", "%", "债券与债券类产品市值 ÷ 总资产（未扣负债）",
		func(f *Facts) (money.Decimal, bool) { return f.share(f.classValues()[2]) }),
	number(Holdings, "wealth_weight", "理财占比", "Wealth product weight", "%", "理财产品市值 ÷ 总资产（未扣负债）",
		func(f *Facts) (money.Decimal, bool) { return f.share(f.classValues()[3]) }),
	number(Holdings, "cash_weight", "现金类占比", "Cash weight", "%", "现金与货币基金 ÷ 总资产（未扣负债）",
		func(f *Facts) (money.Decimal, bool) { return f.share(f.classValues()[4]) }),
	enum(Holdings, "preferred_asset_class", "资产偏好", "Preferred asset class", "市值最大的资产类别：股票、基金、债券、理财或现金",
		assetClasses, func(f *Facts) string { return argmax(assetClasses, f.classValues()) }),
	moneyMetric(Holdings, "sh_value", "沪市市值", "Shanghai value", "上交所证券的市值",
		func(f *Facts) money.Decimal { return f.Holdings.SH }),
	moneyMetric(Holdings, "sz_value", "深市市值", "Shenzhen value", "深交所证券的市值",
		func(f *Facts) money.Decimal { return f.Holdings.SZ }),
	moneyMetric(Holdings, "bj_value", "北交所市值", "Beijing value", "北交所证券的市值",
		func(f *Facts) money.Decimal { return f.Holdings.BJ }),
	moneyMetric(Holdings, "hk_value", "港股通市值", "Stock Connect value", "港股通证券的市值",
		func(f *Facts) money.Decimal { return f.Holdings.HK }),
	boolean(Holdings, "holds_products", "持有产品", "Holds products", "是否持有产品库中的产品",
		func(f *Facts) bool { return f.Holdings.Products > 0 }),
	integer(Holdings, "product_count", "持有产品数", "Products held", "个", "持有的产品个数",
		func(f *Facts) int64 { return f.Holdings.Products }),
	integer(Holdings, "loss_position_count", "浮亏持仓数", "Positions at a loss", "个", "市值低于成本的持仓个数",
		func(f *Facts) int64 { return f.Holdings.LossPositions }),
	optionalMoney(Holdings, "max_assets_365d", "近一年最高资产", "Highest assets, 365 days", "近365天资产快照的最高值",
		func(f *Facts) (money.Decimal, bool) { return deref(f.Assets.Max365) }),
	optionalMoney(Holdings, "min_assets_365d", "近一年最低资产", "Lowest assets, 365 days", "近365天资产快照的最低值",
		func(f *Facts) (money.Decimal, bool) { return deref(f.Assets.Min365) }),
	optionalMoney(Holdings, "assets_year_ago", "一年前资产", "Assets a year ago", "一年前那个月的资产快照均值",
		func(f *Facts) (money.Decimal, bool) { return deref(f.Assets.YearAgo) }),
	number(Holdings, "asset_growth_365d", "资产增长率（一年）", "Asset growth, 365 days", "%", "（总资产 − 一年前资产）÷ 一年前资产，含资金进出",
		func(f *Facts) (money.Decimal, bool) {
			if f.Assets.YearAgo == nil {
				return 0, false
			}
			return percent(f.TotalAssets().Sub(*f.Assets.YearAgo), *f.Assets.YearAgo)
		}),
}, eachWindow(func(w Window, suffix, zh, en string) *Metric {
	return optionalMoney(Holdings, "avg_assets"+suffix, zh+"日均资产", "Average assets"+en, "窗口内资产快照的平均值",
		func(f *Facts) (money.Decimal, bool) { return f.Assets.average(w) })
}))

func (f *Facts) productValue() money.Decimal {
	h := &f.Holdings
	return money.Sum(h.PublicFund, h.MoneyMarket, h.Wealth, h.BondProduct, h.OtherProduct)
}

func deref(d *money.Decimal) (money.Decimal, bool) {
	if d == nil {
		return 0, false
	}
	return *d, true
}
