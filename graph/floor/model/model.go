// Package model holds the floor replica's Go types. The fields the real
// schema resolves concurrently (bound to resolvers or to ent's methods that
// take a context) are methods taking a context here too, so gqlgen gives
// them a goroutine each as it does in the real server; the others are
// plain fields. The X fields hold what those methods return.
package model

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"time"
)

// ---- scalars ----

// Decimal is a decimal amount, serialised as a JSON string.
type Decimal string

func (d Decimal) MarshalGQL(w io.Writer) {
	io.WriteString(w, `"`)
	io.WriteString(w, string(d))
	io.WriteString(w, `"`)
}

func (d *Decimal) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("Decimal must be a string")
	}
	*d = Decimal(s)
	return nil
}

// Date is a calendar date (YYYY-MM-DD), serialised as a JSON string.
type Date string

func (d Date) MarshalGQL(w io.Writer) {
	io.WriteString(w, `"`)
	io.WriteString(w, string(d))
	io.WriteString(w, `"`)
}

func (d *Date) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("Date must be a string")
	}
	*d = Date(s)
	return nil
}

// Cursor is an opaque pagination cursor; the recorded string is output as is.
type Cursor string

func (c Cursor) MarshalGQL(w io.Writer) {
	io.WriteString(w, strconv.Quote(string(c)))
}

func (c *Cursor) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("Cursor must be a string")
	}
	*c = Cursor(s)
	return nil
}

// ---- enums (input only) ----

type OrderDirection string

const (
	OrderDirectionAsc  OrderDirection = "ASC"
	OrderDirectionDesc OrderDirection = "DESC"
)

func (e OrderDirection) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(e))) }
func (e *OrderDirection) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch OrderDirection(s) {
	case OrderDirectionAsc, OrderDirectionDesc:
		*e = OrderDirection(s)
		return nil
	}
	return fmt.Errorf("%v is not a valid OrderDirection", v)
}

type HoldingOrderField string

func (e HoldingOrderField) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(e))) }
func (e *HoldingOrderField) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch s {
	case "MARKET_VALUE", "WEIGHT":
		*e = HoldingOrderField(s)
		return nil
	}
	return fmt.Errorf("%v is not a valid HoldingOrderField", v)
}

type TradeOrderField string

func (e TradeOrderField) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(e))) }
func (e *TradeOrderField) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch s {
	case "TRADED_AT", "AMOUNT":
		*e = TradeOrderField(s)
		return nil
	}
	return fmt.Errorf("%v is not a valid TradeOrderField", v)
}

type HoldingOrder struct {
	Field     HoldingOrderField `json:"field"`
	Direction OrderDirection    `json:"direction"`
}

type TradeOrder struct {
	Field     TradeOrderField `json:"field"`
	Direction OrderDirection  `json:"direction"`
}

// ---- interface ----

type Node interface {
	IsNode()
}

// ---- Customer ----

type Customer struct {
	ID            string `json:"id"`
	ClientNo      string `json:"clientNo"`
	Name          string `json:"name"`
	Kind          string `json:"kind"`
	Status        string `json:"status"`
	InvestorClass string `json:"investorClass"`
	OpenedOn      *Date  `json:"openedOn"`

	// Data behind the concurrent (method-bound) fields.
	XIDNumber              *string             `json:"idNumber"`
	XPhone                 *string             `json:"phone"`
	XEmail                 *string             `json:"email"`
	XPiiVisible            bool                `json:"piiVisible"`
	XAdvisor               *User               `json:"advisor"`
	XBranch                *Branch             `json:"branch"`
	XTags                  *TagConnection      `json:"tags"`
	XCurrentRiskAssessment *RiskAssessment     `json:"currentRiskAssessment"`
	XSummary               *ClientSummary      `json:"summary"`
	XAssetAllocation       []*AssetClassGroup  `json:"assetAllocation"`
	XCreditSummary         *CreditSummary      `json:"creditSummary"`
	XAccounts              *AccountConnection  `json:"accounts"`
	XHoldings              *HoldingConnection  `json:"holdings"`
	XTrades                *TradeConnection    `json:"trades"`
	XTimeline              *TimelineConnection `json:"timeline"`
}

func (*Customer) IsNode() {}

func (c *Customer) IDNumber(ctx context.Context) (*string, error) { return c.XIDNumber, nil }
func (c *Customer) Phone(ctx context.Context) (*string, error)    { return c.XPhone, nil }
func (c *Customer) Email(ctx context.Context) (*string, error)    { return c.XEmail, nil }
func (c *Customer) PiiVisible(ctx context.Context) (bool, error)  { return c.XPiiVisible, nil }
func (c *Customer) Advisor(ctx context.Context) (*User, error)    { return c.XAdvisor, nil }
func (c *Customer) Branch(ctx context.Context) (*Branch, error)   { return c.XBranch, nil }
func (c *Customer) Tags(ctx context.Context, first *int) (*TagConnection, error) {
	return c.XTags, nil
}
func (c *Customer) CurrentRiskAssessment(ctx context.Context) (*RiskAssessment, error) {
	return c.XCurrentRiskAssessment, nil
}
func (c *Customer) Summary(ctx context.Context) (*ClientSummary, error) { return c.XSummary, nil }
func (c *Customer) AssetAllocation(ctx context.Context) ([]*AssetClassGroup, error) {
	return c.XAssetAllocation, nil
}
func (c *Customer) CreditSummary(ctx context.Context) (*CreditSummary, error) {
	return c.XCreditSummary, nil
}
func (c *Customer) Accounts(ctx context.Context, first *int) (*AccountConnection, error) {
	return c.XAccounts, nil
}
func (c *Customer) Holdings(ctx context.Context, first *int, orderBy *HoldingOrder) (*HoldingConnection, error) {
	return c.XHoldings, nil
}
func (c *Customer) Trades(ctx context.Context, first *int, orderBy *TradeOrder) (*TradeConnection, error) {
	return c.XTrades, nil
}
func (c *Customer) Timeline(ctx context.Context, first *int) (*TimelineConnection, error) {
	return c.XTimeline, nil
}

// ---- plain types ----

type User struct {
	ID          string `json:"id"`
	DisplayName string `json:"displayName"`
}

type Branch struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type TagConnection struct {
	Edges []*TagEdge `json:"edges"`
}
type TagEdge struct {
	Node *Tag `json:"node"`
}
type Tag struct {
	ID    string  `json:"id"`
	Name  string  `json:"name"`
	Color *string `json:"color"`
}

type RiskAssessment struct {
	Level          string     `json:"level"`
	LowestCategory bool       `json:"lowestCategory"`
	ExpiresAt      *time.Time `json:"expiresAt"`
	Horizon        *string    `json:"horizon"`
}

type ClientSummary struct {
	TotalAssets       Decimal    `json:"totalAssets"`
	Cash              Decimal    `json:"cash"`
	MarketValue       Decimal    `json:"marketValue"`
	MarginDebt        Decimal    `json:"marginDebt"`
	UnrealisedPnl     Decimal    `json:"unrealisedPnl"`
	NetInflow30d      Decimal    `json:"netInflow30d"`
	NetInflow90d      Decimal    `json:"netInflow90d"`
	NetInflow365d     Decimal    `json:"netInflow365d"`
	LastTradeAt       *time.Time `json:"lastTradeAt"`
	LastContactAt     *time.Time `json:"lastContactAt"`
	Assets12MonthsAgo *Decimal   `json:"assets12MonthsAgo"`
}

type AssetClassGroup struct {
	AssetClass  string  `json:"assetClass"`
	MarketValue Decimal `json:"marketValue"`
	Weight      Decimal `json:"weight"`
	Holdings    int     `json:"holdings"`
}

type CreditSummary struct {
	MarginDebt       Decimal  `json:"marginDebt"`
	Collateral       Decimal  `json:"collateral"`
	MaintenanceRatio *Decimal `json:"maintenanceRatio"`
}

type AccountConnection struct {
	Edges []*AccountEdge `json:"edges"`
}
type AccountEdge struct {
	Node *Account `json:"node"`
}
type Account struct {
	ID          string  `json:"id"`
	AccountNo   string  `json:"accountNo"`
	Type        string  `json:"type"`
	Market      string  `json:"market"`
	Status      string  `json:"status"`
	CashBalance Decimal `json:"cashBalance"`
	MarginDebt  Decimal `json:"marginDebt"`
}

type HoldingConnection struct {
	TotalCount int            `json:"totalCount"`
	Edges      []*HoldingEdge `json:"edges"`
}
type HoldingEdge struct {
	Node *Holding `json:"node"`
}
type Holding struct {
	ID          string  `json:"id"`
	Quantity    Decimal `json:"quantity"`
	Cost        Decimal `json:"cost"`
	MarketValue Decimal `json:"marketValue"`

	XUnrealisedPnl *Decimal    `json:"unrealisedPnl"`
	XWeight        *Decimal    `json:"weight"`
	XAssetClass    *string     `json:"assetClass"`
	XInstrument    *Instrument `json:"instrument"`
	XProduct       *Product    `json:"product"`
}

func (h *Holding) UnrealisedPnl(ctx context.Context) (*Decimal, error) { return h.XUnrealisedPnl, nil }
func (h *Holding) Weight(ctx context.Context) (*Decimal, error)        { return h.XWeight, nil }
func (h *Holding) AssetClass(ctx context.Context) (*string, error)     { return h.XAssetClass, nil }
func (h *Holding) Instrument(ctx context.Context) (*Instrument, error) { return h.XInstrument, nil }
func (h *Holding) Product(ctx context.Context) (*Product, error)       { return h.XProduct, nil }

type Instrument struct {
	Code string `json:"code"`
	Name string `json:"name"`
}
type Product struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

type TradeConnection struct {
	Edges []*TradeEdge `json:"edges"`
}
type TradeEdge struct {
	Node *Trade `json:"node"`
}
type Trade struct {
	ID         string    `json:"id"`
	Side       string    `json:"side"`
	Quantity   Decimal   `json:"quantity"`
	Price      Decimal   `json:"price"`
	Amount     Decimal   `json:"amount"`
	Commission Decimal   `json:"commission"`
	TradedAt   time.Time `json:"tradedAt"`

	XInstrument *Instrument `json:"instrument"`
}

func (t *Trade) Instrument(ctx context.Context) (*Instrument, error) { return t.XInstrument, nil }

type TimelineConnection struct {
	Edges    []*TimelineEdge `json:"edges"`
	PageInfo *PageInfo       `json:"pageInfo"`
}
type TimelineEdge struct {
	Cursor Cursor        `json:"cursor"`
	Node   *TimelineItem `json:"node"`
}
type TimelineItem struct {
	Kind   string    `json:"kind"`
	At     time.Time `json:"at"`
	Title  string    `json:"title"`
	Amount *Decimal  `json:"amount"`
}

type PageInfo struct {
	HasNextPage bool    `json:"hasNextPage"`
	EndCursor   *Cursor `json:"endCursor"`
}
