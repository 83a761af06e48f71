package clientmetrics

import (
	"time"

	"github.com/brokercrm/crm/money"
)

var fundBehaviour = join(
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return moneyMetric(FundBehaviour, "net_inflow"+suffix, zh+"资金净流入", "Net inflow"+en, "窗口内转入减转出（银证转账与存取款）",
			func(f *Facts) money.Decimal { return f.Flows.In[w].Sub(f.Flows.Out[w]) })
	}),
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return moneyMetric(FundBehaviour, "inflow"+suffix, zh+"资金转入", "Inflow"+en, "窗口内转入的资金",
			func(f *Facts) money.Decimal { return f.Flows.In[w] })
	}),
	eachWindow(func(w Window, suffix, zh, en string) *Metric {
		return moneyMetric(FundBehaviour, "outflow"+suffix, zh+"资金转出", "Outflow"+en, "窗口内转出的资金（正数）",
			func(f *Facts) money.Decimal { return f.Flows.Out[w] })
	}),
	[]*Metric{
		integer(FundBehaviour, "transfers_in_365d", "近一年转入次数", "Transfers in, 365 days", "次", "近365天转入的次数",
			func(f *Facts) int64 { return f.Flows.InCount[W365] }),
		integer(FundBehaviour, "transfers_out_365d", "近一年转出次数", "Transfers out, 365 days", "次", "近365天转出的次数",
			func(f *Facts) int64 { return f.Flows.OutCount[W365] }),
		integer(FundBehaviour, "transfers_90d", "近90天转账次数", "Transfers, 90 days", "次", "近90天转入与转出的次数",
			func(f *Facts) int64 { return f.Flows.InCount[W90] + f.Flows.OutCount[W90] }),
		number(FundBehaviour, "bank_transfer_share_365d", "银证转账占比", "Bank transfer share", "%", "近365天的转账中经银证转账的次数占比",
			func(f *Facts) (money.Decimal, bool) {
				return countPercent(f.Flows.BankTransfers365, f.Flows.InCount[W365]+f.Flows.OutCount[W365])
			}),
		optionalMoney(FundBehaviour, "avg_transfer_in_365d", "笔均转入金额", "Average transfer in", "近365天每次转入的平均金额",
			func(f *Facts) (money.Decimal, bool) {
				if f.Flows.InCount[W365] == 0 {
					return 0, false
				}
				return f.Flows.In[W365].MulFrac(1, f.Flows.InCount[W365]), true
			}),
		day(FundBehaviour, "last_inflow_on", "最近转入日", "Last inflow on", "最近一次转入的日期",
			func(f *Facts) *time.Time { return f.Flows.LastIn }),
		day(FundBehaviour, "last_outflow_on", "最近转出日", "Last outflow on", "最近一次转出的日期",
			func(f *Facts) *time.Time { return f.Flows.LastOut }),
		optionalInteger(FundBehaviour, "days_since_last_inflow", "距上次转入天数", "Days since last inflow", "天", "最近一次转入距今天数",
			func(f *Facts) (int64, bool) { return daysSince(f, f.Flows.LastIn) }),
		moneyMetric(FundBehaviour, "dividends_365d", "近一年分红", "Dividends, 365 days", "近365天收到的分红",
			func(f *Facts) money.Decimal { return f.Flows.Dividends365 }),
		moneyMetric(FundBehaviour, "cash_interest_365d", "近一年利息收入", "Interest earned, 365 days", "近365天现金余额的利息",
			func(f *Facts) money.Decimal { return f.Flows.Interest365 }),
		number(FundBehaviour, "net_inflow_ratio_365d", "资金净流入率", "Net inflow ratio", "%", "近365天净流入 ÷ 近365天日均资产",
			func(f *Facts) (money.Decimal, bool) {
				return percent(f.Flows.In[W365].Sub(f.Flows.Out[W365]), f.averageAssets(W365))
			}),
		number(FundBehaviour, "outflow_ratio_90d", "近90天资金流出率", "Outflow ratio, 90 days", "%", "近90天转出 ÷ 近90天日均资产：流失预警",
			func(f *Facts) (money.Decimal, bool) { return percent(f.Flows.Out[W90], f.averageAssets(W90)) }),
		boolean(FundBehaviour, "large_outflow_90d", "近90天大额流出", "Large outflow, 90 days", "近90天转出超过日均资产的一半",
			func(f *Facts) bool {
				avg := f.averageAssets(W90)
				return avg > 0 && f.Flows.Out[W90] > avg.MulFrac(1, 2)
			}),
	},
)
