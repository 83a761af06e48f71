package suitability

import "time"

// Product is what the engine needs of a product: its grade on the three
// matching dimensions and its sales restrictions.
type Product struct {
	RiskLevel RiskLevel // R1–R5; an unknown level counts as above R5
	Horizon   Horizon   // how long it ties money up; Any: no lock-up
	Variety   Variety

	// ProfessionalOnly and QualifiedOnly restrict the product to
	// professional or qualified investors (suitability.md "Matching";
	// Art. 22(1): no sale to investors who do not meet the entry
	// requirements).
	ProfessionalOnly bool
	QualifiedOnly    bool

	// RefuseMismatch makes any mismatch a refusal: no written confirmation
	// can be given for this product (suitability.md "What happens on a
	// sale" 3).
	RefuseMismatch bool

	// AssessmentValidityMonths is how long a risk assessment stays valid
	// for this product's family; 0 uses Rules.AssessmentValidityMonths
	// (suitability.md "What happens on a sale" 4).
	AssessmentValidityMonths int

	// RefuseFromAge refuses investors of this age or older; 0 sets no limit
	// (suitability.md "Reason codes": an age limit on some products).
	RefuseFromAge int

	// CoolingOff is a cooling-off period of the product's own, for every
	// investor (a private fund's 24 hours, say); the longer of it and the
	// high-risk period of Rules applies.
	CoolingOff time.Duration
}
