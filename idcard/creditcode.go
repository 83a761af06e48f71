package idcard

// Unified social credit code (GB 32100-2015), 18 characters:
//
//	place 1      registration authority (9 = market regulator, 5 = civil affairs, …)
//	place 2      organisation category (1 = company, 2 = sole trader, …)
//	places 3–8   region code of the registering authority (GB/T 2260, digits)
//	places 9–17  organisation code (GB 11714), itself ending in a check character
//	place 18     check character over places 1–17
//
// The alphabet is the digits and the capital letters without I, O, S, V
// and Z, which are too easily read as digits or each other.
const creditCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY"

const creditLength = 18

// creditWeights are 3^(i-1) mod 31 for places i = 1…17.
var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// creditValue maps a character to its value in creditCharset, or -1.
// A 256-entry table keeps validation to one load per character.
var creditValue = func() (t [256]int8) {
	for i := range t {
		t[i] = -1
	}
	for i := 0; i < len(creditCharset); i++ {
		t[creditCharset[i]] = int8(i)
	}
	return t
}()

// orgCodeWeights are the GB 11714 weights of the 8 characters before the
// organisation code's own check character.
var orgCodeWeights = [8]int{3, 7, 9, 10, 5, 8, 4, 2}

// CreditCodeCheck returns the check character (place 18) of the first 17
// characters of a unified social credit code.
func CreditCodeCheck(first17 string) (byte, error) {
	if len(first17) != 17 {
		return 0, ErrCreditCodeLength
	}
	sum := 0
	for i := range 17 {
		v := creditValue[first17[i]]
		if v < 0 {
			return 0, ErrCreditCodeFormat
		}
		sum += int(v) * creditWeights[i]
	}
	return creditCharset[(31-sum%31)%31], nil
}

// ValidateCreditCode checks the length, the alphabet (upper case only, as
// the standard writes it: upper-case user input first), that the region
// code is digits and the check character.
//
// The organisation code's own GB 11714 check character (place 17) is
// deliberately not verified: the final check character already catches
// typing mistakes, and a rule stricter than that risks turning away a
// customer whose licence is right. ComposeCreditCode does honour it.
func ValidateCreditCode(code string) error {
	if len(code) != creditLength {
		return ErrCreditCodeLength
	}
	want, err := CreditCodeCheck(code[:17])
	if err != nil {
		return err
	}
	if creditValue[code[17]] < 0 || !allDigits(code[2:8]) {
		return ErrCreditCodeFormat
	}
	if code[17] != want {
		return ErrCreditCodeCheckDigit
	}
	return nil
}

// GenerateCreditCode appends the check character to 17 characters of the
// alphabet. Like Generate it is for test and demo data and panics on
// malformed input, which is a bug in the caller.
func GenerateCreditCode(prefix17 string) string {
	c, err := CreditCodeCheck(prefix17)
	if err != nil {
		panic("idcard: credit code prefix " + prefix17 + ": " + err.Error())
	}
	return prefix17 + string(c)
}

// ComposeCreditCode builds a credit code the way registries do: a 2-character
// authority and category (e.g. "91" for a company registered with the
// market regulator), a 6-digit region code and an 8-character organisation
// code body. It adds the organisation code's GB 11714 check character and
// then the credit code's own. It panics on malformed parts.
func ComposeCreditCode(authorityCategory, regionCode, orgBody string) string {
	if len(authorityCategory) != 2 || len(regionCode) != 6 || !allDigits(regionCode) || len(orgBody) != 8 {
		panic("idcard: malformed credit code parts " + authorityCategory + "/" + regionCode + "/" + orgBody)
	}
	var b [creditLength]byte
	copy(b[0:2], authorityCategory)
	copy(b[2:8], regionCode)
	copy(b[8:16], orgBody)
	c, err := OrgCodeCheck(orgBody)
	if err != nil {
		panic("idcard: organisation code body " + orgBody + ": " + err.Error())
	}
	b[16] = c
	c, err = CreditCodeCheck(string(b[:17]))
	if err != nil {
		panic("idcard: credit code prefix " + string(b[:17]) + ": " + err.Error())
	}
	b[17] = c
	return string(b[:])
}

// OrgCodeCheck returns the GB 11714 check character ('0'–'9' or 'X') of
// the 8-character body of an organisation code. The body may only use the
// credit code alphabet, so that the result can sit inside a credit code.
func OrgCodeCheck(body8 string) (byte, error) {
	if len(body8) != 8 {
		return 0, ErrCreditCodeLength
	}
	sum := 0
	for i := range 8 {
		c := body8[i]
		if creditValue[c] < 0 {
			return 0, ErrCreditCodeFormat
		}
		// GB 11714 values letters A–Z as 10–35, unlike the credit code's
		// alphabet, which skips I, O, S, V and Z.
		v := int(c - '0')
		if c >= 'A' {
			v = int(c-'A') + 10
		}
		sum += v * orgCodeWeights[i]
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X', nil
	case 11:
		return '0', nil
	default:
		return byte('0' + c), nil
	}
}
