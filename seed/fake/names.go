package fake

import "math/rand/v2"

// Precomputed name tables: strings rather than runes, so that a name is a
// single concatenation.
var (
	surnames     []string
	surnameTable weighted
	maleChars    = chars(maleNameChars)
	femaleChars  = chars(femaleNameChars)
	sharedChars  = chars(sharedNameChars)
)

func init() {
	w := make([]int, len(surnameWeights))
	for i, s := range surnameWeights {
		surnames = append(surnames, s.name)
		w[i] = s.weight
	}
	surnameTable = newWeighted(w)
}

// chars splits s into one string per character.
func chars(s string) []string {
	var out []string
	for _, c := range s {
		out = append(out, string(c))
	}
	return out
}

// PersonName returns a Chinese name, 2 to 4 characters, and whether it is
// a man's. About a fifth of given names are one character, as among
// today's adults; the rest are two.
func PersonName(r *rand.Rand) (name string, male bool) {
	// One Uint64 is enough: 16+1+16+6+16+8 = 63 bits.
	b := bits(r.Uint64())
	surname := surnames[surnameTable.pick(&b)]
	male = b.take(1, 2) == 1
	own := femaleChars
	if male {
		own = maleChars
	}
	first := givenChar(&b, own)
	if oneInFive(&b) {
		return surname + first, male
	}
	second := givenChar(&b, own)
	if second == first && male {
		// Doubled characters (婷婷, 丽丽) are a girl's name thing.
		second = sharedChars[b.take(8, len(sharedChars))]
	}
	return surname + first + second, male
}

// givenChar draws a character of a given name, one time in five from the
// shared list, with 16 bits. Ten bits of index leave a character list of
// about a hundred within 10% of uniform, plenty for names.
func givenChar(b *bits, own []string) string {
	if oneInFive(b) {
		return sharedChars[b.take(10, len(sharedChars))]
	}
	return own[b.take(10, len(own))]
}

// oneInFive is true with probability 13/64 ≈ 20%, using 6 bits.
func oneInFive(b *bits) bool { return b.take(6, 5) == 0 }
