package productops

import (
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/money"
)

// TestCSVRoundTrip writes products and reads them back unchanged.
func TestCSVRoundTrip(t *testing.T) {
	lo, hi := money.MustParse("2.5"), money.MustParse("4")
	months, end := 12, time.Date(2027, 12, 31, 0, 0, 0, 0, time.UTC)
	ps := []*ent.Product{
		{Code: "RT-1", Name: "招商稳健, \"增利\"", Type: product.TypeBOND_FUND, Issuer: "招商基金", RiskLevel: "R2",
			Horizon: "MEDIUM", Variety: "FIXED_INCOME", MinAmount: money.FromInt(1000), StepAmount: money.FromInt(100),
			ManagementFeeRate: money.MustParse("0.6"), ExpectedReturnMin: &lo, ExpectedReturnMax: &hi,
			AssessmentValidityMonths: &months, SaleEnd: &end, QualifiedOnly: true},
		{Code: "RT-2", Name: "私募成长", Type: product.TypePRIVATE_FUND, Issuer: "某资管", Manager: "某投顾",
			RiskLevel: "R5", Horizon: "LONG", Variety: "COMPLEX", MinAmount: money.FromInt(1_000_000), ProfessionalOnly: true,
			CoolingOffHours: 24},
	}
	var b strings.Builder
	if err := WriteCSV(&b, ps); err != nil {
		t.Fatal(err)
	}
	rows, err := ReadCSV(strings.NewReader(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != len(ps) {
		t.Fatalf("%d rows back", len(rows))
	}
	for i, row := range rows {
		if len(row.Errors) > 0 {
			t.Errorf("row %d: %+v", i, row.Errors)
		}
		if d := diff(InputOf(ps[i]), row.Input); len(d) > 0 {
			t.Errorf("row %d changed: %+v", i, d)
		}
	}
}

// TestCSVRowErrors names the line, column and value of each problem, and
// keeps the good rows.
func TestCSVRowErrors(t *testing.T) {
	head := strings.Join(CSVColumns, ",")
	good := "OK-1,好产品,BOND_FUND,某基金,,R2,MEDIUM,FIXED_INCOME,1000,100,0.8,0.5,0.6,0.1,,,false,false,false,,,0,,"
	cases := []struct {
		row, column string
	}{
		{"BAD-1,产品,NOT_A_TYPE,某基金,,R2,MEDIUM,FIXED_INCOME,1000,100,0.8,0.5,0.6,0.1,,,false,false,false,,,0,,", "type"},
		{"BAD-2,产品,BOND_FUND,某基金,,R2,MEDIUM,FIXED_INCOME,abc,100,0.8,0.5,0.6,0.1,,,false,false,false,,,0,,", "min_amount"},
		{"BAD-3,产品,BOND_FUND,某基金,,R2,MEDIUM,FIXED_INCOME,1000,100,0.8,0.5,0.6,0.1,,,perhaps,false,false,,,0,,", "professional_only"},
		{"BAD-4,产品,BOND_FUND,某基金,,R2,MEDIUM,FIXED_INCOME,1000,100,0.8,0.5,0.6,0.1,,,false,false,false,,,0,2026-13-01,", "sale_start"},
		{"BAD-5,产品,BOND_FUND,某基金,,R2,MEDIUM,FIXED_INCOME,1000,100,0.8,0.5,150,0.1,,,false,false,false,,,0,,", "managementFeeRate"},
		{"BAD-6,产品,BOND_FUND,某基金,,R9,MEDIUM,FIXED_INCOME,1000,100,0.8,0.5,0.6,0.1,,,false,false,false,,,0,,", "riskLevel"},
		{"BAD-7,产品,BOND_FUND,某基金,,R2,MEDIUM,FIXED_INCOME,1000,-5,0.8,0.5,0.6,0.1,,,false,false,false,,,0,,", "stepAmount"},
	}
	lines := []string{head, good}
	for _, c := range cases {
		lines = append(lines, c.row)
	}
	rows, err := ReadCSV(strings.NewReader(strings.Join(lines, "\n")))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows[0].Errors) > 0 || rows[0].Input.Code != "OK-1" || rows[0].Line != 2 {
		t.Errorf("the good row: %+v", rows[0])
	}
	for i, c := range cases {
		row := rows[i+1]
		if len(row.Errors) == 0 || row.Errors[0].Column != c.column || row.Errors[0].Line != i+3 {
			t.Errorf("%s: errors %+v, want column %s on line %d", c.row[:5], row.Errors, c.column, i+3)
		}
	}
	if _, err := ReadCSV(strings.NewReader("code,name,colour\n")); err == nil || !strings.Contains(err.Error(), "colour") {
		t.Errorf("unknown column: %v", err)
	}
	if _, err := ReadCSV(strings.NewReader("code,name\n")); err == nil || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing column: %v", err)
	}
}
