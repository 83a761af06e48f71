package suitability

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// checkCase is one check: changes to ordinary(), fund() and DefaultRules(),
// and the opinion wanted.
type checkCase struct {
	name    string
	profile func(*Profile)
	product func(*Product)
	rules   func(*Rules)
	now     time.Time // zero: now
	want    Outcome
	reasons []Reason
}

// checkCases have a passing and a failing case for every rule; the rule
// is the first part of the name.
var checkCases = []checkCase{
	{name: "match/all three", want: Match},

	// Risk (suitability.md "Matching").
	{name: "risk/OK below tolerance", product: func(p *Product) { p.RiskLevel = R2 }, want: Match},
	{name: "risk/ErrAbove", product: func(p *Product) { p.RiskLevel = R4 }, want: ConfirmationRequired, reasons: []Reason{RiskAboveTolerance}},
	{name: "risk/ErrUnknownLevel", profile: func(p *Profile) { p.Category = C5 }, product: func(p *Product) { p.RiskLevel = "" },
		want: ConfirmationRequired, reasons: []Reason{RiskAboveTolerance}},

	// Horizon ("Matching").
	{name: "horizon/OK shorter product", product: func(p *Product) { p.Horizon = Short }, want: Match},
	{name: "horizon/OK investor any", profile: func(p *Profile) { p.Horizon = Any }, product: func(p *Product) { p.Horizon = Long }, want: Match},
	{name: "horizon/OK product any", profile: func(p *Profile) { p.Horizon = Short }, product: func(p *Product) { p.Horizon = Any }, want: Match},
	{name: "horizon/ErrLonger", product: func(p *Product) { p.Horizon = Long }, want: ConfirmationRequired, reasons: []Reason{HorizonMismatch}},

	// Variety ("Matching").
	{name: "variety/OK wanted", product: func(p *Product) { p.Variety = FixedIncome }, want: Match},
	{name: "variety/ErrNotWanted", product: func(p *Product) { p.Variety = Derivatives }, want: ConfirmationRequired, reasons: []Reason{VarietyMismatch}},
	{name: "variety/ErrNoneWanted", profile: func(p *Profile) { p.Varieties = nil }, want: ConfirmationRequired, reasons: []Reason{VarietyMismatch}},

	{name: "mismatch/ErrAllThree in order", product: func(p *Product) { *p = Product{RiskLevel: R5, Horizon: Long, Variety: Complex} },
		want: ConfirmationRequired, reasons: []Reason{RiskAboveTolerance, HorizonMismatch, VarietyMismatch}},

	// Professional investors ("Investor classes", "Matching").
	{name: "professional/OK anything without assessment", profile: func(p *Profile) { *p = professional() },
		product: func(p *Product) { *p = Product{RiskLevel: R5, Horizon: Long, Variety: Complex} }, want: Match},
	{name: "professional/OK stale C1 assessment", profile: func(p *Profile) {
		p.Professional, p.Category, p.AssessedAt, p.AssessmentExpiresAt = true, C1, now.AddDate(-5, 0, 0), now.AddDate(-3, 0, 0)
	}, product: func(p *Product) { p.RiskLevel = R5 }, want: Match},
	{name: "professional/OK no age rule", profile: func(p *Profile) { *p = professional(); p.BirthDate = day(1940, time.January, 1) },
		product: func(p *Product) { p.RiskLevel = R5 }, want: Match},
	{name: "professional/ErrIDExpired", profile: func(p *Profile) { *p = professional(); p.IDExpiresOn = day(2026, time.June, 14) },
		want: Refused, reasons: []Reason{IDExpired}},
	{name: "professional/ErrSwitchedToOrdinary", profile: func(p *Profile) { p.Professional = false },
		product: func(p *Product) { p.RiskLevel = R5 }, want: ConfirmationRequired, reasons: []Reason{RiskAboveTolerance}},

	// Professional-only and qualified-only products ("Matching"; Art. 22(1)).
	{name: "professional-only/OK professional", profile: func(p *Profile) { *p = professional() },
		product: func(p *Product) { p.ProfessionalOnly = true }, want: Match},
	{name: "professional-only/ErrOrdinary", product: func(p *Product) { p.ProfessionalOnly = true },
		want: Refused, reasons: []Reason{ProfessionalOnly}},
	{name: "qualified-only/OK qualified ordinary", profile: func(p *Profile) { p.Qualified = true },
		product: func(p *Product) { p.QualifiedOnly = true }, want: Match},
	{name: "qualified-only/ErrNotQualified", profile: func(p *Profile) { *p = professional() },
		product: func(p *Product) { p.QualifiedOnly = true }, want: Refused, reasons: []Reason{QualifiedOnly}},

	// Lowest category ("Grades", "Matching", "What happens on a sale" 3; Art. 19, 22(5)).
	{name: "lowest/OK R1 matched", profile: func(p *Profile) { p.Category, p.Lowest = C1, true },
		product: func(p *Product) { p.RiskLevel = R1 }, want: Match},
	{name: "lowest/ErrR2", profile: func(p *Profile) { p.Category, p.Lowest = C1, true },
		product: func(p *Product) { p.RiskLevel = R2 }, want: Refused, reasons: []Reason{RiskAboveTolerance, LowestCategory}},
	{name: "lowest/ErrHorizon on R1", profile: func(p *Profile) { p.Category, p.Lowest, p.Horizon = C1, true, Short },
		product: func(p *Product) { p.RiskLevel = R1 }, want: Refused, reasons: []Reason{HorizonMismatch, LowestCategory}},
	{name: "lowest/ErrVariety on R1", profile: func(p *Profile) { p.Category, p.Lowest = C1, true },
		product: func(p *Product) { p.RiskLevel, p.Variety = R1, Other }, want: Refused, reasons: []Reason{VarietyMismatch, LowestCategory}},
	{name: "lowest/ErrFlag wins over recorded C3", profile: func(p *Profile) { p.Lowest = true },
		product: func(p *Product) { p.RiskLevel = R2 }, want: Refused, reasons: []Reason{RiskAboveTolerance, LowestCategory}},

	// Missing assessment ("What happens on a sale" 4).
	{name: "assessment-missing/OK present", want: Match},
	{name: "assessment-missing/ErrNone", profile: func(p *Profile) { p.AssessedAt, p.AssessmentExpiresAt = time.Time{}, time.Time{} },
		product: func(p *Product) { p.RiskLevel = R5 }, want: Refused, reasons: []Reason{AssessmentMissing}},
	{name: "assessment-missing/ErrNoCategory", profile: func(p *Profile) { p.Category = "" },
		want: Refused, reasons: []Reason{AssessmentMissing}},

	// Expired assessment ("What happens on a sale" 4), exactly at expiry.
	{name: "assessment-expired/OK just before 2 years", profile: func(p *Profile) {
		p.AssessedAt, p.AssessmentExpiresAt = now.AddDate(-2, 0, 0).Add(time.Nanosecond), time.Time{}
	}, want: Match},
	{name: "assessment-expired/ErrExactly 2 years", profile: func(p *Profile) {
		p.AssessedAt, p.AssessmentExpiresAt = now.AddDate(-2, 0, 0), time.Time{}
	}, product: func(p *Product) { p.RiskLevel = R5 }, want: Refused, reasons: []Reason{AssessmentExpired}},
	{name: "assessment-expired/OK recorded expiry ahead", profile: func(p *Profile) { p.AssessmentExpiresAt = now.Add(time.Second) }, want: Match},
	{name: "assessment-expired/ErrExactly at recorded expiry", profile: func(p *Profile) { p.AssessmentExpiresAt = now },
		want: Refused, reasons: []Reason{AssessmentExpired}},
	{name: "assessment-expired/OK product 12 months, 11 months old", profile: func(p *Profile) { p.AssessedAt = now.AddDate(0, -11, 0) },
		product: func(p *Product) { p.AssessmentValidityMonths = 12 }, want: Match},
	{name: "assessment-expired/ErrProduct 12 months, exactly 12 months old", profile: func(p *Profile) { p.AssessedAt = now.AddDate(0, -12, 0) },
		product: func(p *Product) { p.AssessmentValidityMonths = 12 }, want: Refused, reasons: []Reason{AssessmentExpired}},
	{name: "assessment-expired/ErrProduct 36 months, recorded expiry passed", profile: func(p *Profile) {
		p.AssessedAt, p.AssessmentExpiresAt = now.AddDate(-2, -1, 0), now.AddDate(0, -1, 0)
	}, product: func(p *Product) { p.AssessmentValidityMonths = 36 }, want: Refused, reasons: []Reason{AssessmentExpired}},
	{name: "assessment-expired/ErrRules 6 months", rules: func(r *Rules) { r.AssessmentValidityMonths = 6 },
		want: Refused, reasons: []Reason{AssessmentExpired}},

	// Identity document (ID_OVERDUE, "Reason codes"): valid through its last
	// day in the firm's time (00:00 CST on the next day is still the last day
	// in UTC).
	{name: "id/OK last day, last minute", profile: assessedOn(2035, time.February), now: at(2035, time.March, 1, 23, 59), want: Match},
	{name: "id/ErrNext day, first minute", profile: assessedOn(2035, time.February), now: at(2035, time.March, 2, 0, 0),
		want: Refused, reasons: []Reason{IDExpired}},
	{name: "id/OK no expiry", profile: func(p *Profile) { assessedOn(2098, time.December)(p); p.IDExpiresOn = time.Time{} },
		now: at(2099, time.January, 1, 0, 0), want: Match},

	// Product age limit ("Reason codes"), birthday on the day.
	{name: "age-limit/OK day before 70th birthday", profile: func(p *Profile) { p.BirthDate = day(1956, time.June, 16) },
		product: func(p *Product) { p.RefuseFromAge = 70 }, want: Match},
	{name: "age-limit/Err70th birthday", profile: func(p *Profile) { p.BirthDate = day(1956, time.June, 15) },
		product: func(p *Product) { p.RefuseFromAge = 70 }, want: Refused, reasons: []Reason{AgeLimit}},
	{name: "age-limit/OK institution", profile: func(p *Profile) { p.BirthDate = time.Time{} },
		product: func(p *Product) { p.RefuseFromAge = 1 }, want: Match},

	// Older investors and R4+ ("What happens on a sale" 5), birthday on the day.
	{name: "elderly/OK day before 65th birthday", profile: func(p *Profile) { p.Category, p.BirthDate = C5, day(1961, time.June, 16) },
		product: func(p *Product) { p.RiskLevel = R4 }, want: Match},
	{name: "elderly/Err65th birthday", profile: func(p *Profile) { p.Category, p.BirthDate = C5, day(1961, time.June, 15) },
		product: func(p *Product) { p.RiskLevel = R4 }, want: ConfirmationRequired, reasons: []Reason{AgeHighRisk}},
	{name: "elderly/OK R3", profile: func(p *Profile) { p.Category, p.BirthDate = C5, day(1940, time.June, 15) }, want: Match},
	{name: "elderly/ErrR5 with risk", profile: func(p *Profile) { p.BirthDate = day(1950, time.January, 1) },
		product: func(p *Product) { p.RiskLevel = R5 }, want: ConfirmationRequired, reasons: []Reason{RiskAboveTolerance, AgeHighRisk}},
	{name: "elderly/ErrRefuse configured", profile: func(p *Profile) { p.Category, p.BirthDate = C5, day(1950, time.January, 1) },
		product: func(p *Product) { p.RiskLevel = R4 }, rules: func(r *Rules) { r.Elderly.Refuse = true },
		want: Refused, reasons: []Reason{AgeHighRisk}},
	{name: "elderly/OK threshold 70 configured", profile: func(p *Profile) { p.Category, p.BirthDate = C5, day(1960, time.January, 1) },
		product: func(p *Product) { p.RiskLevel = R5 }, rules: func(r *Rules) { r.Elderly.Age = 70 }, want: Match},
	{name: "elderly/ErrFrom R3 configured", profile: func(p *Profile) { p.BirthDate = day(1950, time.January, 1) },
		rules: func(r *Rules) { r.Elderly.From = R3 }, want: ConfirmationRequired, reasons: []Reason{AgeHighRisk}},
	{name: "elderly/OK switched off", profile: func(p *Profile) { p.Category, p.BirthDate = C5, day(1930, time.January, 1) },
		product: func(p *Product) { p.RiskLevel = R5 }, rules: func(r *Rules) { r.Elderly.Age = 0 }, want: Match},
	{name: "elderly/OK 29 February, 28 February", profile: func(p *Profile) { p.Category, p.BirthDate = C5, day(1960, time.February, 29) },
		product: func(p *Product) { p.RiskLevel = R4 }, now: at(2025, time.February, 28, 12, 0), want: Match},
	{name: "elderly/Err29 February, 1 March", profile: func(p *Profile) { p.Category, p.BirthDate = C5, day(1960, time.February, 29) },
		product: func(p *Product) { p.RiskLevel = R4 }, now: at(2025, time.March, 1, 12, 0), want: ConfirmationRequired, reasons: []Reason{AgeHighRisk}},
	{name: "elderly/OK institution", profile: func(p *Profile) { p.Category, p.BirthDate = C5, time.Time{} },
		product: func(p *Product) { p.RiskLevel = R5 }, want: Match},

	// Products that refuse any mismatch ("What happens on a sale" 3).
	{name: "refuse-mismatch/OK matched", product: func(p *Product) { p.RefuseMismatch = true }, want: Match},
	{name: "refuse-mismatch/ErrRisk", product: func(p *Product) { p.RefuseMismatch, p.RiskLevel = true, R4 },
		want: Refused, reasons: []Reason{RiskAboveTolerance, ProductRefusesMismatch}},
	{name: "refuse-mismatch/ErrHorizon", product: func(p *Product) { p.RefuseMismatch, p.Horizon = true, Long },
		want: Refused, reasons: []Reason{HorizonMismatch, ProductRefusesMismatch}},
	{name: "refuse-mismatch/ErrElderly", profile: func(p *Profile) { p.Category, p.BirthDate = C5, day(1950, time.January, 1) },
		product: func(p *Product) { p.RefuseMismatch, p.RiskLevel = true, R4 }, want: Refused, reasons: []Reason{AgeHighRisk, ProductRefusesMismatch}},
	{name: "refuse-mismatch/ErrLowest says lowest only", profile: func(p *Profile) { p.Category, p.Lowest = C1, true },
		product: func(p *Product) { p.RefuseMismatch, p.RiskLevel = true, R2 }, want: Refused, reasons: []Reason{RiskAboveTolerance, LowestCategory}},
	{name: "refuse-mismatch/OK professional", profile: func(p *Profile) { *p = professional() },
		product: func(p *Product) { p.RefuseMismatch, p.RiskLevel = true, R5 }, want: Match},

	// Refusal dominates, and every reason found is listed in order.
	{name: "dominance/ErrID and risk", profile: func(p *Profile) { p.IDExpiresOn = day(2026, time.June, 14) },
		product: func(p *Product) { p.RiskLevel = R4 }, want: Refused, reasons: []Reason{IDExpired, RiskAboveTolerance}},
	{name: "dominance/ErrEverything", profile: func(p *Profile) {
		p.IDExpiresOn, p.BirthDate = day(2026, time.June, 14), day(1940, time.January, 1)
	}, product: func(p *Product) {
		*p = Product{RiskLevel: R5, Horizon: Long, Variety: Complex, ProfessionalOnly: true, QualifiedOnly: true, RefuseFromAge: 80, RefuseMismatch: true}
	}, want: Refused, reasons: []Reason{IDExpired, ProfessionalOnly, QualifiedOnly, AgeLimit,
		RiskAboveTolerance, HorizonMismatch, VarietyMismatch, AgeHighRisk, ProductRefusesMismatch}},
}

// assessedOn moves the assessment of ordinary() to the first of a month,
// for cases that run at other times than now.
func assessedOn(y int, m time.Month) func(*Profile) {
	return func(p *Profile) { p.AssessedAt, p.AssessmentExpiresAt = at(y, m, 1, 9, 0), time.Time{} }
}

func TestCheck(t *testing.T) {
	for _, tt := range checkCases {
		t.Run(tt.name, func(t *testing.T) {
			p, prod, rules, at := ordinary(), fund(), DefaultRules(), now
			if tt.profile != nil {
				tt.profile(&p)
			}
			if tt.product != nil {
				tt.product(&prod)
			}
			if tt.rules != nil {
				tt.rules(&rules)
			}
			if !tt.now.IsZero() {
				at = tt.now
			}
			got := rules.Check(p, prod, at)
			if got.Outcome != tt.want {
				t.Errorf("outcome = %s, want %s", got.Outcome, tt.want)
			}
			if !slices.Equal(got.Reasons, tt.reasons) {
				t.Errorf("reasons = %v, want %v", got.Reasons, tt.reasons)
			}
			if hasWarning := !got.Warning.IsZero(); hasWarning != (got.Outcome == ConfirmationRequired) {
				t.Errorf("warning present = %v for %s", hasWarning, got.Outcome)
			}
			if got.Recommendable() != (got.Outcome == Match) {
				t.Errorf("Recommendable() = %v for %s", got.Recommendable(), got.Outcome)
			}
		})
	}
}

// TestCheckCoversEveryReason: every reason code is produced by some case,
// and every rule has a passing and a failing case.
func TestCheckCoversEveryReason(t *testing.T) {
	seen := map[Reason]bool{}
	pass, fail := map[string]bool{}, map[string]bool{}
	for _, tt := range checkCases {
		for _, r := range tt.reasons {
			seen[r] = true
		}
		rule, _, _ := strings.Cut(tt.name, "/")
		if tt.want == Match {
			pass[rule] = true
		} else {
			fail[rule] = true
		}
	}
	for _, v := range Reason("").Values() {
		if !seen[Reason(v)] {
			t.Errorf("no case produces %s", v)
		}
	}
	for rule := range fail {
		if !pass[rule] && rule != "mismatch" && rule != "dominance" {
			t.Errorf("rule %q has no passing case", rule)
		}
	}
	for rule := range pass {
		if !fail[rule] && rule != "match" {
			t.Errorf("rule %q has no failing case", rule)
		}
	}
}

// TestCheckZeroRules: without settings no assessment is valid, so the
// engine fails closed.
func TestCheckZeroRules(t *testing.T) {
	got := Rules{}.Check(ordinary(), Product{RiskLevel: R1, Horizon: Short, Variety: Equity}, now)
	if got.Outcome != Refused || !slices.Equal(got.Reasons, []Reason{AssessmentExpired}) {
		t.Errorf("Rules{}.Check = %s %v, want REFUSED [ASSESSMENT_EXPIRED]", got.Outcome, got.Reasons)
	}
}
