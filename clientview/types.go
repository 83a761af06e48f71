package clientview

import (
	"io"
	"time"

	"github.com/brokercrm/crm/enum"
	"github.com/brokercrm/crm/money"
)

// Summary is a client's figures today.
type Summary struct {
	TotalAssets       money.Decimal
	Cash              money.Decimal
	MarketValue       money.Decimal
	MarginDebt        money.Decimal
	UnrealisedPnl     money.Decimal
	NetInflow30d      money.Decimal
	NetInflow90d      money.Decimal
	NetInflow365d     money.Decimal
	LastTradeAt       *time.Time
	LastContactAt     *time.Time
	Assets12MonthsAgo *money.Decimal
}

// AssetClass is the broad class of a holding.
type AssetClass string

// The asset classes.
const (
	Equity         AssetClass = "EQUITY"
	FixedIncome    AssetClass = "FIXED_INCOME"
	Fund           AssetClass = "FUND"
	CashManagement AssetClass = "CASH_MANAGEMENT"
	Derivative     AssetClass = "DERIVATIVE"
	WealthProduct  AssetClass = "WEALTH_PRODUCT"
	Other          AssetClass = "OTHER"
)

// Values lists the asset classes.
func (AssetClass) Values() []string {
	return []string{string(Equity), string(FixedIncome), string(Fund), string(CashManagement),
		string(Derivative), string(WealthProduct), string(Other)}
}

// MarshalGQL writes the class as a GraphQL enum value.
func (c AssetClass) MarshalGQL(w io.Writer) { enum.Write(w, string(c)) }

// UnmarshalGQL reads a class.
func (c *AssetClass) UnmarshalGQL(v any) (err error) { *c, err = enum.Parse[AssetClass](v); return err }

// AssetClassGroup is the holdings of one asset class.
type AssetClassGroup struct {
	AssetClass    AssetClass
	MarketValue   money.Decimal
	Cost          money.Decimal
	UnrealisedPnl money.Decimal
	Weight        money.Decimal // percent of the client's market value
	Holdings      int
}

// ContributionFigures is the revenue from a client over one period.
type ContributionFigures struct {
	Commission     money.Decimal
	Fees           money.Decimal
	ProductFees    money.Decimal
	MarginInterest money.Decimal
	Total          money.Decimal
}

// Contribution is the revenue over the periods the page shows.
type Contribution struct {
	ThisMonth    ContributionFigures
	YearToDate   ContributionFigures
	Last12Months ContributionFigures
}

// CreditSummary is the client's margin accounts taken together.
type CreditSummary struct {
	MarginDebt       money.Decimal
	Collateral       money.Decimal
	MaintenanceRatio *money.Decimal // percent; nil without debt
}

// Kind is the kind of a timeline item.
type Kind string

// The timeline kinds.
const (
	KindTrade         Kind = "TRADE"
	KindCashFlow      Kind = "CASH_FLOW"
	KindInteraction   Kind = "INTERACTION"
	KindOrder         Kind = "ORDER"
	KindStatusChange  Kind = "STATUS_CHANGE"
	KindPush          Kind = "PUSH"
	KindAssessment    Kind = "ASSESSMENT"
	KindAdvisorChange Kind = "ADVISOR_CHANGE"
)

// Values lists the kinds.
func (Kind) Values() []string {
	return []string{string(KindTrade), string(KindCashFlow), string(KindInteraction), string(KindOrder),
		string(KindStatusChange), string(KindPush), string(KindAssessment), string(KindAdvisorChange)}
}

// MarshalGQL writes the kind as a GraphQL enum value.
func (k Kind) MarshalGQL(w io.Writer) { enum.Write(w, string(k)) }

// UnmarshalGQL reads a kind.
func (k *Kind) UnmarshalGQL(v any) (err error) { *k, err = enum.Parse[Kind](v); return err }

// Item is one event of a client's timeline.
type Item struct {
	Kind   Kind
	At     time.Time
	Title  string
	Amount *money.Decimal
	id     int   // the record's (global) id, which orders items of the same instant
	page   *Page // whose loader fetches the records behind the items
}
