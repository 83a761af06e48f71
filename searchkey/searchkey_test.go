package searchkey

import "testing"

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
