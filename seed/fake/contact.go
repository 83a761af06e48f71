package fake

import (
	"math/rand/v2"
	"strconv"
)

var (
	mobilePrefixes []string
	mobileTable    weighted
	mailHosts      []string
	mailHostTable  weighted
)

func init() {
	w := make([]int, len(mobilePrefixWeights))
	for i, p := range mobilePrefixWeights {
		mobilePrefixes = append(mobilePrefixes, p.prefix)
		w[i] = p.weight
	}
	mobileTable = newWeighted(w)
	w = make([]int, len(mailHostWeights))
	for i, h := range mailHostWeights {
		mailHosts = append(mailHosts, h.host)
		w[i] = h.weight
	}
	mailHostTable = newWeighted(w)
}

// Mobile returns an 11-digit mainland mobile number with a real carrier
// prefix.
func Mobile(r *rand.Rand) string {
	b := bits(r.Uint64())
	var buf [11]byte
	copy(buf[:3], mobilePrefixes[mobileTable.pick(&b)])
	putDigits(buf[3:], b.take(32, 100_000_000))
	return string(buf[:])
}

// Email returns a plausible personal address: a QQ number at qq.com, or
// an English word with digits at one of the big providers. When seed is a
// resident ID number the digits are often its birth year, as people pick
// them; any other seed (a name, say) is not used.
func Email(r *rand.Rand, seed string) string {
	var arr [48]byte
	buf := arr[:0]
	host := mailHosts[mailHostTable.draw(r)]
	if host == "qq.com" && r.IntN(4) > 0 {
		// QQ numbers: 5 digits for the oldest accounts, 9 or 10 today.
		n := 5 + r.IntN(6)
		buf = append(buf, byte('1'+r.IntN(9)))
		for range n - 1 {
			buf = append(buf, byte('0'+r.IntN(10)))
		}
		return string(append(append(buf, '@'), host...))
	}
	buf = append(buf, oneOf(r, emailWords)...)
	switch r.IntN(5) {
	case 0:
		buf = append(buf, '_')
		buf = append(buf, oneOf(r, emailWords)...)
	case 1:
		buf = append(buf, '.')
	}
	if year := birthYear(seed); year != "" && r.IntN(2) == 0 {
		if r.IntN(2) == 0 {
			year = year[2:]
		}
		buf = append(buf, year...)
	} else {
		buf = strconv.AppendInt(buf, int64(r.IntN(10000)), 10)
	}
	return string(append(append(buf, '@'), host...))
}

// birthYear returns the year digits of an 18-character ID number, or "".
func birthYear(id string) string {
	if len(id) != 18 {
		return ""
	}
	y := id[6:10]
	for i := 0; i < len(y); i++ {
		if y[i] < '0' || y[i] > '9' {
			return ""
		}
	}
	return y
}

// addressPrefixes[i][j] is "province city district" for district j of
// cityTable[i], e.g. "广东省深圳市福田区"; municipalities skip the province.
var addressPrefixes = func() [][]string {
	out := make([][]string, len(cityTable))
	for i, c := range cityTable {
		for _, d := range c.districts {
			out[i] = append(out[i], cityPrefix(c.City)+d.name)
		}
	}
	return out
}()

func cityPrefix(c City) string {
	if c.Province == c.Name+"市" {
		return c.Province
	}
	return c.Province + c.Name + "市"
}

// Address returns a home address in the city, e.g.
// "北京市东城区建国门内大街18号3单元502室". Districts and streets are real;
// house numbers are not. A City not from Cities gets its own district and
// common street names.
func Address(r *rand.Rand, c City) string {
	b := bits(r.Uint64())
	var prefix string
	var streets []string
	if i, ok := cityIndex[c.Name]; ok {
		j := b.take(8, len(cityTable[i].districts))
		prefix, streets = addressPrefixes[i][j], cityTable[i].districts[j].streets
	} else {
		prefix, streets = cityPrefix(c)+c.District, genericStreets
	}
	var arr [128]byte
	buf := append(arr[:0], prefix...)
	buf = append(buf, streets[b.take(8, len(streets))]...)
	number := 1 + b.take(9, 300)
	building := 1 + b.take(5, 30)
	unit := 1 + b.take(3, 6)
	room := (1+b.take(6, 32))*100 + 1 + b.take(2, 4) // floor and door: 502, 1203
	switch style := b.take(4, 10); {
	case style < 5:
		buf = appendNum(appendNum(appendNum(buf, number, "号"), unit, "单元"), room, "室")
	case style < 8:
		buf = appendNum(appendNum(appendNum(buf, number, "号"), building, "栋"), room, "室")
	case c.Name == "上海":
		buf = appendNum(appendNum(appendNum(buf, number, "弄"), building, "号"), room, "室")
	default:
		buf = appendNum(appendNum(buf, number, "号院"), building, "号楼")
		buf = appendNum(appendNum(buf, unit, "单元"), room, "室")
	}
	return string(buf)
}

// appendNum appends a number and the word that follows it.
func appendNum(buf []byte, n int, word string) []byte {
	return append(strconv.AppendInt(buf, int64(n), 10), word...)
}
