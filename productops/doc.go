// Package productops curates the product library: product managers create
// and edit drafts and submit them; compliance approves or rejects them
// (never the submitter: four eyes); products are suspended, resumed,
// retired and reopened. Every change is a new version in the product's
// history, written in the caller's transaction with the change itself.
package productops
