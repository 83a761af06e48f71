// Package investorclass decides who is a professional investor (专业投资者)
// under the suitability Measures: recognition by the thresholds of Art. 8,
// an ordinary investor's application under the lower thresholds of Art.
// 11, and a professional's request to be treated as ordinary (Art. 11).
// It is pure: the thresholds and the reasons a case falls short.
package investorclass

import (
	"fmt"
	"io"

	"github.com/brokercrm/crm/enum"
	"github.com/brokercrm/crm/money"
)

// Kind is what is being decided.
type Kind string

// The kinds of decision.
const (
	// Recognise: the firm recognises a professional by the thresholds of
	// Art. 8.
	Recognise Kind = "RECOGNISE_PROFESSIONAL"
	// Apply: an ordinary investor applies to be treated as professional
	// and meets the lower thresholds of Art. 11.
	Apply Kind = "APPLY_PROFESSIONAL"
	// AskOrdinary: a professional asks in writing to be treated as an
	// ordinary investor (Art. 11); always granted.
	AskOrdinary Kind = "ASK_ORDINARY"
)

// Values lists the kinds.
func (Kind) Values() []string { return []string{string(Recognise), string(Apply), string(AskOrdinary)} }

// MarshalGQL writes the kind as a GraphQL enum value.
func (k Kind) MarshalGQL(w io.Writer) { enum.Write(w, string(k)) }

// UnmarshalGQL reads a kind.
func (k *Kind) UnmarshalGQL(v any) (err error) { *k, err = enum.Parse[Kind](v); return err }

// Evidence is what the investor showed, as the firm verified it.
type Evidence struct {
	Organisation    bool          `json:"organisation"`
	NetAssets       money.Decimal `json:"netAssets"`       // organisations, CNY
	FinancialAssets money.Decimal `json:"financialAssets"` // CNY
	// AverageIncome is the average annual income over the last three
	// years (individuals), CNY.
	AverageIncome   money.Decimal `json:"averageIncome"`
	ExperienceYears int           `json:"experienceYears"` // years of investment experience
	// Qualifying work or certification (Art. 8(4)(2)): a professional
	// background in finance that stands in for the experience.
	QualifyingWork bool `json:"qualifyingWork"`
}

// thresholds are one set of the Measures' limits.
type thresholds struct {
	orgNet, orgFinancial money.Decimal
	orgYears             int
	financial, income    money.Decimal
	years                int
}

var (
	// Art. 8: professional by thresholds.
	article8 = thresholds{orgNet: money.FromInt(20_000_000), orgFinancial: money.FromInt(10_000_000), orgYears: 2,
		financial: money.FromInt(5_000_000), income: money.FromInt(500_000), years: 2}
	// Art. 11: the lower thresholds for an ordinary investor's application.
	article11 = thresholds{orgNet: money.FromInt(10_000_000), orgFinancial: money.FromInt(5_000_000), orgYears: 1,
		financial: money.FromInt(3_000_000), income: money.FromInt(300_000), years: 1}
)

// Shortfall is one threshold the evidence does not meet, in words.
type Shortfall struct{ ZH, EN string }

// Check lists the thresholds of kind that the evidence falls short of;
// none means the investor qualifies. AskOrdinary always qualifies.
func Check(kind Kind, e Evidence) []Shortfall {
	var t thresholds
	switch kind {
	case Recognise:
		t = article8
	case Apply:
		t = article11
	default:
		return nil
	}
	var out []Shortfall
	short := func(zh, en string) { out = append(out, Shortfall{zh, en}) }
	if e.Organisation {
		if e.NetAssets < t.orgNet {
			short("最近1年末净资产不低于"+yuan(t.orgNet), "net assets at the last year end of at least "+t.orgNet.String()+" CNY")
		}
		if e.FinancialAssets < t.orgFinancial {
			short("金融资产不低于"+yuan(t.orgFinancial), "financial assets of at least "+t.orgFinancial.String()+" CNY")
		}
		if e.ExperienceYears < t.orgYears {
			short(fmt.Sprintf("%d年以上证券、基金、期货等投资经历", t.orgYears), fmt.Sprintf("%d or more years of investment experience", t.orgYears))
		}
		return out
	}
	if e.FinancialAssets < t.financial && e.AverageIncome < t.income {
		short("金融资产不低于"+yuan(t.financial)+"，或近3年个人年均收入不低于"+yuan(t.income),
			"financial assets of at least "+t.financial.String()+" CNY, or an average income over 3 years of at least "+t.income.String()+" CNY")
	}
	if e.ExperienceYears < t.years && !(kind == Recognise && e.QualifyingWork) {
		zh, en := fmt.Sprintf("%d年以上投资经历", t.years), fmt.Sprintf("%d or more years of investment experience", t.years)
		if kind == Recognise {
			zh, en = zh+"（或符合条件的金融从业经历）", en+" (or qualifying work in finance)"
		}
		short(zh, en)
	}
	return out
}

// yuan writes an amount in 万元, as the Measures do.
func yuan(d money.Decimal) string { return fmt.Sprintf("%d万元", d.Units()/10_000/10_000) }
