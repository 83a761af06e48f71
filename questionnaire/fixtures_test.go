package questionnaire

import (
	"strconv"
	"strings"

	"github.com/brokercrm/crm/suitability"
)

// small is a valid questionnaire for tests to change. Its multi-choice
// "points" question can make every score from 0 to 100 (see points), so
// each band edge can be reached; "capacity" has a Lowest option.
func small() Questionnaire {
	return Questionnaire{
		Version: "TEST-1",
		Title:   Text{ZH: "测试问卷", EN: "Test questionnaire"},
		Questions: []Question{
			{Key: "points", Text: Text{ZH: "分数", EN: "Points"}, Multiple: true, Options: []Option{
				opt("0", 0), opt("1", 1), opt("2", 2), opt("4", 4), opt("8", 8), opt("16", 16), opt("32", 32), opt("37", 37),
			}},
			{Key: "horizon", Text: Text{ZH: "期限", EN: "Horizon"}, Purpose: PurposeHorizon, Options: []Option{
				{Key: "S", Text: Text{ZH: "短期"}, Horizon: suitability.Short},
				{Key: "M", Text: Text{ZH: "中期"}, Horizon: suitability.Medium},
				{Key: "L", Text: Text{ZH: "长期"}, Horizon: suitability.Long},
				{Key: "N", Text: Text{ZH: "无特别要求"}, Horizon: suitability.Any},
			}},
			{Key: "varieties", Text: Text{ZH: "品种", EN: "Varieties"}, Multiple: true, Purpose: PurposeVariety, Options: []Option{
				{Key: "F", Text: Text{ZH: "固收"}, Varieties: []suitability.Variety{suitability.FixedIncome}},
				{Key: "E", Text: Text{ZH: "权益"}, Varieties: []suitability.Variety{suitability.Equity}},
				{Key: "D", Text: Text{ZH: "衍生品"}, Varieties: []suitability.Variety{suitability.Derivatives}},
				{Key: "X", Text: Text{ZH: "复杂"}, Varieties: []suitability.Variety{suitability.Complex, suitability.Derivatives}},
				{Key: "O", Text: Text{ZH: "其他"}, Varieties: []suitability.Variety{suitability.Other}},
				{Key: "ALL", Text: Text{ZH: "以上均可"}, Varieties: []suitability.Variety{
					suitability.Other, suitability.Complex, suitability.Derivatives, suitability.Equity, suitability.FixedIncome}},
			}},
			{Key: "capacity", Text: Text{ZH: "民事行为能力", EN: "Legal capacity"}, Options: []Option{
				{Key: "yes", Text: Text{ZH: "是"}},
				{Key: "no", Text: Text{ZH: "否"}, Lowest: true},
			}},
		},
		Bands: publishedBands(),
	}
}

// publishedBands are suitability.md's example bands, with 0 in C1.
func publishedBands() []Band {
	return []Band{
		{suitability.C1, 0, 19},
		{suitability.C2, 20, 36},
		{suitability.C3, 37, 53},
		{suitability.C4, 54, 82},
		{suitability.C5, 83, 100},
	}
}

func opt(key string, score int) Option {
	return Option{Key: key, Text: Text{ZH: "选项" + key}, Score: score}
}

// points returns the options of small's "points" question that add up to
// n, for 0 ≤ n ≤ 100: 37 when n is 64 or more, then n's binary digits.
func points(n int) []string {
	if n == 0 {
		return []string{"0"}
	}
	var keys []string
	if n >= 64 {
		keys = append(keys, "37")
		n -= 37
	}
	for _, bit := range []int{1, 2, 4, 8, 16, 32} {
		if n&bit != 0 {
			keys = append(keys, strconv.Itoa(bit))
		}
	}
	return keys
}

// smallAnswers are complete answers to small scoring n, with capacity
// "yes".
func smallAnswers(n int) map[string][]string {
	return map[string][]string{
		"points":    points(n),
		"horizon":   {"M"},
		"varieties": {"F"},
		"capacity":  {"yes"},
	}
}

// answers reads "key=A key=B,C …" into an answer map.
func answers(s string) map[string][]string {
	m := make(map[string][]string)
	for _, field := range strings.Fields(s) {
		key, opts, _ := strings.Cut(field, "=")
		m[key] = strings.Split(opts, ",")
	}
	return m
}
