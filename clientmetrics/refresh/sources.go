package refresh

import (
	"time"

	"github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/money"
)

type facts = clientmetrics.Facts

// The SQL fragments the sources share.
const (
	transfersIn  = "'DEPOSIT', 'BANK_TRANSFER_IN'"
	transfersOut = "'WITHDRAWAL', 'BANK_TRANSFER_OUT'"
)

// sourcesAt returns every source, its windows counted back from asOf.
func sourcesAt(asOf time.Time) []*source {
	return []*source{accounts(), holdings(), trades(asOf), realisedPnL(asOf), flows(asOf), assets(asOf),
		interactions(asOf), orders(asOf), pushes(asOf), logins(asOf)}
}

// windowStarts are the first instants of the windows, in UTC: SQLite
// compares times as the text they are stored in, which is UTC.
func windowStarts(asOf time.Time) [4]time.Time {
	var out [4]time.Time
	for i, w := range clientmetrics.Windows {
		out[i] = w.Start(asOf).UTC()
	}
	return out
}

// count adds SUM(CASE WHEN cond THEN 1 ELSE 0 END).
func (c *columns) count(cond string, dest func(f *facts) *int64, args ...any) {
	c.add("SUM(CASE WHEN "+cond+" THEN 1 ELSE 0 END)", func(f *facts) any { return dest(f) }, args...)
}

// sum adds SUM(CASE WHEN cond THEN expr ELSE 0 END), an amount.
func (c *columns) sum(cond, expr string, dest func(f *facts) *money.Decimal, args ...any) {
	c.add("SUM(CASE WHEN "+cond+" THEN "+expr+" ELSE 0 END)", func(f *facts) any { return amountInto(dest(f)) }, args...)
}

// latest adds MAX(CASE WHEN cond THEN column END), a time.
func (c *columns) latest(cond, column string, dest func(f *facts) **time.Time, args ...any) {
	c.add("MAX(CASE WHEN "+cond+" THEN "+column+" END)", func(f *facts) any { return timeInto(dest(f)) }, args...)
}

func accounts() *source {
	s := &source{name: "accounts", from: "accounts t", client: "t.client_id",
		keep: func(dst, scanned *facts) { dst.Accounts = scanned.Accounts }}
	s.add("COUNT(*)", func(f *facts) any { return &f.Accounts.Count })
	for typ, dest := range map[string]func(f *facts) *int64{
		"SECURITIES": func(f *facts) *int64 { return &f.Accounts.Securities },
		"CREDIT":     func(f *facts) *int64 { return &f.Accounts.Credit },
		"FUND":       func(f *facts) *int64 { return &f.Accounts.Fund },
		"OTC":        func(f *facts) *int64 { return &f.Accounts.OTC },
		"FUTURES":    func(f *facts) *int64 { return &f.Accounts.Futures },
		"OPTIONS":    func(f *facts) *int64 { return &f.Accounts.Options },
	} {
		s.count("t.type = ?", dest, typ)
	}
	s.count("t.status = 'DORMANT'", func(f *facts) *int64 { return &f.Accounts.Dormant })
	s.count("t.market = 'HK'", func(f *facts) *int64 { return &f.Accounts.HK })
	s.sum("1 = 1", "t.cash_balance", func(f *facts) *money.Decimal { return &f.Accounts.Cash })
	s.sum("1 = 1", "t.margin_debt", func(f *facts) *money.Decimal { return &f.Accounts.MarginDebt })
	s.sum("t.type = 'CREDIT'", "t.cash_balance", func(f *facts) *money.Decimal { return &f.Accounts.CreditCash })
	s.add("MIN(t.opened_on)", func(f *facts) any { return timeInto(&f.Accounts.FirstOpened) })
	return s
}

func holdings() *source {
	s := &source{name: "holdings", client: "t.client_id",
		from: "holdings t JOIN accounts a ON a.id = t.account_id " +
			"LEFT JOIN instruments i ON i.id = t.instrument_id LEFT JOIN products p ON p.id = t.product_id",
		keep: func(dst, scanned *facts) { dst.Holdings = scanned.Holdings }}
	h := func(f *facts) *clientmetrics.HoldingFacts { return &f.Holdings }
	s.add("COUNT(*)", func(f *facts) any { return &h(f).Positions })
	s.count("t.product_id IS NOT NULL", func(f *facts) *int64 { return &h(f).Products })
	s.count("t.market_value < t.cost", func(f *facts) *int64 { return &h(f).LossPositions })
	s.add("COUNT(DISTINCT CASE WHEN i.type = 'STOCK' AND i.industry <> '' THEN i.industry END)",
		func(f *facts) any { return &h(f).Industries })
	value := func(cond string, dest func(f *facts) *money.Decimal) { s.sum(cond, "t.market_value", dest) }
	value("1 = 1", func(f *facts) *money.Decimal { return &h(f).Value })
	s.sum("1 = 1", "t.cost", func(f *facts) *money.Decimal { return &h(f).Cost })
	s.add("MAX(t.market_value)", func(f *facts) any { return amountInto(&h(f).Largest) })
	value("i.type = 'STOCK'", func(f *facts) *money.Decimal { return &h(f).Stock })
	value("i.type IN ('BOND', 'CONVERTIBLE_BOND')", func(f *facts) *money.Decimal { return &h(f).Bond })
	value("i.type IN ('FUND', 'ETF')", func(f *facts) *money.Decimal { return &h(f).ExchangeFund })
	value("i.type NOT IN ('STOCK', 'BOND', 'CONVERTIBLE_BOND', 'FUND', 'ETF')",
		func(f *facts) *money.Decimal { return &h(f).OtherInstrument })
	value("p.type IN ('STOCK_FUND', 'MIXED_FUND', 'BOND_FUND', 'QDII_FUND', 'FOF', 'ETF')",
		func(f *facts) *money.Decimal { return &h(f).PublicFund })
	value("p.type = 'MONEY_MARKET_FUND'", func(f *facts) *money.Decimal { return &h(f).MoneyMarket })
	value("p.type IN ('ASSET_MANAGEMENT_PLAN', 'PRIVATE_FUND', 'STRUCTURED_NOTE', 'TRUST')",
		func(f *facts) *money.Decimal { return &h(f).Wealth })
	value("p.type = 'BOND'", func(f *facts) *money.Decimal { return &h(f).BondProduct })
	value("p.type = 'OTHER'", func(f *facts) *money.Decimal { return &h(f).OtherProduct })
	for market, dest := range map[string]func(f *facts) *money.Decimal{
		"SH": func(f *facts) *money.Decimal { return &h(f).SH },
		"SZ": func(f *facts) *money.Decimal { return &h(f).SZ },
		"BJ": func(f *facts) *money.Decimal { return &h(f).BJ },
		"HK": func(f *facts) *money.Decimal { return &h(f).HK },
	} {
		s.sum("i.market = ?", "t.market_value", dest, market)
	}
	value("a.type = 'CREDIT'", func(f *facts) *money.Decimal { return &h(f).InCredit })
	value("p.risk_level IN ('R4', 'R5')", func(f *facts) *money.Decimal { return &h(f).HighRisk })
	// A management fee rate is a percentage in ten-thousandths (1.5% is
	// 15000), so value × rate is 10^6 times the fee.
	s.add("CAST(SUM(CASE WHEN p.id IS NOT NULL THEN t.market_value * p.management_fee_rate ELSE 0 END) / 1000000 AS BIGINT)",
		func(f *facts) any { return amountInto(&h(f).ProductFeesPerYear) })
	s.add("MAX(p.risk_level)", func(f *facts) any { return textInto(&h(f).MaxProductRisk) })
	return s
}

func trades(asOf time.Time) *source {
	s := &source{name: "trades", from: "trades t JOIN instruments i ON i.id = t.instrument_id", client: "t.client_id",
		keep: func(dst, scanned *facts) { dst.Trades = scanned.Trades }}
	t := func(f *facts) *clientmetrics.TradeFacts { return &f.Trades }
	for i, start := range windowStarts(asOf) {
		s.count("t.traded_at >= ?", func(f *facts) *int64 { return &t(f).Count[i] }, start)
		s.sum("t.traded_at >= ?", "t.amount", func(f *facts) *money.Decimal { return &t(f).Amount[i] }, start)
		s.sum("t.traded_at >= ? AND t.side = 'BUY'", "t.amount", func(f *facts) *money.Decimal { return &t(f).Buy[i] }, start)
		s.sum("t.traded_at >= ? AND t.side = 'SELL'", "t.amount", func(f *facts) *money.Decimal { return &t(f).Sell[i] }, start)
		s.sum("t.traded_at >= ?", "t.commission", func(f *facts) *money.Decimal { return &t(f).Commission[i] }, start)
		s.sum("t.traded_at >= ?", "t.fees", func(f *facts) *money.Decimal { return &t(f).Fees[i] }, start)
	}
	year := clientmetrics.YearStart(asOf).UTC()
	s.sum("t.traded_at >= ?", "t.commission", func(f *facts) *money.Decimal { return &t(f).CommissionYTD }, year)
	s.sum("t.traded_at >= ?", "t.fees", func(f *facts) *money.Decimal { return &t(f).FeesYTD }, year)
	s.add("MAX(t.traded_at)", func(f *facts) any { return timeInto(&t(f).Last) })
	s.add("MIN(t.traded_at)", func(f *facts) any { return timeInto(&t(f).First) })
	starts := windowStarts(asOf)
	s.add("COUNT(DISTINCT CASE WHEN t.traded_at >= ? THEN t.instrument_id END)",
		func(f *facts) any { return &t(f).Instruments90 }, starts[clientmetrics.W90])
	half := starts[clientmetrics.W180]
	amount := func(cond string, dest func(f *facts) *money.Decimal, args ...any) {
		s.sum("t.traded_at >= ? AND "+cond, "t.amount", dest, append([]any{half}, args...)...)
	}
	amount("i.type = 'STOCK'", func(f *facts) *money.Decimal { return &t(f).Stock180 })
	amount("i.type IN ('FUND', 'ETF')", func(f *facts) *money.Decimal { return &t(f).Fund180 })
	amount("i.type IN ('BOND', 'CONVERTIBLE_BOND')", func(f *facts) *money.Decimal { return &t(f).Bond180 })
	amount("i.type NOT IN ('STOCK', 'FUND', 'ETF', 'BOND', 'CONVERTIBLE_BOND')", func(f *facts) *money.Decimal { return &t(f).Other180 })
	for market, dest := range map[string]func(f *facts) *money.Decimal{
		"SH": func(f *facts) *money.Decimal { return &t(f).SH180 },
		"SZ": func(f *facts) *money.Decimal { return &t(f).SZ180 },
		"BJ": func(f *facts) *money.Decimal { return &t(f).BJ180 },
		"HK": func(f *facts) *money.Decimal { return &t(f).HK180 },
	} {
		amount("i.market = ?", dest, market)
	}
	for channel, dest := range map[string]func(f *facts) *int64{
		"APP":    func(f *facts) *int64 { return &t(f).App180 },
		"PC":     func(f *facts) *int64 { return &t(f).PC180 },
		"PHONE":  func(f *facts) *int64 { return &t(f).Phone180 },
		"BRANCH": func(f *facts) *int64 { return &t(f).Branch180 },
		"API":    func(f *facts) *int64 { return &t(f).API180 },
	} {
		s.count("t.traded_at >= ? AND t.channel = ?", dest, half, channel)
	}
	return s
}

// realisedPnL reads, for each instrument a client sold in the last year,
// what they bought of it ever and sold of it in the year; the gain on
// each is worked out exactly in Go (SQLite has no exact decimal type for
// quantity × price ÷ quantity) and added up per client.
func realisedPnL(asOf time.Time) *source {
	year := clientmetrics.W365.Start(asOf).UTC()
	var boughtQty, bought, soldQty, sold money.Decimal
	s := &source{name: "realised P&L", from: "trades t", client: "t.client_id",
		keep: func(dst, _ *facts) {
			dst.RealisedPnL365 = dst.RealisedPnL365.Add(realised(boughtQty, bought, soldQty, sold))
		}}
	s.sum("t.side = 'BUY'", "t.quantity", func(*facts) *money.Decimal { return &boughtQty })
	s.sum("t.side = 'BUY'", "t.amount", func(*facts) *money.Decimal { return &bought })
	s.sum("t.side = 'SELL' AND t.traded_at >= ?", "t.quantity", func(*facts) *money.Decimal { return &soldQty }, year)
	s.sum("t.side = 'SELL' AND t.traded_at >= ?", "t.amount", func(*facts) *money.Decimal { return &sold }, year)
	s.groupAlso = "t.instrument_id"
	s.having = "SUM(CASE WHEN t.side = 'SELL' AND t.traded_at >= ? THEN 1 ELSE 0 END) > 0"
	s.havingArgs = []any{year}
	return s
}

// realised is the gain on selling soldQty for sold, against the average
// price of what was bought (nothing when nothing was bought: the position
// came from before the CRM's history).
func realised(boughtQty, bought, soldQty, sold money.Decimal) money.Decimal {
	if boughtQty <= 0 {
		return 0
	}
	return sold.Sub(bought.MulFrac(int64(soldQty), int64(boughtQty)))
}

func flows(asOf time.Time) *source {
	s := &source{name: "cash flows", from: "cash_flows t", client: "t.client_id",
		keep: func(dst, scanned *facts) { dst.Flows = scanned.Flows }}
	c := func(f *facts) *clientmetrics.FlowFacts { return &f.Flows }
	for i, start := range windowStarts(asOf) {
		s.sum("t.occurred_at >= ? AND t.type IN ("+transfersIn+")", "t.amount", func(f *facts) *money.Decimal { return &c(f).In[i] }, start)
		s.sum("t.occurred_at >= ? AND t.type IN ("+transfersOut+")", "-t.amount", func(f *facts) *money.Decimal { return &c(f).Out[i] }, start)
		s.count("t.occurred_at >= ? AND t.type IN ("+transfersIn+")", func(f *facts) *int64 { return &c(f).InCount[i] }, start)
		s.count("t.occurred_at >= ? AND t.type IN ("+transfersOut+")", func(f *facts) *int64 { return &c(f).OutCount[i] }, start)
		s.sum("t.occurred_at >= ? AND t.type = 'MARGIN_INTEREST'", "-t.amount",
			func(f *facts) *money.Decimal { return &c(f).MarginInterest[i] }, start)
	}
	year := windowStarts(asOf)[clientmetrics.W365]
	s.sum("t.occurred_at >= ? AND t.type = 'MARGIN_INTEREST'", "-t.amount",
		func(f *facts) *money.Decimal { return &c(f).MarginInterestYTD }, clientmetrics.YearStart(asOf).UTC())
	s.count("t.occurred_at >= ? AND t.type IN ('BANK_TRANSFER_IN', 'BANK_TRANSFER_OUT')",
		func(f *facts) *int64 { return &c(f).BankTransfers365 }, year)
	s.sum("t.occurred_at >= ? AND t.type = 'DIVIDEND'", "t.amount", func(f *facts) *money.Decimal { return &c(f).Dividends365 }, year)
	s.sum("t.occurred_at >= ? AND t.type = 'INTEREST'", "t.amount", func(f *facts) *money.Decimal { return &c(f).Interest365 }, year)
	s.latest("t.type IN ("+transfersIn+")", "t.occurred_at", func(f *facts) **time.Time { return &c(f).LastIn })
	s.latest("t.type IN ("+transfersOut+")", "t.occurred_at", func(f *facts) **time.Time { return &c(f).LastOut })
	return s
}

func assets(asOf time.Time) *source {
	s := &source{name: "asset snapshots", from: "asset_snapshots t", client: "t.client_id"}
	a := func(f *facts) *clientmetrics.AssetFacts { return &f.Assets }
	starts := windowStarts(asOf)
	for i, start := range starts {
		s.sum("t.as_of >= ?", "t.total_assets", func(f *facts) *money.Decimal { return &a(f).Sum[i] }, start)
		s.count("t.as_of >= ?", func(f *facts) *int64 { return &a(f).Count[i] }, start)
	}
	year := starts[clientmetrics.W365]
	s.add("MAX(CASE WHEN t.as_of >= ? THEN t.total_assets END)", func(f *facts) any { return optionalAmountInto(&a(f).Max365) }, year)
	s.add("MIN(CASE WHEN t.as_of >= ? THEN t.total_assets END)", func(f *facts) any { return optionalAmountInto(&a(f).Min365) }, year)
	// A year ago is the month before the window's start: snapshots are
	// taken at least monthly.
	var yearAgoSum money.Decimal
	var yearAgoCount int64
	month := year.AddDate(0, 0, -31)
	s.sum("t.as_of >= ? AND t.as_of < ?", "t.total_assets", func(*facts) *money.Decimal { return &yearAgoSum }, month, year)
	s.count("t.as_of >= ? AND t.as_of < ?", func(*facts) *int64 { return &yearAgoCount }, month, year)
	s.keep = func(dst, scanned *facts) {
		dst.Assets = scanned.Assets
		if yearAgoCount > 0 {
			avg := yearAgoSum.MulFrac(1, yearAgoCount)
			dst.Assets.YearAgo = &avg
		}
	}
	return s
}

func interactions(asOf time.Time) *source {
	s := &source{name: "interactions", from: "interactions t", client: "t.client_id",
		keep: func(dst, scanned *facts) { dst.Service = scanned.Service }}
	v := func(f *facts) *clientmetrics.ServiceFacts { return &f.Service }
	starts := windowStarts(asOf)
	for i, start := range starts {
		s.count("t.occurred_at >= ?", func(f *facts) *int64 { return &v(f).Contacts[i] }, start)
	}
	year := starts[clientmetrics.W365]
	s.add("MAX(t.occurred_at)", func(f *facts) any { return timeInto(&v(f).LastContact) })
	s.latest("t.kind = 'COMPLAINT'", "t.occurred_at", func(f *facts) **time.Time { return &v(f).LastComplaint })
	s.count("t.kind = 'COMPLAINT'", func(f *facts) *int64 { return &v(f).ComplaintsAll })
	for cond, dest := range map[string]func(f *facts) *int64{
		"t.kind = 'COMPLAINT'":                 func(f *facts) *int64 { return &v(f).Complaints365 },
		"t.kind = 'MARKETING'":                 func(f *facts) *int64 { return &v(f).Marketing365 },
		"t.kind = 'CONSULTATION'":              func(f *facts) *int64 { return &v(f).Consultations365 },
		"t.kind = 'RISK_DISCLOSURE'":           func(f *facts) *int64 { return &v(f).Disclosures365 },
		"t.channel = 'PHONE'":                  func(f *facts) *int64 { return &v(f).Phone365 },
		"t.channel IN ('VISIT', 'BRANCH')":     func(f *facts) *int64 { return &v(f).Visit365 },
		"t.channel = 'WECHAT'":                 func(f *facts) *int64 { return &v(f).WeChat365 },
		"t.channel IN ('SMS', 'EMAIL', 'APP')": func(f *facts) *int64 { return &v(f).Digital365 },
	} {
		s.count("t.occurred_at >= ? AND "+cond, dest, year)
	}
	today := clientmetrics.Today(asOf)
	s.count("t.follow_up_on >= ?", func(f *facts) *int64 { return &v(f).OpenFollowUps }, today)
	s.count("t.follow_up_on >= ? AND t.follow_up_on < ?", func(f *facts) *int64 { return &v(f).OverdueFollowUps },
		today.AddDate(0, 0, -30), today)
	return s
}

func orders(asOf time.Time) *source {
	s := &source{name: "orders", from: "sales_orders t", client: "t.client_id",
		keep: func(dst, scanned *facts) { dst.Sales = scanned.Sales }}
	o := func(f *facts) *clientmetrics.SalesFacts { return &f.Sales }
	year := windowStarts(asOf)[clientmetrics.W365]
	s.count("t.created_at >= ?", func(f *facts) *int64 { return &o(f).Orders365 }, year)
	s.count("t.status = 'PAID'", func(f *facts) *int64 { return &o(f).PaidOrders })
	s.count("t.status = 'CANCELLED' AND t.created_at >= ?", func(f *facts) *int64 { return &o(f).Cancelled365 }, year)
	s.sum("t.status = 'PAID' AND t.paid_at >= ?", "t.amount", func(f *facts) *money.Decimal { return &o(f).Paid365 }, year)
	s.sum("t.status = 'PAID'", "t.amount", func(f *facts) *money.Decimal { return &o(f).PaidTotal })
	s.add("COUNT(DISTINCT CASE WHEN t.status = 'PAID' THEN t.product_id END)", func(f *facts) any { return &o(f).Products })
	s.latest("t.status = 'PAID'", "t.paid_at", func(f *facts) **time.Time { return &o(f).LastPurchase })
	return s
}

func pushes(asOf time.Time) *source {
	s := &source{name: "pushes", from: "pushes t", client: "t.client_id",
		keep: func(dst, scanned *facts) { dst.Pushes = scanned.Pushes }}
	p := func(f *facts) *clientmetrics.PushFacts { return &f.Pushes }
	starts := windowStarts(asOf)
	quarter, year := starts[clientmetrics.W90], starts[clientmetrics.W365]
	s.count("t.created_at >= ?", func(f *facts) *int64 { return &p(f).Pushes90 }, quarter)
	s.count("t.created_at >= ? AND t.status IN ('READ', 'BOUGHT')", func(f *facts) *int64 { return &p(f).PushesRead90 }, quarter)
	s.count("t.created_at >= ?", func(f *facts) *int64 { return &p(f).Pushes365 }, year)
	s.count("t.created_at >= ? AND t.status = 'BOUGHT'", func(f *facts) *int64 { return &p(f).PushesBought365 }, year)
	s.add("MAX(t.created_at)", func(f *facts) any { return timeInto(&p(f).LastPush) })
	return s
}

// logins reads the client's own logins: the sessions of the user that is
// the client.
func logins(asOf time.Time) *source {
	s := &source{name: "logins", from: "sessions t JOIN users u ON u.id = t.user_id", client: "u.client_id",
		keep: func(dst, scanned *facts) { dst.Logins = scanned.Logins }}
	l := func(f *facts) *clientmetrics.LoginFacts { return &f.Logins }
	starts := windowStarts(asOf)
	s.add("MAX(t.created_at)", func(f *facts) any { return timeInto(&l(f).Last) })
	s.count("t.created_at >= ?", func(f *facts) *int64 { return &l(f).Count30 }, starts[clientmetrics.W30])
	s.count("t.created_at >= ?", func(f *facts) *int64 { return &l(f).Count90 }, starts[clientmetrics.W90])
	return s
}
