package clientmetrics

import (
	"fmt"
	"time"
)

// eachWindow makes one metric per window, keys ending in "_30d" etc.
func eachWindow(metricFor func(w Window, suffix, zh, en string) *Metric) []*Metric {
	out := make([]*Metric, 0, windowCount)
	for _, w := range Windows {
		out = append(out, metricFor(w, fmt.Sprintf("_%dd", w.Days()), fmt.Sprintf("近%d天", w.Days()),
			fmt.Sprintf(", %d days", w.Days())))
	}
	return out
}

func join(lists ...[]*Metric) []*Metric {
	var out []*Metric
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

var basic = []*Metric{
	optionalInteger(Basic, "age", "年龄", "Age", "岁", "个人客户的周岁年龄", func(f *Facts) (int64, bool) {
		if f.Profile.BirthDate == nil || f.Profile.Kind != "INDIVIDUAL" {
			return 0, false
		}
		return yearsBetween(*f.Profile.BirthDate, f.AsOf), true
	}),
	optionalInteger(Basic, "birth_month", "生日月份", "Birth month", "月", "出生月份（1–12），用于生日关怀", func(f *Facts) (int64, bool) {
		if f.Profile.BirthDate == nil {
			return 0, false
		}
		return int64(f.Profile.BirthDate.Month()), true
	}),
	optionalInteger(Basic, "tenure_months", "开户时长", "Tenure", "月", "自开户日起的整月数", func(f *Facts) (int64, bool) {
		if f.Profile.OpenedOn == nil {
			return 0, false
		}
		return monthsBetween(*f.Profile.OpenedOn, f.AsOf), true
	}),
	day(Basic, "first_account_opened_on", "首个账户开立日", "First account opened on", "最早开立的资金账户的日期",
		func(f *Facts) *time.Time { return f.Accounts.FirstOpened }),
	integer(Basic, "account_count", "账户数", "Accounts", "个", "名下全部资金账户数（含已销户）",
		func(f *Facts) int64 { return f.Accounts.Count }),
	integer(Basic, "dormant_account_count", "休眠账户数", "Dormant accounts", "个", "状态为休眠的账户数",
		func(f *Facts) int64 { return f.Accounts.Dormant }),
	boolean(Basic, "has_credit_account", "开通两融", "Has a margin account", "是否开立信用（融资融券）账户",
		func(f *Facts) bool { return f.Accounts.Credit > 0 }),
	boolean(Basic, "has_fund_account", "开通基金账户", "Has a fund account", "是否开立基金（TA）账户",
		func(f *Facts) bool { return f.Accounts.Fund > 0 }),
	boolean(Basic, "has_otc_account", "开通柜台产品账户", "Has an OTC account", "是否开立柜台（OTC）产品账户",
		func(f *Facts) bool { return f.Accounts.OTC > 0 }),
	boolean(Basic, "has_options_account", "开通期权", "Has an options account", "是否开立股票期权账户",
		func(f *Facts) bool { return f.Accounts.Options > 0 }),
	boolean(Basic, "has_futures_account", "开通期货", "Has a futures account", "是否开立期货账户",
		func(f *Facts) bool { return f.Accounts.Futures > 0 }),
	boolean(Basic, "has_hk_connect", "开通港股通", "Has Stock Connect", "是否有港股通（HK 市场）账户",
		func(f *Facts) bool { return f.Accounts.HK > 0 }),
	optionalInteger(Basic, "id_expires_in_days", "证件到期天数", "Days to ID expiry", "天", "身份证件有效期截止日距今天数，已过期为负",
		func(f *Facts) (int64, bool) {
			if f.Profile.IDExpiresOn == nil {
				return 0, false
			}
			return daysBetween(f.AsOf, *f.Profile.IDExpiresOn), true
		}),
	integer(Basic, "tag_count", "标签数", "Tags", "个", "客户身上的标签数", func(f *Facts) int64 { return f.Profile.Tags }),
	day(Basic, "status_changed_on", "状态变更日", "Status changed on", "最近一次客户状态变更的日期",
		func(f *Facts) *time.Time { return f.Profile.StatusChangedAt }),
}

// yearsBetween is the whole years from a to b (an age).
func yearsBetween(a, b time.Time) int64 {
	a, b = calendarDay(a), calendarDay(b)
	years := int64(b.Year() - a.Year())
	if b.Month() < a.Month() || (b.Month() == a.Month() && b.Day() < a.Day()) {
		years--
	}
	return years
}

// monthsBetween is the whole months from a to b.
func monthsBetween(a, b time.Time) int64 {
	a, b = calendarDay(a), calendarDay(b)
	months := int64(b.Year()-a.Year())*12 + int64(b.Month()-a.Month())
	if b.Day() < a.Day() {
		months--
	}
	return max(months, 0)
}
