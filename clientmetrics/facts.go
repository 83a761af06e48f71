package clientmetrics

import (
	"time"

	"github.com/brokercrm/crm/money"
)

// Window is one of the look-back periods counted back from the day of the
// refresh: the last 30, 90, 180 or 365 days.
type Window int

// The windows, in the order of the arrays of Facts.
const (
	W30 Window = iota
	W90
	W180
	W365
	windowCount
)

// Windows are all windows.
var Windows = [windowCount]Window{W30, W90, W180, W365}

// Days is the window's length.
func (w Window) Days() int { return [...]int{30, 90, 180, 365}[w] }

// Start is the first instant of the window ending at asOf.
func (w Window) Start(asOf time.Time) time.Time { return asOf.AddDate(0, 0, -w.Days()) }

// PerWindow holds one figure for each window.
type PerWindow[T any] [windowCount]T

// Facts is everything the catalogue computes from for one client: the
// client's row and aggregates of each table about them, as of AsOf.
// The refresh fills one per client; a zero part means the client has no
// rows there.
type Facts struct {
	ClientID int
	AsOf     time.Time // when the refresh ran
	// BenchmarkReturn is the CSI 300's return over the year to AsOf, in
	// percent; nil when it is not known.
	BenchmarkReturn *money.Decimal

	Profile  Profile
	Accounts AccountFacts
	Holdings HoldingFacts
	Trades   TradeFacts
	Flows    FlowFacts
	Assets   AssetFacts
	Service  ServiceFacts
	Sales    SalesFacts
	Pushes   PushFacts
	Logins   LoginFacts

	// RealisedPnL365 is the gain on the last year's sells, each against
	// the average price its instrument was bought at.
	RealisedPnL365 money.Decimal
}

// Profile is the client's own row.
type Profile struct {
	Kind, Gender, Status, Channel, InvestorClass string
	Qualified, RiskLowest                        bool
	RiskCategory                                 string // C1…C5; "" when never assessed
	BirthDate, OpenedOn, IDExpiresOn             *time.Time
	RiskAssessedAt, RiskExpiresAt                *time.Time
	Tags                                         int64
	Assessments                                  int64
	StatusChangedAt                              *time.Time
}

// AccountFacts aggregates the client's accounts.
type AccountFacts struct {
	Count, Securities, Credit, Fund, OTC, Futures, Options, Dormant, HK int64
	Cash, MarginDebt, CreditCash                                        money.Decimal
	FirstOpened                                                         *time.Time
}

// HoldingFacts aggregates today's positions, by what they are invested
// in. Instruments are exchange-traded; products are the firm's library.
type HoldingFacts struct {
	Positions, Products, LossPositions, Industries int64
	Value, Cost, Largest                           money.Decimal
	Stock, Bond, ExchangeFund, OtherInstrument     money.Decimal // instruments by type
	PublicFund, MoneyMarket, Wealth, BondProduct   money.Decimal // products by type
	OtherProduct                                   money.Decimal
	SH, SZ, BJ, HK                                 money.Decimal // instruments by market
	InCredit                                       money.Decimal // held in credit accounts
	HighRisk                                       money.Decimal // products of risk level R4 or R5
	ProductFeesPerYear                             money.Decimal // management fees the products earn in a year at today's value
	MaxProductRisk                                 string        // R1…R5; "" without products
}

// TradeFacts aggregates the client's trades.
type TradeFacts struct {
	Count                                PerWindow[int64]
	Amount, Buy, Sell, Commission, Fees  PerWindow[money.Decimal]
	CommissionYTD, FeesYTD               money.Decimal
	Last, First                          *time.Time
	Instruments90                        int64         // distinct instruments traded in 90 days
	Stock180, Fund180, Bond180, Other180 money.Decimal // amount by instrument type, 180 days
	SH180, SZ180, BJ180, HK180           money.Decimal // amount by market, 180 days
	App180, PC180, Phone180, Branch180   int64         // trades by channel, 180 days
	API180                               int64         //
	RealisedPnL365                       money.Decimal // sells of 365 days against the average buying price
}

// FlowFacts aggregates the client's cash movements. In and Out are
// transfers in and out (bank transfers and deposits, withdrawals), Out as
// a positive amount.
type FlowFacts struct {
	In, Out, MarginInterest   PerWindow[money.Decimal]
	InCount, OutCount         PerWindow[int64]
	MarginInterestYTD         money.Decimal
	BankTransfers365          int64 // of the transfers in 365 days, those through the bank (银证转账)
	Dividends365, Interest365 money.Decimal
	LastIn, LastOut           *time.Time
}

// AssetFacts aggregates the daily (or month-end) asset snapshots.
type AssetFacts struct {
	Sum     PerWindow[money.Decimal] // of total assets over the window's snapshots
	Count   PerWindow[int64]
	Max365  *money.Decimal
	Min365  *money.Decimal
	YearAgo *money.Decimal // average of the snapshots in the month before a year ago
}

// ServiceFacts aggregates interactions (service and contact records).
type ServiceFacts struct {
	Contacts                                       PerWindow[int64]
	LastContact, LastComplaint                     *time.Time
	Complaints365, ComplaintsAll                   int64
	Marketing365, Consultations365, Disclosures365 int64
	Phone365, Visit365, WeChat365, Digital365      int64 // by channel; Digital: SMS, e-mail, app
	OpenFollowUps, OverdueFollowUps                int64
}

// SalesFacts aggregates product orders.
type SalesFacts struct {
	Orders365, PaidOrders, Cancelled365 int64
	Paid365, PaidTotal                  money.Decimal
	Products                            int64 // distinct products bought
	LastPurchase                        *time.Time
}

// LoginFacts aggregates the client's own logins (to the client portal
// and apps that authenticate through the CRM).
type LoginFacts struct {
	Last             *time.Time
	Count30, Count90 int64
}

// PushFacts aggregates the products pushed to the client.
type PushFacts struct {
	Pushes90, PushesRead90     int64
	Pushes365, PushesBought365 int64
	LastPush                   *time.Time
}
