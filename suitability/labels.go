package suitability

import "strings"

// Names of horizons and varieties for the warning text. Unknown values
// show as their code.

func horizonZH(h Horizon) string {
	switch h {
	case Short:
		return "短期（1年以内）"
	case Medium:
		return "中期（1至5年）"
	case Long:
		return "长期（5年以上）"
	case Any:
		return "无特别要求"
	}
	return string(h)
}

func horizonEN(h Horizon) string {
	switch h {
	case Short:
		return "short (under 1 year)"
	case Medium:
		return "medium (1 to 5 years)"
	case Long:
		return "long (over 5 years)"
	case Any:
		return "no specific requirement"
	}
	return string(h)
}

func varietyZH(v Variety) string {
	switch v {
	case FixedIncome:
		return "固定收益类"
	case Equity:
		return "权益类"
	case Derivatives:
		return "期货、期权及融资融券类"
	case Complex:
		return "复杂或高风险类"
	case Other:
		return "其他"
	}
	return string(v)
}

func varietyEN(v Variety) string {
	switch v {
	case FixedIncome:
		return "fixed income"
	case Equity:
		return "equities"
	case Derivatives:
		return "futures, options and margin"
	case Complex:
		return "complex or high-risk"
	case Other:
		return "other"
	}
	return string(v)
}

func varietiesZH(vs []Variety) string {
	if len(vs) == 0 {
		return "无"
	}
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = varietyZH(v)
	}
	return strings.Join(names, "、")
}

func varietiesEN(vs []Variety) string {
	if len(vs) == 0 {
		return "none"
	}
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = varietyEN(v)
	}
	return strings.Join(names, ", ")
}
