package productops

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/catalog"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/enum"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/segment"
	"github.com/brokercrm/crm/suitability"
)

// Input is everything a product manager edits about a product. An update
// replaces all of it, as the editor form submits it whole.
type Input struct {
	Code, Name       string
	Type             product.Type
	Issuer, Manager  string
	RiskLevel        suitability.RiskLevel
	Horizon          suitability.Horizon
	Variety          suitability.Variety
	MinAmount        money.Decimal
	StepAmount       money.Decimal
	SubscriptionFee  money.Decimal // rates in percent
	RedemptionFee    money.Decimal
	ManagementFee    money.Decimal
	CustodyFee       money.Decimal
	ExpectedReturnLo *money.Decimal // percent a year
	ExpectedReturnHi *money.Decimal
	Documents        []catalog.Document
	ProfessionalOnly bool
	QualifiedOnly    bool
	RefuseMismatch   bool
	// AssessmentValidityMonths, RefuseFromAge: nil for the firm's default
	// and no age limit.
	AssessmentValidityMonths *int
	RefuseFromAge            *int
	CoolingOffHours          int
	SaleStart, SaleEnd       *time.Time
	// TargetRule is who the product is for: a rule over client dimensions
	// (every dimension a segment may use, package clientsegment); nil for
	// every suitable client.
	TargetRule *segment.Rule
}

var codePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$`)

// maxRate is the highest fee rate accepted, in percent: a rate above it is
// a typo (a 150% fee), not a product.
var maxRate = money.FromInt(100)

// normalise trims the text fields.
func (in *Input) normalise() {
	in.Code = strings.TrimSpace(in.Code)
	in.Name = strings.TrimSpace(in.Name)
	in.Issuer = strings.TrimSpace(in.Issuer)
	in.Manager = strings.TrimSpace(in.Manager)
}

// Validate reports every field that is wrong, each named, as one
// BAD_USER_INPUT error. The target rule is checked against targets, the
// dimensions it may use; with nil targets (a CSV row read before the
// database is at hand), only as JSON, and the import checks it later.
func (in *Input) Validate(targets segment.Catalog) error {
	in.normalise()
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, fmt.Errorf(field+": "+format, args...))
	}
	if !codePattern.MatchString(in.Code) {
		bad("code", "%q: use 1 to 32 letters, digits, '.', '_' or '-'", in.Code)
	}
	text := func(field, v string, required bool, max int) {
		n := utf8.RuneCountInString(v)
		if (required && n == 0) || n > max {
			bad(field, "give %d to %d characters", map[bool]int{true: 1}[required], max)
		}
	}
	text("name", in.Name, true, 200)
	text("issuer", in.Issuer, true, 200)
	text("manager", in.Manager, false, 200)
	if product.TypeValidator(in.Type) != nil {
		bad("type", "%q is not a product type", in.Type)
	}
	if !valid[suitability.RiskLevel](in.RiskLevel) {
		bad("riskLevel", "%q is not R1–R5", in.RiskLevel)
	}
	if !valid[suitability.Horizon](in.Horizon) || in.Horizon == suitability.Any {
		bad("horizon", "%q is not a product's horizon (SHORT, MEDIUM or LONG)", in.Horizon)
	}
	if !valid[suitability.Variety](in.Variety) {
		bad("variety", "%q is not a variety", in.Variety)
	}
	if in.MinAmount < 0 {
		bad("minAmount", "must not be negative")
	}
	if in.StepAmount < 0 {
		bad("stepAmount", "must not be negative")
	}
	for field, rate := range map[string]money.Decimal{
		"subscriptionFeeRate": in.SubscriptionFee, "redemptionFeeRate": in.RedemptionFee,
		"managementFeeRate": in.ManagementFee, "custodyFeeRate": in.CustodyFee,
	} {
		if rate < 0 || rate > maxRate {
			bad(field, "%s is not a rate between 0 and 100 percent", rate)
		}
	}
	if lo, hi := in.ExpectedReturnLo, in.ExpectedReturnHi; (lo == nil) != (hi == nil) {
		bad("expectedReturn", "give both ends of the range, or neither")
	} else if lo != nil && *lo > *hi {
		bad("expectedReturn", "the low end %s is above the high end %s", lo, hi)
	}
	if len(in.Documents) > catalog.MaxDocuments {
		bad("documents", "at most %d", catalog.MaxDocuments)
	}
	for i, d := range in.Documents {
		if err := d.Validate(); err != nil {
			bad(fmt.Sprintf("documents[%d]", i), "%v", err)
		}
	}
	if in.ProfessionalOnly && in.QualifiedOnly {
		// Not contradictory, but a qualified-investor product open only to
		// professionals is written as professional-only.
		bad("qualifiedOnly", "a professional-only product needs no qualified-only flag")
	}
	if m := in.AssessmentValidityMonths; m != nil && (*m < 1 || *m > 60) {
		bad("assessmentValidityMonths", "%d: give 1 to 60 months", *m)
	}
	if a := in.RefuseFromAge; a != nil && (*a < 18 || *a > 120) {
		bad("refuseFromAge", "%d: give an age from 18 to 120", *a)
	}
	if h := in.CoolingOffHours; h < 0 || h > 720 {
		bad("coolingOffHours", "%d: give 0 to 720 hours", h)
	}
	if s, e := in.SaleStart, in.SaleEnd; s != nil && e != nil && e.Before(*s) {
		bad("saleEnd", "the sales window ends (%s) before it starts (%s)", e.Format(time.DateOnly), s.Format(time.DateOnly))
	}
	if in.TargetRule != nil && targets != nil {
		if err := segment.Validate(*in.TargetRule, targets); err != nil {
			for _, re := range segment.RuleErrors(err) {
				bad("targetRule", "%s", re.Error())
			}
			if len(segment.RuleErrors(err)) == 0 {
				bad("targetRule", "%v", err)
			}
		}
	}
	if len(errs) == 0 {
		return nil
	}
	msgs := make([]string, len(errs))
	for i, e := range errs {
		msgs[i] = e.Error()
	}
	return apperr.New(apperr.BadUserInput, "%s", strings.Join(msgs, "; "))
}

// valid reports whether v is one of its enum's values.
func valid[T enum.Type](v T) bool {
	_, err := enum.Parse[T](string(v))
	return err == nil
}

// invalidCSV is a CSV that cannot be read at all (a bad header).
func invalidCSV(err error) error { return apperr.New(apperr.BadUserInput, "csv: %v", err) }
