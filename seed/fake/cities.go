package fake

import "slices"

// City is a city with brokerage branches.
type City struct {
	Name, NameEn, Province, Region, RegionEn string
	// RegionCode is the 6-digit administrative division code of a real
	// district of the city (GB/T 2260), used as the prefix of the ID
	// numbers of people from there.
	RegionCode string
	// District is the name of the district RegionCode stands for.
	District string
	// AreaCode is the fixed-line telephone area code.
	AreaCode string
}

// Cities returns the cities with branches, in the order of Branches.
// The slice is a copy: callers may keep or change it.
func Cities() []City {
	out := make([]City, len(cityTable))
	for i, c := range cityTable {
		out[i] = c.City
	}
	return out
}

// BranchSpec is a branch (证券营业部) to create.
type BranchSpec struct{ Code, Name, City string }

// Branches returns the branches: one in most cities, two in the largest.
// Codes run B001, B002, … in that order, so B001 is always a Beijing one.
func Branches() []BranchSpec { return slices.Clone(branchTable) }

// branchTable is built once from cityTable.
var branchTable = func() []BranchSpec {
	var out []BranchSpec
	for _, c := range cityTable {
		for _, street := range c.branchStreets {
			code := []byte("B000")
			putDigits(code[1:], len(out)+1)
			out = append(out, BranchSpec{Code: string(code), Name: c.Name + street + "证券营业部", City: c.Name})
		}
	}
	return out
}()

// cityIndex finds a city's extra data (districts, streets) by name.
var cityIndex = func() map[string]int {
	m := make(map[string]int, len(cityTable))
	for i, c := range cityTable {
		m[c.Name] = i
	}
	return m
}()
