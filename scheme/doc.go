// Package scheme is the classification schemes (客户分类, PRODUCT.md §3):
// each sorts clients into named classes by rules over their dimensions,
// first matching class first. The rules and their thresholds are
// configuration that head office edits, not code; the standard schemes
// here are only where each starts.
package scheme
