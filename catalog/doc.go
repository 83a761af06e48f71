// Package catalog is the vocabulary of the product library (金融产品库):
// a product's documents, the actions of its lifecycle and the record of
// what a change changed. It is pure, so the ent schema can store these
// types; package productops does the work with them.
package catalog
