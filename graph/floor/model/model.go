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
	"time"
)

// Recorded is a value of the Decimal, Date and Cursor scalars: written as
// the string the real API wrote, which costs no more than formatting it.
type Recorded string

// MarshalGQL writes r between quotes as it is: decimals, dates and base64
// cursors have nothing to escape.
func (r Recorded) MarshalGQL(w io.Writer) {
	io.WriteString(w, `"`)
	io.WriteString(w, string(r))
	io.WriteString(w, `"`)
}

func (r *Recorded) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("%v is not a string", v)
	}
	*r = Recorded(s)
	return nil
}

type Node interface {
	IsNode()
}

type Customer struct {
	ID            string    `json:"id"`
	ClientNo      string    `json:"clientNo"`
	Name          string    `json:"name"`
	Kind          string    `json:"kind"`
	Status        string    `json:"status"`
	InvestorClass string    `json:"investorClass"`
	OpenedOn      *Recorded `json:"openedOn"`

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
	TotalAssets       Recorded   `json:"totalAssets"`
	Cash              Recorded   `json:"cash"`
	MarketValue       Recorded   `json:"marketValue"`
	MarginDebt        Recorded   `json:"marginDebt"`
	UnrealisedPnl     Recorded   `json:"unrealisedPnl"`
	NetInflow30d      Recorded   `json:"netInflow30d"`
	NetInflow90d      Recorded   `json:"netInflow90d"`
	NetInflow365d     Recorded   `json:"netInflow365d"`
	LastTradeAt       *time.Time `json:"lastTradeAt"`
	LastContactAt     *time.Time `json:"lastContactAt"`
	Assets12MonthsAgo *Recorded  `json:"assets12MonthsAgo"`
}

type AssetClassGroup struct {
	AssetClass  string   `json:"assetClass"`
	MarketValue Recorded `json:"marketValue"`
	Weight      Recorded `json:"weight"`
	Holdings    int      `json:"holdings"`
}

type CreditSummary struct {
	MarginDebt       Recorded  `json:"marginDebt"`
	Collateral       Recorded  `json:"collateral"`
	MaintenanceRatio *Recorded `json:"maintenanceRatio"`
}

type AccountConnection struct {
	Edges []*AccountEdge `json:"edges"`
}
type AccountEdge struct {
	Node *Account `json:"node"`
}
type Account struct {
	ID          string   `json:"id"`
	AccountNo   string   `json:"accountNo"`
	Type        string   `json:"type"`
	Market      string   `json:"market"`
	Status      string   `json:"status"`
	CashBalance Recorded `json:"cashBalance"`
	MarginDebt  Recorded `json:"marginDebt"`
}

type HoldingConnection struct {
	TotalCount int            `json:"totalCount"`
	Edges      []*HoldingEdge `json:"edges"`
}
type HoldingEdge struct {
	Node *Holding `json:"node"`
}
type Holding struct {
	ID          string   `json:"id"`
	Quantity    Recorded `json:"quantity"`
	Cost        Recorded `json:"cost"`
	MarketValue Recorded `json:"marketValue"`

	XUnrealisedPnl *Recorded   `json:"unrealisedPnl"`
	XWeight        *Recorded   `json:"weight"`
	XAssetClass    *string     `json:"assetClass"`
	XInstrument    *Instrument `json:"instrument"`
	XProduct       *Product    `json:"product"`
}

func (h *Holding) UnrealisedPnl(ctx context.Context) (*Recorded, error) { return h.XUnrealisedPnl, nil }
func (h *Holding) Weight(ctx context.Context) (*Recorded, error)        { return h.XWeight, nil }
func (h *Holding) AssetClass(ctx context.Context) (*string, error)      { return h.XAssetClass, nil }
func (h *Holding) Instrument(ctx context.Context) (*Instrument, error)  { return h.XInstrument, nil }
func (h *Holding) Product(ctx context.Context) (*Product, error)        { return h.XProduct, nil }

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
	Quantity   Recorded  `json:"quantity"`
	Price      Recorded  `json:"price"`
	Amount     Recorded  `json:"amount"`
	Commission Recorded  `json:"commission"`
	TradedAt   time.Time `json:"tradedAt"`

	XInstrument *Instrument `json:"instrument"`
}

func (t *Trade) Instrument(ctx context.Context) (*Instrument, error) { return t.XInstrument, nil }

type TimelineConnection struct {
	Edges    []*TimelineEdge `json:"edges"`
	PageInfo *PageInfo       `json:"pageInfo"`
}
type TimelineEdge struct {
	Cursor Recorded      `json:"cursor"`
	Node   *TimelineItem `json:"node"`
}
type TimelineItem struct {
	Kind   string    `json:"kind"`
	At     time.Time `json:"at"`
	Title  string    `json:"title"`
	Amount *Recorded `json:"amount"`
}

type PageInfo struct {
	HasNextPage bool      `json:"hasNextPage"`
	EndCursor   *Recorded `json:"endCursor"`
}
