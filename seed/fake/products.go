package fake

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
)

// FundCompanies returns mutual fund managers, e.g. 易方达基金.
func FundCompanies() []string { return slices.Clone(fundCompanyNames) }

// SecuritiesFirms returns securities firms, the issuers of structured
// notes.
func SecuritiesFirms() []string { return issuerNames(securitiesFirms) }

// AssetManagers returns securities firms' asset-management arms, the
// issuers of asset-management plans.
func AssetManagers() []string { return issuerNames(assetManagers) }

// TrustCompanies returns trust companies, e.g. 中信信托.
func TrustCompanies() []string { return issuerNames(trustCompanies) }

// PrivateFundManagers returns private securities fund managers.
func PrivateFundManagers() []string { return issuerNames(privateFundManagers) }

// Issuers returns the issuers of products other than mutual funds: asset
// managers, securities firms, trust companies and private fund managers.
func Issuers() []string {
	return slices.Concat(AssetManagers(), SecuritiesFirms(), TrustCompanies(), PrivateFundManagers())
}

func issuerNames(s []issuer) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = x.name
	}
	return out
}

// ProductKinds returns the product types ProductName knows, in the CRM's
// order.
func ProductKinds() []string { return slices.Clone(productKinds) }

// ProductName returns a realistic product name of kind, e.g.
// "易方达消费行业股票型证券投资基金", "华夏沪深300ETF",
// "国泰君安君享1号集合资产管理计划" or "24国债05". An unknown kind gets a
// generic wealth-management product name.
func ProductName(r *rand.Rand, kind string) string {
	name, _ := Product(r, kind)
	return name
}

// Product returns a product name of kind together with the institution
// that issues it, so that the two agree (a trust plan of a trust company,
// a treasury bond of the Ministry of Finance).
func Product(r *rand.Rand, kind string) (name, issuer string) {
	switch kind {
	case "STOCK_FUND":
		co, brand := fundCompany(r)
		if r.IntN(10) < 7 {
			return brand + oneOf(r, equityThemes) + "股票型证券投资基金", co
		}
		return brand + oneOf(r, indexNames) + "指数增强型证券投资基金", co
	case "MIXED_FUND":
		co, brand := fundCompany(r)
		return brand + oneOf(r, equityThemes) + oneOf(r, mixedTails), co
	case "BOND_FUND":
		co, brand := fundCompany(r)
		return brand + oneOf(r, bondThemes) + oneOf(r, bondTails), co
	case "MONEY_MARKET_FUND":
		co, brand := fundCompany(r)
		return brand + oneOf(r, moneyThemes) + "货币市场基金", co
	case "QDII_FUND":
		co, brand := fundCompany(r)
		q := oneOf(r, qdiiThemes)
		if q.index {
			return brand + q.theme + "指数证券投资基金(QDII)", co
		}
		return brand + q.theme + oneOf(r, []string{"股票型", "混合型"}) + "证券投资基金(QDII)", co
	case "FOF":
		co, brand := fundCompany(r)
		return brand + oneOf(r, fofTails), co
	case "ETF":
		co, brand := fundCompany(r)
		return brand + oneOf(r, indexNames) + "ETF", co
	case "BOND":
		return bond(r)
	case "ASSET_MANAGEMENT_PLAN":
		am := oneOf(r, assetManagers)
		return am.brand + oneOf(r, am.series) + seriesNo(r) + "号" + oneOf(r, amTails), am.name
	case "PRIVATE_FUND":
		pm := oneOf(r, privateFundManagers)
		return pm.brand + oneOf(r, pm.series) + seriesNo(r) + "号" + oneOf(r, privateTails), pm.name
	case "STRUCTURED_NOTE":
		f := oneOf(r, securitiesFirms)
		issue := strconv.Itoa(1 + r.IntN(800))
		if r.IntN(3) == 0 {
			return f.brand + oneOf(r, f.series) + "系列收益凭证第" + issue + "期", f.name
		}
		return f.brand + "收益凭证（" + oneOf(r, noteKinds) + "）第" + issue + "期", f.name
	case "TRUST":
		t := oneOf(r, trustCompanies)
		return t.brand + "·" + oneOf(r, t.series) + seriesNo(r) + "号集合资金信托计划", t.name
	case "OTHER":
		f := oneOf(r, securitiesFirms)
		return f.brand + oneOf(r, otherNames), f.name
	default:
		f := oneOf(r, securitiesFirms)
		return f.brand + oneOf(r, equityThemes) + "理财产品", f.name
	}
}

// fundCompany draws a fund manager and its brand, the name less 基金.
func fundCompany(r *rand.Rand) (name, brand string) {
	name = oneOf(r, fundCompanyNames)
	return name, strings.TrimSuffix(name, "基金")
}

// seriesNo draws the number of a product in its series: most series are
// short, so low numbers are the most common.
func seriesNo(r *rand.Rand) string {
	return strconv.Itoa(1 + min(r.IntN(30), r.IntN(30)))
}

// bond draws an exchange-traded bond by its short name: treasuries
// ("24国债05"), policy bank bonds, local government bonds, corporate bonds
// and convertibles.
func bond(r *rand.Rand) (name, issuer string) {
	year := strconv.Itoa(20 + r.IntN(7))
	no := []byte("00")
	putDigits(no, 1+r.IntN(30))
	switch n := r.IntN(10); {
	case n < 4:
		return year + "国债" + string(no), "财政部"
	case n < 6:
		return year + "国开" + string(no), "国家开发银行"
	case n < 8:
		p := oneOf(r, provinceBondNames)
		gov := p + "省人民政府"
		if p == "北京" || p == "上海" {
			gov = p + "市人民政府"
		}
		return year + p + "债" + string(no), gov
	case n < 9:
		trade := oneOf(r, tradeNames)
		putDigits(no, 1+r.IntN(5))
		return year + trade + string(no), trade + "集团有限公司"
	default:
		trade := oneOf(r, tradeNames)
		return trade + "转债", trade + "股份有限公司"
	}
}
