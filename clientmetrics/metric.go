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
	compute     func(f *Facts) any
}

// A metric's value is one of: nil (no value), money.Decimal (MONEY and
// NUMBER), int64 (INTEGER), string (ENUM), bool (BOOLEAN) or time.Time
// (DATE, a calendar day at midnight UTC).

// Compute returns the metric's value for the client f describes.
func (m *Metric) Compute(f *Facts) any { return m.compute(f) }

// Catalogue returns every computed dimension, in a stable order: grouped
// as PRODUCT.md §3 lists the groups. Callers must not modify it.
func Catalogue() []*Metric { return catalogue }

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
	return def(group, key, zh, en, segment.TypeMoney, "CNY", desc, func(x *Facts) any { return f(x) })
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
	return def(group, key, zh, en, segment.TypeInteger, unit, desc, func(x *Facts) any { return f(x) })
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
	return def(group, key, zh, en, segment.TypeBoolean, "", desc, func(x *Facts) any { return f(x) })
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
