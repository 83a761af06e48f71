package suitability

// The three matchings of suitability.md "Matching (三匹配)": risk,
// horizon and variety.

// categoryRank is 1 for C1 to 5 for C5, and 0 for anything else.
func categoryRank(c Category) int {
	switch c {
	case C1:
		return 1
	case C2:
		return 2
	case C3:
		return 3
	case C4:
		return 4
	case C5:
		return 5
	}
	return 0
}

// riskRank is 1 for R1 to 5 for R5, and 6 (above R5) for anything else.
func riskRank(l RiskLevel) int {
	switch l {
	case R1:
		return 1
	case R2:
		return 2
	case R3:
		return 3
	case R4:
		return 4
	case R5:
		return 5
	}
	return 6
}

// horizonRank orders the horizons from Short (1) to Long (3); 0 for Any
// and anything else.
func horizonRank(h Horizon) int {
	switch h {
	case Short:
		return 1
	case Medium:
		return 2
	case Long:
		return 3
	}
	return 0
}

// Covers reports whether an ordinary investor of category c matches risk
// level l: Cn matches R1 to Rn (the table of suitability.md "Matching").
// An unknown category matches nothing, an unknown level nothing.
func (c Category) Covers(l RiskLevel) bool {
	return categoryRank(c) >= riskRank(l)
}

// Accepts reports whether an investor accepting horizon h matches a
// product of horizon product: the product ties money up no longer than
// the investor accepts. Any, on either side, matches everything.
func (h Horizon) Accepts(product Horizon) bool {
	if h == Any || product == Any {
		return true
	}
	hr, pr := horizonRank(h), horizonRank(product)
	return hr > 0 && pr > 0 && pr <= hr
}

// mismatches lists the dimensions on which an ordinary investor's valid
// assessment does not match the product. The lowest category is held to
// C1 whatever its recorded category.
func mismatches(p Profile, prod Product) []Reason {
	var rs []Reason
	c := p.Category
	if p.Lowest {
		c = C1
	}
	if !c.Covers(prod.RiskLevel) {
		rs = append(rs, RiskAboveTolerance)
	}
	if !p.Horizon.Accepts(prod.Horizon) {
		rs = append(rs, HorizonMismatch)
	}
	if !p.Wants(prod.Variety) {
		rs = append(rs, VarietyMismatch)
	}
	return rs
}

// AtLeast reports whether level l is m or higher; an unknown level ranks
// above R5, as the engine ranks it.
func (l RiskLevel) AtLeast(m RiskLevel) bool { return riskRank(l) >= riskRank(m) }
