package fake

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// mutualFund are the kinds issued by fund companies.
var mutualFund = map[string]bool{
	"STOCK_FUND": true, "MIXED_FUND": true, "BOND_FUND": true, "MONEY_MARKET_FUND": true,
	"QDII_FUND": true, "FOF": true, "ETF": true,
}

func TestProductNames(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 12))
	funds := FundCompanies()
	kinds := append(ProductKinds(), "SOMETHING_NEW")
	for _, kind := range kinds {
		names := map[string]bool{}
		for range 2000 {
			name, issuer := Product(r, kind)
			if name == "" || issuer == "" {
				t.Fatalf("Product(%s) = %q, %q: want a name and an issuer", kind, name, issuer)
			}
			if len(name) > 200 {
				t.Fatalf("Product(%s) = %q: %d bytes, over the 200 of products.name", kind, name, len(name))
			}
			names[name] = true
			if mutualFund[kind] {
				if !slices.Contains(funds, issuer) || !strings.HasPrefix(name, strings.TrimSuffix(issuer, "基金")) {
					t.Fatalf("Product(%s) = %q, %q: want a fund company's product", kind, name, issuer)
				}
			}
		}
		if len(names) < 50 {
			t.Errorf("Product(%s): %d different names in 2000, want more variety", kind, len(names))
		}
		if got := ProductName(r, kind); got == "" {
			t.Errorf("ProductName(%s) is empty", kind)
		}
	}
}

func TestProductNameShapes(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 13))
	tests := []struct {
		kind    string
		suffix  string
		issuers []string
	}{
		{"STOCK_FUND", "股票型证券投资基金", nil},
		{"MONEY_MARKET_FUND", "货币市场基金", nil},
		{"QDII_FUND", "(QDII)", nil},
		{"FOF", "(FOF)", nil},
		{"ETF", "ETF", nil},
		{"ASSET_MANAGEMENT_PLAN", "资产管理计划", AssetManagers()},
		{"PRIVATE_FUND", "投资基金", PrivateFundManagers()},
		{"STRUCTURED_NOTE", "期", SecuritiesFirms()},
		{"TRUST", "集合资金信托计划", TrustCompanies()},
		{"OTHER", "", SecuritiesFirms()},
	}
	for _, tt := range tests {
		for range 500 {
			name, issuer := Product(r, tt.kind)
			if !strings.HasSuffix(name, tt.suffix) && !(tt.kind == "STOCK_FUND" && strings.HasSuffix(name, "指数增强型证券投资基金")) {
				t.Fatalf("Product(%s) = %q, want it to end with %q", tt.kind, name, tt.suffix)
			}
			if tt.issuers != nil && !slices.Contains(tt.issuers, issuer) {
				t.Fatalf("Product(%s) = %q by %q, want an issuer among %v", tt.kind, name, issuer, tt.issuers)
			}
			if !slices.Contains(Issuers(), issuer) && tt.issuers != nil {
				t.Fatalf("Product(%s) issuer %q is not in Issuers()", tt.kind, issuer)
			}
		}
	}
}

func TestBondNames(t *testing.T) {
	r := rand.New(rand.NewPCG(14, 14))
	for range 2000 {
		name, issuer := Product(r, "BOND")
		switch {
		case strings.Contains(name, "国债"):
			if len(name) != len("24国债05") || issuer != "财政部" {
				t.Fatalf("treasury %q by %q, want like 24国债05 by 财政部", name, issuer)
			}
		case strings.HasSuffix(name, "转债"):
			if !strings.HasSuffix(issuer, "股份有限公司") {
				t.Fatalf("convertible %q by %q, want a listed company", name, issuer)
			}
		default:
			if name[0] != '2' || !digits(name[:2]) || !digits(name[len(name)-2:]) {
				t.Fatalf("bond %q, want a year, a short name and a number", name)
			}
		}
	}
}

func TestIssuerLists(t *testing.T) {
	tests := []struct {
		name string
		list []string
		min  int
		has  string
	}{
		{"FundCompanies", FundCompanies(), 40, "易方达基金"},
		{"TrustCompanies", TrustCompanies(), 8, "中信信托"},
		{"AssetManagers", AssetManagers(), 8, "国泰君安资管"},
		{"SecuritiesFirms", SecuritiesFirms(), 10, "中信证券"},
		{"PrivateFundManagers", PrivateFundManagers(), 8, "高毅资产"},
		{"Issuers", Issuers(), 40, "中信信托"},
	}
	for _, tt := range tests {
		if len(tt.list) < tt.min || !slices.Contains(tt.list, tt.has) {
			t.Errorf("%s() has %d names, want at least %d including %s", tt.name, len(tt.list), tt.min, tt.has)
		}
		seen := map[string]bool{}
		for _, n := range tt.list {
			if seen[n] {
				t.Errorf("%s() lists %s twice", tt.name, n)
			}
			seen[n] = true
		}
	}
}
