// Package access holds the operations that change who may see a client:
// sharing a client with another advisor for a while, and moving a client
// to another advisor. Who may perform them is decided by the ent privacy
// policies (package rule); this package checks that the request makes
// sense.
package access
