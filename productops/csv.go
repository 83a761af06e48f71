package productops

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/suitability"
)

// CSVColumns are the columns of the product CSV, in order: everything a
// product manager edits except documents and target attributes, which are
// structured and edited in the SPA.
var CSVColumns = []string{
	"code", "name", "type", "issuer", "manager", "risk_level", "horizon", "variety",
	"min_amount", "step_amount", "subscription_fee_rate", "redemption_fee_rate", "management_fee_rate",
	"custody_fee_rate", "expected_return_min", "expected_return_max", "professional_only", "qualified_only",
	"refuse_mismatch", "assessment_validity_months", "refuse_from_age", "cooling_off_hours", "sale_start", "sale_end",
}

// WriteCSV writes products as CSV with a header row, UTF-8 with a byte
// order mark so that Excel reads the Chinese.
func WriteCSV(w io.Writer, products []*ent.Product) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns); err != nil {
		return err
	}
	for _, p := range products {
		in := InputOf(p)
		if err := cw.Write([]string{
			in.Code, in.Name, string(in.Type), in.Issuer, in.Manager, string(in.RiskLevel), string(in.Horizon), string(in.Variety),
			in.MinAmount.String(), in.StepAmount.String(), in.SubscriptionFee.String(), in.RedemptionFee.String(),
			in.ManagementFee.String(), in.CustodyFee.String(), decText(in.ExpectedReturnLo), decText(in.ExpectedReturnHi),
			strconv.FormatBool(in.ProfessionalOnly), strconv.FormatBool(in.QualifiedOnly), strconv.FormatBool(in.RefuseMismatch),
			intText(in.AssessmentValidityMonths), intText(in.RefuseFromAge), strconv.Itoa(in.CoolingOffHours), dayText(in.SaleStart), dayText(in.SaleEnd),
		}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// RowError is what is wrong with one cell or row of an import.
type RowError struct {
	Line    int    // 1-based line of the file, the header being line 1
	Column  string // the column at fault; "" for the whole row
	Value   string
	Message string
}

// CSVRow is one parsed row: the input it gives, or its errors.
type CSVRow struct {
	Line   int
	Input  Input
	Errors []RowError
}

// ReadCSV parses a product CSV: a header naming CSVColumns (in any order;
// unknown columns are an error, missing optional ones are empty), then
// one product per row. Each row is parsed and validated on its own: a bad
// row has its errors and never stops the others.
func ReadCSV(r io.Reader) ([]CSVRow, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	index := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		if !slices.Contains(CSVColumns, h) {
			return nil, fmt.Errorf("header: unknown column %q (the columns are %s)", h, strings.Join(CSVColumns, ", "))
		}
		index[h] = i
	}
	for _, required := range CSVRequired {
		if _, ok := index[required]; !ok {
			return nil, fmt.Errorf("header: the column %q is missing", required)
		}
	}
	var rows []CSVRow
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			rows = append(rows, CSVRow{Line: line, Errors: []RowError{{Line: line, Message: err.Error()}}})
			continue
		}
		rows = append(rows, ParseRecord(line, func(col string) string {
			if i, ok := index[col]; ok && i < len(rec) {
				return rec[i]
			}
			return ""
		}))
	}
}

// CSVRequired are the columns a product file must have.
var CSVRequired = []string{"code", "name", "type", "issuer", "risk_level", "horizon", "variety"}

// ParseRecord parses and validates one product row whose value in each
// column of CSVColumns value gives ("" when absent), from line of a file.
func ParseRecord(line int, value func(col string) string) CSVRow {
	row := CSVRow{Line: line}
	get := func(col string) string { return strings.TrimSpace(value(col)) }
	bad := func(col, why string) {
		row.Errors = append(row.Errors, RowError{Line: line, Column: col, Value: get(col), Message: why})
	}
	dec := func(col string, optional bool) *money.Decimal {
		v := get(col)
		if v == "" {
			if !optional {
				zero := money.Decimal(0)
				return &zero
			}
			return nil
		}
		d, err := money.Parse(v)
		if err != nil {
			bad(col, "not a decimal number")
			return nil
		}
		return &d
	}
	boolean := func(col string) bool {
		switch strings.ToLower(get(col)) {
		case "", "false", "0", "否", "n", "no":
			return false
		case "true", "1", "是", "y", "yes":
			return true
		}
		bad(col, "not true or false")
		return false
	}
	integer := func(col string) *int {
		v := get(col)
		if v == "" {
			return nil
		}
		n, err := strconv.Atoi(v)
		if err != nil {
			bad(col, "not a whole number")
			return nil
		}
		return &n
	}
	day := func(col string) *time.Time {
		v := get(col)
		if v == "" {
			return nil
		}
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			bad(col, "not a date (YYYY-MM-DD)")
			return nil
		}
		return &t
	}
	in := Input{
		Code: get("code"), Name: get("name"), Type: product.Type(get("type")), Issuer: get("issuer"), Manager: get("manager"),
		RiskLevel: suitability.RiskLevel(get("risk_level")), Horizon: suitability.Horizon(get("horizon")),
		Variety:          suitability.Variety(get("variety")),
		ExpectedReturnLo: dec("expected_return_min", true), ExpectedReturnHi: dec("expected_return_max", true),
		ProfessionalOnly: boolean("professional_only"), QualifiedOnly: boolean("qualified_only"),
		RefuseMismatch:           boolean("refuse_mismatch"),
		AssessmentValidityMonths: integer("assessment_validity_months"), RefuseFromAge: integer("refuse_from_age"),
		SaleStart: day("sale_start"), SaleEnd: day("sale_end"),
	}
	for col, dst := range map[string]*money.Decimal{
		"min_amount": &in.MinAmount, "step_amount": &in.StepAmount, "subscription_fee_rate": &in.SubscriptionFee,
		"redemption_fee_rate": &in.RedemptionFee, "management_fee_rate": &in.ManagementFee, "custody_fee_rate": &in.CustodyFee,
	} {
		if d := dec(col, false); d != nil {
			*dst = *d
		}
	}
	if h := integer("cooling_off_hours"); h != nil {
		in.CoolingOffHours = *h
	}
	if len(row.Errors) == 0 {
		if err := in.Validate(nil); err != nil {
			// Validate names each field as "field: why"; keep them apart.
			for _, part := range strings.Split(err.Error(), "; ") {
				field, why, _ := strings.Cut(part, ": ")
				row.Errors = append(row.Errors, RowError{Line: line, Column: field, Message: why})
			}
		}
	}
	row.Input = in
	return row
}
