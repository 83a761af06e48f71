// Package clientops holds the everyday changes advisors and branch
// managers make to a client: logging a contact, tagging, correcting
// contact details and changing the status. Who may make them is decided
// by the ent privacy policies (package rule); this package checks that the
// request makes sense and writes it in the caller's transaction, so a
// refused or invalid request leaves nothing behind.
package clientops
