package searchkey

import (
	"slices"
	"strings"
	"testing"
)

func TestInitials(t *testing.T) {
	for name, want := range map[string]string{
		"张三":  "zs",
		"欧阳修": "oyx",
		"李晓明": "lxm",
		"深圳市腾讯计算机系统有限公司": "szstxjsjxtyxgs",
		"中信Securities":   "zxsecurities",
		"3M中国":           "3mzg",
		"":               "",
		"·":              "",
	} {
		if got := Initials(name); got != want {
			t.Errorf("Initials(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestPhoneLast4(t *testing.T) {
	for phone, want := range map[string]string{
		"13812345678":       "5678",
		"+86 138-1234-5678": "5678",
		"0755-8888 1234":    "1234",
		"123":               "",
		"":                  "",
	} {
		if got := PhoneLast4(phone); got != want {
			t.Errorf("PhoneLast4(%q) = %q, want %q", phone, got, want)
		}
	}
}

func TestBigrams(t *testing.T) {
	for name, want := range map[string][]string{
		"张三丰":              {"张三", "三丰"},
		"张三":               {"张三"},
		"张":                nil,
		"":                 nil,
		"王芳芳芳":             {"王芳", "芳芳"}, // distinct
		"阿卜杜拉·买买提":         {"阿卜", "卜杜", "杜拉", "拉买", "买买", "买提"},
		"Tom Lee":          {"to", "om", "ml", "le", "ee"},
		"中信Securities（香港）": {"中信", "信s", "se", "ec", "cu", "ur", "ri", "it", "ti", "ie", "es", "s香", "香港"},
		"3M中国":             {"3m", "m中", "中国"},
		"百%分":              {"百分"},
		"·%_":              nil,
		"北京银行股份有限公司北京分行": {"北京", "京银", "银行", "行股", "股份", "份有", "有限", "限公", "公司", "司北", "京分", "分行"},
	} {
		if got := Bigrams(name); !slices.Equal(got, want) {
			t.Errorf("Bigrams(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestBigramsOfSubstring checks what search relies on: every substring of
// a name has only bigrams the name has too.
func TestBigramsOfSubstring(t *testing.T) {
	for _, name := range []string{"张三丰", "阿卜杜拉·买买提", "中信Securities（香港）", "Tom Lee", "3M 中国", "百_分之百"} {
		runes := []rune(name)
		for i := range runes {
			for j := i + 1; j <= len(runes); j++ {
				for _, g := range Bigrams(string(runes[i:j])) {
					if !slices.Contains(Bigrams(name), g) {
						t.Errorf("Bigrams(%q) has %q, which Bigrams(%q) lacks", string(runes[i:j]), g, name)
					}
				}
			}
		}
		if upper := Bigrams(strings.ToUpper(name)); !slices.Equal(upper, Bigrams(name)) {
			t.Errorf("Bigrams depends on case: %q vs %q", upper, Bigrams(name))
		}
	}
}
