package seed

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/brokercrm/crm/money"
)

// account is one generated account of a client.
type account struct {
	id     int
	market string
	row    []any // its row in the accounts table, to fill in the cash balance
}

// maxAccounts is the most accounts a demo client has.
const maxAccounts = 4

// cashBalanceColumn is the index of cash_balance in the accounts table.
const cashBalanceColumn = 8

func (w *world) accounts(r *rand.Rand, c *client, t *chunkTables) {
	accountStatus := "NORMAL"
	switch c.status {
	case "CLOSED":
		accountStatus = "CLOSED"
	case "FROZEN", "REPORTED_LOST":
		accountStatus = c.status
	}
	var closed *time.Time
	if accountStatus == "CLOSED" {
		closed = &w.opts.Today
	}
	opened := 0
	add := func(kind, market string) account {
		opened++
		id := w.ids["accounts"].take()
		w.accountCount++
		t.accounts.add(id, fmt.Sprintf("%d%09d", 6+w.accountCount%3, w.accountCount), kind, market, "CNY",
			accountStatus, c.opened, closed, money.Decimal(0), c.id, money.Decimal(0))
		return account{id: id, market: market, row: t.accounts.rows[len(t.accounts.rows)-1]}
	}
	// Everyone has a securities account; the rest depends on wealth and luck.
	securities := add("SECURITIES", []string{"SH", "SZ"}[r.IntN(2)])
	invested := w.stockHoldings(r, c, securities, t)
	cash := c.wealth.Sub(invested)
	if r.IntN(100) < 30 && len(w.funds) > 0 {
		fund := add("FUND", "TA")
		cash = cash.Sub(w.fundHoldings(r, c, fund, cash, t))
	}
	var credit *account
	if c.wealth > money.FromInt(500_000) && r.IntN(100) < 25 {
		a := add("CREDIT", securities.market)
		credit = &a
	}
	if r.IntN(100) < 4 {
		add("OTC", "OTC")
	}
	// Wealthy clients sometimes trade derivatives, within four accounts.
	if c.wealth > money.FromInt(500_000) && r.IntN(100) < 6 && opened < maxAccounts {
		if r.IntN(3) == 0 {
			add("FUTURES", "CFFEX")
		} else {
			add("OPTIONS", "SH")
		}
	}
	if cash.Sign() < 0 {
		cash = 0
	}
	securities.row[cashBalanceColumn] = cash
	w.trades(r, c, securities, t)
	w.flows(r, c, securities, cash, t)
	if credit != nil {
		w.margin(r, c, *credit, t)
	}
	w.snapshots(r, c, cash, t)
}

// marginDebtColumn is the index of margin_debt in the accounts table.
const marginDebtColumn = 10

// margin gives a credit account a debt of 10–40% of the client's wealth,
// collateral (held as cash) of 130–250% of it, and a year of monthly
// interest at 6% a year.
func (w *world) margin(r *rand.Rand, c *client, a account, t *chunkTables) {
	debt := money.FromCents(c.wealth.MulFrac(int64(10+r.IntN(31)), 100).Units() / 100)
	a.row[marginDebtColumn] = debt
	a.row[cashBalanceColumn] = debt.MulFrac(int64(130+r.IntN(121)), 100)
	interest := money.FromCents(debt.MulFrac(5, 1000).Units() / 100) // 0.5% a month
	for m := range 12 {
		at := time.Date(w.opts.Today.Year(), w.opts.Today.Month(), 1, 2, 0, 0, 0, time.UTC).AddDate(0, -m, 0)
		w.addFlow(t, "MARGIN_INTEREST", interest.Neg(), at, a.id, c.id)
	}
}

// snapshots records the client's assets at the end of each of the last
// thirteen months: a random walk back from today's wealth, so the chart
// and "assets a year ago" have a history to show.
func (w *world) snapshots(r *rand.Rand, c *client, cash money.Decimal, t *chunkTables) {
	total := c.wealth
	cashShare := int64(0)
	if total.Sign() > 0 {
		share, _ := cash.Div(total)
		cashShare = min(max(share.Units(), 0), 10_000)
	}
	monthEnd := time.Date(w.opts.Today.Year(), w.opts.Today.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	for range 13 {
		total = money.FromCents(total.MulFrac(int64(9_200+r.IntN(1_700)), 10_000).Units() / 100) // -8% … +9% a month
		snapCash := money.FromCents(total.MulFrac(cashShare, 10_000).Units() / 100)
		t.snapshots.add(w.ids["asset_snapshots"].take(), monthEnd, total, snapCash, total.Sub(snapCash), c.id)
		monthEnd = time.Date(monthEnd.Year(), monthEnd.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
	}
}

// stockHoldings gives a securities account 0–8 positions worth part of
// the client's wealth and returns their market value.
func (w *world) stockHoldings(r *rand.Rand, c *client, a account, t *chunkTables) money.Decimal {
	if c.status == "CLOSED" || r.IntN(100) < 20 {
		return 0
	}
	budget := c.wealth.MulFrac(int64(20+r.IntN(76)), 100) // 20–95% invested
	positions := 1 + r.IntN(8)
	share, _ := budget.Div(money.FromInt(int64(positions)))
	var total money.Decimal
	held := map[int]bool{} // an account holds an instrument once
	for range positions {
		s := w.stocks[pickSkewed(r, len(w.stocks))]
		if held[s.id] {
			continue
		}
		held[s.id] = true
		lot := s.price.MulInt(100)
		lots, _ := share.Div(lot)
		quantity := max(lots.Units()/10_000, 1) * 100
		value := s.price.MulInt(quantity)
		cost := value.Mul(money.FromUnits(7000 + r.Int64N(6000))) // bought 30% lower to 30% higher
		t.holdings.add(w.ids["holdings"].take(), money.FromInt(quantity), cost, value, w.opts.Today,
			a.id, c.id, s.id, nil)
		total = total.Add(value)
	}
	return total
}

// fundHoldings puts part of the client's cash into 1–3 published funds.
func (w *world) fundHoldings(r *rand.Rand, c *client, a account, cash money.Decimal, t *chunkTables) money.Decimal {
	if cash.Sign() <= 0 {
		return 0
	}
	var total money.Decimal
	held := map[int]bool{}
	for range 1 + r.IntN(3) {
		p := w.funds[pickSkewed(r, len(w.funds))]
		if held[p.id] {
			continue
		}
		held[p.id] = true
		amount := cash.Mul(money.FromUnits(int64(500 + r.IntN(2500)))) // 5–30% of the cash
		shares, _ := amount.Div(p.nav)
		shares = money.FromCents(shares.Units() / 100) // fund shares to 0.01
		value := shares.Mul(p.nav)
		cost := value.Mul(money.FromUnits(8500 + r.Int64N(3000)))
		t.holdings.add(w.ids["holdings"].take(), shares, cost, value, w.opts.Today, a.id, c.id, nil, p.id)
		total = total.Add(value)
	}
	return total
}

// tradeCount draws how many trades a client made in two years: many
// dormant accounts, a long tail of very active traders.
func tradeCount(r *rand.Rand, status string) int {
	if status == "CLOSED" {
		return r.IntN(3)
	}
	switch n := r.IntN(100); {
	case n < 40:
		return r.IntN(3)
	case n < 80:
		return 2 + r.IntN(14)
	case n < 97:
		return 15 + r.IntN(46)
	default:
		return 60 + r.IntN(190)
	}
}

var (
	minimumFee = money.FromInt(5) // commission is at least 5 yuan
	tradeChans = []string{"APP", "APP", "APP", "APP", "PC", "PC", "PHONE", "BRANCH", "API"}
)

func (w *world) trades(r *rand.Rand, c *client, a account, t *chunkTables) {
	n := tradeCount(r, c.status)
	twoYears := int64(730 * 24 * time.Hour / time.Second)
	for range n {
		s := w.stocks[pickSkewed(r, len(w.stocks))]
		side := "BUY"
		if r.IntN(2) == 0 {
			side = "SELL"
		}
		price := s.price.Mul(money.FromUnits(8000 + r.Int64N(4000))) // ±20% of today's price
		price = money.FromCents(price.Units() / 100)
		quantity := int64(1+pickSkewed(r, 50)) * 100
		amount := price.MulInt(quantity)
		commission := max(amount.MulFrac(c.feePer100k, 100_000), minimumFee)
		fees := amount.MulFrac(1, 100_000) // transfer fee (过户费) 0.001%, both sides
		if side == "SELL" {
			fees = fees.Add(amount.MulFrac(5, 10_000)) // stamp duty 0.05% on sells
		}
		at := tradingTime(w.opts.Today.Add(-time.Duration(r.Int64N(twoYears))*time.Second), r)
		w.addTrade(t, side, money.FromInt(quantity), price, amount, commission, fees,
			at, tradeChans[r.IntN(len(tradeChans))], a.id, c.id, s.id)
	}
}

// tradingTime moves t onto a weekday between 09:30 and 15:00 Beijing time.
func tradingTime(t time.Time, r *rand.Rand) time.Time {
	d := day(t)
	for d.Weekday() == time.Saturday || d.Weekday() == time.Sunday {
		d = d.AddDate(0, 0, -1)
	}
	// 01:30–07:00 UTC is 09:30–15:00 in China (UTC+8, no daylight saving).
	return d.Add(90*time.Minute + time.Duration(r.IntN(330*60))*time.Second)
}

func (w *world) flows(r *rand.Rand, c *client, a account, cash money.Decimal, t *chunkTables) {
	twoYears := int64(730 * 24 * time.Hour / time.Second)
	at := func() time.Time {
		return tradingTime(w.opts.Today.Add(-time.Duration(r.Int64N(twoYears))*time.Second), r)
	}
	unit := c.wealth.Mul(money.FromUnits(int64(200 + r.IntN(1500)))) // 2–17% of wealth per transfer
	unit = money.FromCents(max(unit.Units()/100, 10_000))            // at least 100 yuan, to the fen
	for range r.IntN(8) {
		kind := []string{"BANK_TRANSFER_IN", "BANK_TRANSFER_IN", "BANK_TRANSFER_OUT", "DEPOSIT", "WITHDRAWAL"}[r.IntN(5)]
		amount := unit
		if kind == "BANK_TRANSFER_OUT" || kind == "WITHDRAWAL" {
			amount = amount.Neg()
		}
		w.addFlow(t, kind, amount, at(), a.id, c.id)
	}
	if cash > money.FromInt(1000) { // quarterly interest on idle cash (0.35% a year)
		interest := cash.MulFrac(875, 1_000_000)
		for q := range 8 {
			d := w.opts.Today.AddDate(0, -3*q-1, -w.opts.Today.Day()+21).Add(2 * time.Hour)
			w.addFlow(t, "INTEREST", interest, d, a.id, c.id)
		}
	}
	if r.IntN(5) == 0 {
		w.addFlow(t, "DIVIDEND", money.FromCents(int64(100+r.IntN(500_000))), at(), a.id, c.id)
	}
}

// addTrade adds a trade with a new id; its trade number, the core
// system's key, is made from the id.
func (w *world) addTrade(t *chunkTables, row ...any) {
	id := w.ids["trades"].take()
	t.trades.add(append([]any{id, fmt.Sprintf("T%d", id)}, row...)...)
}

// addFlow adds a cash flow with a new id and a serial number made from it.
func (w *world) addFlow(t *chunkTables, row ...any) {
	id := w.ids["cash_flows"].take()
	t.flows.add(append([]any{id, fmt.Sprintf("F%d", id)}, row...)...)
}
