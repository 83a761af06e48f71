// Package suitability holds the vocabulary of investor suitability
// (适当性管理, ../shared/domain/suitability.md): client risk categories,
// product risk levels, investment horizons and varieties. The matching
// engine builds on these types.
package suitability

// Category is an ordinary investor's risk tolerance, C1 (lowest) to C5.
type Category string

// The five categories.
const (
	C1 Category = "C1"
	C2 Category = "C2"
	C3 Category = "C3"
	C4 Category = "C4"
	C5 Category = "C5"
)

// Values lists the categories for the ent enum.
func (Category) Values() []string {
	return []string{string(C1), string(C2), string(C3), string(C4), string(C5)}
}

// RiskLevel is a product's risk, R1 (lowest) to R5.
type RiskLevel string

// The five levels.
const (
	R1 RiskLevel = "R1"
	R2 RiskLevel = "R2"
	R3 RiskLevel = "R3"
	R4 RiskLevel = "R4"
	R5 RiskLevel = "R5"
)

// Values lists the levels for the ent enum.
func (RiskLevel) Values() []string {
	return []string{string(R1), string(R2), string(R3), string(R4), string(R5)}
}

// Horizon is an investment horizon (投资期限): how long a product ties money
// up, or how long an investor accepts.
type Horizon string

// The horizons. Any is an investor's "no specific requirement".
const (
	Short  Horizon = "SHORT"  // under 1 year
	Medium Horizon = "MEDIUM" // 1 to 5 years
	Long   Horizon = "LONG"   // over 5 years
	Any    Horizon = "ANY"
)

// Values lists the horizons for the ent enum.
func (Horizon) Values() []string {
	return []string{string(Short), string(Medium), string(Long), string(Any)}
}

// Variety is an investment variety (投资品种).
type Variety string

// The varieties of suitability.md.
const (
	FixedIncome Variety = "FIXED_INCOME"
	Equity      Variety = "EQUITY"
	Derivatives Variety = "DERIVATIVES" // futures, options, margin
	Complex     Variety = "COMPLEX"     // complex or high-risk
	Other       Variety = "OTHER"
)

// Values lists the varieties for the ent enum.
func (Variety) Values() []string {
	return []string{string(FixedIncome), string(Equity), string(Derivatives), string(Complex), string(Other)}
}

// VarietyBits packs varieties into an integer, bit i for the i-th of
// Variety.Values, so that a database can test "wants variety v" as
// bits & VarietyBit(v) <> 0 across a million clients.
func VarietyBits(vs []Variety) int {
	bits := 0
	for _, v := range vs {
		bits |= VarietyBit(v)
	}
	return bits
}

// VarietyBit is v's bit in VarietyBits; 0 for an unknown variety.
func VarietyBit(v Variety) int {
	for i, x := range Variety("").Values() {
		if x == string(v) {
			return 1 << i
		}
	}
	return 0
}
