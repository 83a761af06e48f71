package suitability

import (
	"fmt"
	"strings"
)

// Warning is text shown to the investor, in Chinese and English.
type Warning struct {
	ZH string
	EN string
}

// IsZero reports whether there is no text.
func (w Warning) IsZero() bool { return w.ZH == "" && w.EN == "" }

// String is the Chinese text, a blank line, then the English.
func (w Warning) String() string {
	if w.IsZero() {
		return ""
	}
	return w.ZH + "\n\n" + w.EN
}

// specialWarning builds the special written risk warning (特别的书面风险警示,
// Art. 19) for a check that needs confirmation: the investor's and the
// product's grades, each reason, and what confirming means.
func specialWarning(p Profile, prod Product, reasons []Reason) Warning {
	var zh, en strings.Builder
	zh.WriteString("特别风险警示\n")
	fmt.Fprintf(&zh, "您的风险承受能力等级为%s，可接受的投资期限为%s，意向投资品种为%s。\n",
		p.Category, horizonZH(p.Horizon), varietiesZH(p.Varieties))
	fmt.Fprintf(&zh, "本产品的风险等级为%s，投资期限为%s，投资品种为%s。\n",
		prod.RiskLevel, horizonZH(prod.Horizon), varietyZH(prod.Variety))
	en.WriteString("Special risk warning\n")
	fmt.Fprintf(&en, "Your risk tolerance is %s, the horizon you accept is %s, and the varieties you want are %s.\n",
		p.Category, horizonEN(p.Horizon), varietiesEN(p.Varieties))
	fmt.Fprintf(&en, "This product's risk level is %s, its horizon is %s, and its variety is %s.\n",
		prod.RiskLevel, horizonEN(prod.Horizon), varietyEN(prod.Variety))
	for i, r := range reasons {
		t := r.Warning()
		fmt.Fprintf(&zh, "%d. %s\n", i+1, t.ZH)
		fmt.Fprintf(&en, "%d. %s\n", i+1, t.EN)
	}
	zh.WriteString("如您在知悉上述风险后仍坚持购买，须签署风险警示书及投资确认书。")
	en.WriteString("If, knowing these risks, you still wish to buy, you must sign the risk warning and the investment confirmation.")
	return Warning{ZH: zh.String(), EN: en.String()}
}
