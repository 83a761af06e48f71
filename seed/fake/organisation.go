package fake

import (
	"math/rand/v2"
	"strings"

	"github.com/brokercrm/crm/idcard"
)

var (
	industryNames []string
	industryDraw  weighted
	formDraw      weighted
	capitalDraw   weighted
)

func init() {
	var w []int
	for _, ind := range industryTable {
		industryNames = append(industryNames, ind.name)
		w = append(w, ind.weight)
	}
	industryDraw = newWeighted(w)
	w = nil
	for _, f := range companyForms {
		w = append(w, f.weight)
	}
	formDraw = newWeighted(w)
	w = nil
	for _, c := range capitalSteps {
		w = append(w, c.weight)
	}
	capitalDraw = newWeighted(w)
}

// Industries returns the industry classes Organisation draws from.
func Industries() []string { return append([]string(nil), industryNames...) }

// Organisation returns a company name like "深圳市华信科技有限公司",
// registered in one of the cities, and its industry.
func Organisation(r *rand.Rand) (name, industry string) {
	return OrganisationIn(r, oneOf(r, cityTable).City)
}

// OrganisationIn returns a company registered in city c, so that an
// institutional client can carry its branch's city in its name.
func OrganisationIn(r *rand.Rand, c City) (name, industry string) {
	ind := industryTable[industryDraw.draw(r)]
	var place string
	switch n := r.IntN(20); {
	case n < 12:
		place = c.Name + "市" // 深圳市华信科技有限公司
	case n < 17:
		place = c.Name // 深圳华信科技有限公司
	default:
		place = provinceShort(c.Province) // 广东华信科技有限公司
	}
	trade := oneOf(r, tradeNames)
	if ind.name == "金融业" && r.IntN(4) == 0 {
		// Investment partnerships are common among institutional
		// brokerage clients.
		return place + trade + "投资合伙企业（有限合伙）", ind.name
	}
	return place + trade + oneOf(r, ind.words) + companyForms[formDraw.draw(r)].suffix, ind.name
}

// provinceShort drops the 省 or 市 of a province name: 广东省 → 广东.
func provinceShort(p string) string {
	p = strings.TrimSuffix(p, "省")
	return strings.TrimSuffix(p, "市")
}

// creditBodyChars are the characters of new-style organisation code
// bodies: the credit code alphabet.
const creditBodyChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// CreditCode returns a valid unified social credit code of a company
// registered in one of the cities.
func CreditCode(r *rand.Rand) string {
	return CreditCodeIn(r, oneOf(r, cityTable).City)
}

// CreditCodeIn returns a valid unified social credit code of a company
// registered with the market regulator ("91") of city c or one of its
// districts. Most bodies are new-style, "MA" and six characters, as for
// companies founded since 2015; the rest carry an older all-digit
// organisation code.
func CreditCodeIn(r *rand.Rand, c City) string {
	region := c.RegionCode
	if i, ok := cityIndex[c.Name]; ok {
		region = oneOf(r, cityTable[i].districts).code
	}
	if r.IntN(2) == 0 {
		region = region[:4] + "00" // registered with the city, not a district
	}
	var body [8]byte
	if r.IntN(10) < 7 {
		body[0], body[1] = 'M', 'A'
		for i := 2; i < 8; i++ {
			body[i] = creditBodyChars[r.IntN(len(creditBodyChars))]
		}
	} else {
		putDigits(body[:], r.IntN(100_000_000))
	}
	return idcard.ComposeCreditCode("91", region, string(body[:]))
}

// RegisteredCapital returns a company's registered capital in whole yuan:
// a round amount from one million to one billion, most under ten million.
func RegisteredCapital(r *rand.Rand) int64 {
	return capitalSteps[capitalDraw.draw(r)].yuan
}
