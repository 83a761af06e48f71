package clientmetrics

import (
	"fmt"
	"time"

	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/segment"
)

// The groups of the catalogue, as the Dimension entity names them.
const (
	Basic         = "BASIC"
	Behaviour     = "BEHAVIOUR"
	Holdings      = "HOLDINGS"
	Profitability = "PROFITABILITY"
	FundBehaviour = "FUND_BEHAVIOUR"
	Contribution  = "CONTRIBUTION"
	Risk          = "RISK"
	Service       = "SERVICE"
	Margin        = "MARGIN"
	Marketing     = "MARKETING"
)

// Metric is one computed dimension.
type Metric struct {
	segment.Dimension
	Description string // what it means and how it is computed, in Chinese
	// Sparse metrics always have a value, and most clients' is zero (no
	// trades, no complaints): the store keeps a zero as NULL, which takes
	// no space, and readers take NULL for zero (see Zero). Scans of the
	// store are the cost of a segment count, so its size matters.
	Sparse  bool
	compute func(f *Facts) any
	hot     bool // kept in the hot table (see Hot)
}

// Zero is what a NULL of a sparse metric stands for: 0, or false.
func (m *Metric) Zero() any {
	if m.Type == segment.TypeBoolean {
		return false
	}
	return int64(0)
}

// A metric's value is one of: nil (no value), money.Decimal (MONEY and
// NUMBER), int64 (INTEGER), string (ENUM), bool (BOOLEAN) or time.Time
// (DATE, a calendar day at midnight UTC).

// Compute returns the metric's value for the client f describes.
func (m *Metric) Compute(f *Facts) any { return m.compute(f) }

// Catalogue returns every computed dimension, in a stable order: grouped
// as PRODUCT.md §3 lists the groups. Callers must not modify it.
func Catalogue() []*Metric { return catalogue }

// The store keeps the dimensions in two tables: Hot ones, those segments
// and the classification schemes name most, in a narrow table a count
// scans quickly; the rest beside it, joined only by the rules that name
// them. A scan costs the size of the rows it reads, and PostgreSQL
// decodes each row up to the last column a query names.

// Hot is the hot dimensions, in the order of their table's columns.
func Hot() []*Metric { return hotMetrics }

// Cold is the other dimensions, in catalogue order.
func Cold() []*Metric { return coldMetrics }

// IsHot reports whether m is kept in the hot table.
func (m *Metric) IsHot() bool { return m.hot }

var hotMetrics, coldMetrics = func() ([]*Metric, []*Metric) {
	var hotOnes, cold []*Metric
	for _, key := range hot {
		m, ok := byKey[key]
		if !ok {
			panic("clientmetrics: hot dimension " + key + " is not in the catalogue")
		}
		m.hot = true
		hotOnes = append(hotOnes, m)
	}
	for _, m := range catalogue {
		if !m.hot {
			cold = append(cold, m)
		}
	}
	return hotOnes, cold
}()

// hot are the dimensions segments name most — assets, activity, flows,
// revenue, service, margin — and those the standard schemes' classes
// are defined by.
var hot = []string{"total_assets", "age", "tenure_months", "trades_30d", "trades_90d", "trades_365d",
	"trade_amount_90d", "last_trade_on", "days_since_last_trade", "net_inflow_30d", "net_inflow_90d", "net_inflow_365d",
	"position_ratio", "avg_assets_90d", "turnover_180d", "trading_style", "preferred_asset_class", "revenue_365d",
	"commission_365d", "market_value", "cash", "stock_weight", "fund_weight", "holds_products", "product_value",
	"last_contact_on", "days_since_last_contact", "contacts_90d", "contacts_365d", "complaints_365d", "margin_debt",
	"margin_active", "margin_usage", "maintenance_ratio", "has_credit_account", "risk_expires_in_days",
	"unrealised_pnl", "return_365d", "asset_growth_365d", "outflow_ratio_90d", "online_trade_share_180d",
	"last_purchase_on", "products_bought"}

// Lookup returns the metric with key.
func Lookup(key string) (*Metric, bool) {
	m, ok := byKey[key]
	return m, ok
}

var catalogue, byKey = build(basic, holdings, behaviour, fundBehaviour, profitability, contribution, risk, service,
	margin, marketing)

// build joins the groups' lists and checks what a typo would break: keys
// are unique, types known, enums listed.
func build(groups ...[]*Metric) ([]*Metric, map[string]*Metric) {
	var all []*Metric
	index := map[string]*Metric{}
	for _, g := range groups {
		for _, m := range g {
			if _, dup := index[m.Key]; dup {
				panic(fmt.Sprintf("clientmetrics: dimension %q defined twice", m.Key))
			}
			if (m.Type == segment.TypeEnum) != (len(m.Enum) > 0) {
				panic(fmt.Sprintf("clientmetrics: dimension %q: only ENUM dimensions list values", m.Key))
			}
			index[m.Key] = m
			all = append(all, m)
		}
	}
	return all, index
}

// def starts a metric definition; the typed helpers below finish it.
func def(group, key, zh, en string, typ segment.Type, unit, desc string, compute func(f *Facts) any) *Metric {
	return &Metric{
		Dimension:   segment.Dimension{Key: key, NameZH: zh, NameEN: en, Group: group, Type: typ, Unit: unit},
		Description: desc,
		compute:     compute,
	}
}

func moneyMetric(group, key, zh, en, desc string, f func(*Facts) money.Decimal) *Metric {
	return sparse(def(group, key, zh, en, segment.TypeMoney, "CNY", desc, func(x *Facts) any { return f(x) }))
}

func sparse(m *Metric) *Metric {
	m.Sparse = true
	return m
}

// optionalMoney is a MONEY metric that may have no value.
func optionalMoney(group, key, zh, en, desc string, f func(*Facts) (money.Decimal, bool)) *Metric {
	return def(group, key, zh, en, segment.TypeMoney, "CNY", desc, func(x *Facts) any {
		if v, ok := f(x); ok {
			return v
		}
		return nil
	})
}

// number is a NUMBER metric in unit ("%" or "×"); ok false means no value
// (a ratio of nothing).
func number(group, key, zh, en, unit, desc string, f func(*Facts) (money.Decimal, bool)) *Metric {
	return def(group, key, zh, en, segment.TypeNumber, unit, desc, func(x *Facts) any {
		if v, ok := f(x); ok {
			return v
		}
		return nil
	})
}

func integer(group, key, zh, en, unit, desc string, f func(*Facts) int64) *Metric {
	return sparse(def(group, key, zh, en, segment.TypeInteger, unit, desc, func(x *Facts) any { return f(x) }))
}

// optionalInteger is an INTEGER metric that may have no value.
func optionalInteger(group, key, zh, en, unit, desc string, f func(*Facts) (int64, bool)) *Metric {
	return def(group, key, zh, en, segment.TypeInteger, unit, desc, func(x *Facts) any {
		if v, ok := f(x); ok {
			return v
		}
		return nil
	})
}

func boolean(group, key, zh, en, desc string, f func(*Facts) bool) *Metric {
	return sparse(def(group, key, zh, en, segment.TypeBoolean, "", desc, func(x *Facts) any { return f(x) }))
}

// enum is an ENUM metric with values; "" means no value.
func enum(group, key, zh, en, desc string, values []string, f func(*Facts) string) *Metric {
	m := def(group, key, zh, en, segment.TypeEnum, "", desc, func(x *Facts) any {
		if v := f(x); v != "" {
			return v
		}
		return nil
	})
	m.Enum = values
	return m
}

// day is a DATE metric; nil means no value.
func day(group, key, zh, en, desc string, f func(*Facts) *time.Time) *Metric {
	return def(group, key, zh, en, segment.TypeDate, "", desc, func(x *Facts) any {
		if t := f(x); t != nil {
			return calendarDay(*t)
		}
		return nil
	})
}
