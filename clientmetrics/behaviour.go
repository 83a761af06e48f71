package clientmetrics

import (
	"time"

	"github.com/brokercrm/crm/money"
)

// Trading styles by turnover over six months (PRODUCT.md §3): above 40×
// high-frequency, 12–40× short-term, 3–12× medium-term, below 3×
// long-term. A client who did not trade in six months has no style.
var tradingStyles = []string{"HIGH_FREQUENCY", "SHORT_TERM", "MEDIUM_TERM", "LONG_TERM"}

// TradingStyle classifies six months' turnover (a multiple of average
// assets); traded says whether there was any trade at all.
func TradingStyle(turnover money.Decimal, traded bool) string {
	switch {
	case !traded:
		return ""
	case turnover > money.FromInt(40):
		return "HIGH_FREQUENCY"
	case turnover >= money.FromInt(12):
		return "SHORT_TERM"
	case turnover >= money.FromInt(3):
		return "MEDIUM_TERM"
	}
	return "LONG_TERM"
}

var (
	markets       = []string{"SH", "SZ", "BJ", "HK"}
	tradedTypes   = []string{"STOCK", "FUND", "BOND", "OTHER"}
	tradeChannels = []string{"APP", "PC", "PHONE", "BRANCH", "API"}
)

func (t *TradeFacts) byMarket() []money.Decimal {
	return []money.Decimal{t.SH180, t.SZ180, t.BJ180, t.HK180}
}
func (t *TradeFacts) byType() []money.Decimal {
	return []money.Decimal{t.Stock180, t.Fund180, t.Bond180, t.Other180}
}
func (t *TradeFacts) byChannel() []int64 {
	return []int64{t.App180, t.PC180, t.Phone180, t.Branch180, t.API180}
}

// turnover is the window's trade amount as a multiple of average assets.
func (f *Facts) turnover(w Window) (money.Decimal, bool) {
	return times(f.Trades.Amount[w], f.averageAssets(w))
}

var behaviour = join(
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return integer(Behaviour, "trades"+suffix, zh+"交易笔数", "Trades"+en, "笔", "窗口内的成交笔数",
			func(f *Facts) int64 { return f.Trades.Count[w] })
	}),
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return moneyMetric(Behaviour, "trade_amount"+suffix, zh+"成交金额", "Trade amount"+en, "窗口内买入与卖出的成交金额之和",
			func(f *Facts) money.Decimal { return f.Trades.Amount[w] })
	}),
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return moneyMetric(Behaviour, "buy_amount"+suffix, zh+"买入金额", "Bought"+en, "窗口内的买入成交金额",
			func(f *Facts) money.Decimal { return f.Trades.Buy[w] })
	}),
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return moneyMetric(Behaviour, "sell_amount"+suffix, zh+"卖出金额", "Sold"+en, "窗口内的卖出成交金额",
			func(f *Facts) money.Decimal { return f.Trades.Sell[w] })
	}),
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return number(Behaviour, "turnover"+suffix, zh+"换手率", "Turnover"+en, "×", "窗口内成交金额 ÷ 窗口日均资产",
			func(f *Facts) (money.Decimal, bool) { return f.turnover(w) })
	}),
	[]*Metric{
		enum(Behaviour, "trading_style", "交易风格", "Trading style",
			"按近180天换手率：>40倍高频，12–40倍短线，3–12倍中线，<3倍长线；无交易为空",
			tradingStyles, func(f *Facts) string {
				turnover, _ := f.turnover(W180)
				return TradingStyle(turnover, f.Trades.Count[W180] > 0)
			}),
		day(Behaviour, "last_trade_on", "最近交易日", "Last traded on", "最近一笔成交的日期",
			func(f *Facts) *time.Time { return f.Trades.Last }),
		day(Behaviour, "first_trade_on", "首次交易日", "First traded on", "最早一笔成交的日期",
			func(f *Facts) *time.Time { return f.Trades.First }),
		optionalInteger(Behaviour, "days_since_last_trade", "距上次交易天数", "Days since last trade", "天", "最近一笔成交距今天数；从未交易为空",
			func(f *Facts) (int64, bool) { return daysSince(f, f.Trades.Last) }),
		integer(Behaviour, "instruments_traded_90d", "近90天交易品种数", "Instruments traded, 90 days", "个", "近90天成交过的不同证券个数",
			func(f *Facts) int64 { return f.Trades.Instruments90 }),
		enum(Behaviour, "preferred_market", "偏好市场", "Preferred market", "近180天成交金额最大的市场", markets,
			func(f *Facts) string { return argmax(markets, f.Trades.byMarket()) }),
		enum(Behaviour, "preferred_instrument_type", "偏好品种", "Preferred instrument type", "近180天成交金额最大的品种类别",
			tradedTypes, func(f *Facts) string { return argmax(tradedTypes, f.Trades.byType()) }),
		enum(Behaviour, "preferred_trade_channel", "偏好交易渠道", "Preferred trading channel", "近180天成交笔数最多的委托渠道",
			tradeChannels, func(f *Facts) string { return argmaxCount(tradeChannels, f.Trades.byChannel()) }),
		number(Behaviour, "online_trade_share_180d", "线上交易占比", "Online trade share", "%", "近180天 APP、PC 与 API 委托的成交笔数占比",
			func(f *Facts) (money.Decimal, bool) {
				t := &f.Trades
				return countPercent(t.App180+t.PC180+t.API180, t.Count[W180])
			}),
		number(Behaviour, "app_trade_share_180d", "APP交易占比", "App trade share", "%", "近180天 APP 委托的成交笔数占比",
			func(f *Facts) (money.Decimal, bool) { return countPercent(f.Trades.App180, f.Trades.Count[W180]) }),
		number(Behaviour, "stock_trade_share_180d", "股票交易占比", "Stock trade share", "%", "近180天股票成交金额占比",
			func(f *Facts) (money.Decimal, bool) { return percent(f.Trades.Stock180, f.Trades.Amount[W180]) }),
		number(Behaviour, "fund_trade_share_180d", "基金交易占比", "Fund trade share", "%", "近180天场内基金成交金额占比",
			func(f *Facts) (money.Decimal, bool) { return percent(f.Trades.Fund180, f.Trades.Amount[W180]) }),
		number(Behaviour, "bond_trade_share_180d", "债券交易占比", "Bond trade share", "%", "近180天债券与可转债成交金额占比",
			func(f *Facts) (money.Decimal, bool) { return percent(f.Trades.Bond180, f.Trades.Amount[W180]) }),
		optionalMoney(Behaviour, "avg_trade_amount_365d", "笔均成交金额", "Average trade", "近365天每笔成交的平均金额",
			func(f *Facts) (money.Decimal, bool) {
				if f.Trades.Count[W365] == 0 {
					return 0, false
				}
				return f.Trades.Amount[W365].MulFrac(1, f.Trades.Count[W365]), true
			}),
		moneyMetric(Behaviour, "net_buy_90d", "近90天净买入", "Net bought, 90 days", "近90天买入金额 − 卖出金额",
			func(f *Facts) money.Decimal { return f.Trades.Buy[W90].Sub(f.Trades.Sell[W90]) }),
		boolean(Behaviour, "active_trader_30d", "近30天活跃", "Traded in 30 days", "近30天是否有成交",
			func(f *Facts) bool { return f.Trades.Count[W30] > 0 }),
		day(Behaviour, "last_login_on", "最近登录日", "Last logged in on", "客户最近一次登录（客户端、APP）的日期",
			func(f *Facts) *time.Time { return f.Logins.Last }),
		optionalInteger(Behaviour, "days_since_last_login", "距上次登录天数", "Days since last login", "天", "客户最近一次登录距今天数；从未登录为空",
			func(f *Facts) (int64, bool) { return daysSince(f, f.Logins.Last) }),
		integer(Behaviour, "logins_30d", "近30天登录次数", "Logins, 30 days", "次", "近30天客户登录的次数",
			func(f *Facts) int64 { return f.Logins.Count30 }),
		integer(Behaviour, "logins_90d", "近90天登录次数", "Logins, 90 days", "次", "近90天客户登录的次数",
			func(f *Facts) int64 { return f.Logins.Count90 }),
	},
)
