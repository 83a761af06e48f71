package clientmetrics

import (
	"time"

	"github.com/brokercrm/crm/money"
)

var marketing = []*Metric{
	integer(Marketing, "pushes_90d", "近90天推送数", "Pushes, 90 days", "次", "近90天向客户推送的产品数",
		func(f *Facts) int64 { return f.Pushes.Pushes90 }),
	integer(Marketing, "pushes_read_90d", "近90天已读推送", "Pushes read, 90 days", "次", "近90天已读（或已购买）的推送数",
		func(f *Facts) int64 { return f.Pushes.PushesRead90 }),
	number(Marketing, "push_read_rate_90d", "推送阅读率", "Push read rate", "%", "近90天已读推送 ÷ 推送数",
		func(f *Facts) (money.Decimal, bool) { return countPercent(f.Pushes.PushesRead90, f.Pushes.Pushes90) }),
	integer(Marketing, "campaign_responses_365d", "近一年营销响应", "Campaign responses, 365 days", "次", "近365天推送后购买的次数",
		func(f *Facts) int64 { return f.Pushes.PushesBought365 }),
	number(Marketing, "campaign_response_rate_365d", "营销响应率", "Campaign response rate", "%", "近365天推送后购买 ÷ 推送数",
		func(f *Facts) (money.Decimal, bool) {
			return countPercent(f.Pushes.PushesBought365, f.Pushes.Pushes365)
		}),
	day(Marketing, "last_push_on", "最近推送日", "Last pushed on", "最近一次产品推送的日期",
		func(f *Facts) *time.Time { return f.Pushes.LastPush }),
	integer(Marketing, "products_bought", "购买过的产品数", "Products bought", "个", "已支付订单涉及的不同产品数",
		func(f *Facts) int64 { return f.Sales.Products }),
	integer(Marketing, "paid_orders", "产品订单数", "Product orders", "笔", "已支付的产品订单数",
		func(f *Facts) int64 { return f.Sales.PaidOrders }),
	integer(Marketing, "orders_365d", "近一年下单数", "Orders, 365 days", "笔", "近365天提交的产品订单数（含未支付）",
		func(f *Facts) int64 { return f.Sales.Orders365 }),
	integer(Marketing, "cancelled_orders_365d", "近一年撤单数", "Cancelled orders, 365 days", "笔", "近365天撤销（含冷静期撤单）的订单数",
		func(f *Facts) int64 { return f.Sales.Cancelled365 }),
	moneyMetric(Marketing, "product_purchases_total", "累计产品购买额", "Product purchases", "全部已支付产品订单的金额",
		func(f *Facts) money.Decimal { return f.Sales.PaidTotal }),
	day(Marketing, "last_purchase_on", "最近购买日", "Last bought on", "最近一笔已支付产品订单的日期",
		func(f *Facts) *time.Time { return f.Sales.LastPurchase }),
	optionalInteger(Marketing, "days_since_last_purchase", "距上次购买天数", "Days since last purchase", "天", "最近一次购买产品距今天数",
		func(f *Facts) (int64, bool) { return daysSince(f, f.Sales.LastPurchase) }),
	boolean(Marketing, "product_buyer", "产品客户", "Has bought products", "是否购买过产品",
		func(f *Facts) bool { return f.Sales.PaidOrders > 0 }),
}
