// Package pii decides who sees a client's personal data — ID numbers,
// phones, e-mail, addresses — unmasked, and masks it for everyone else.
// Masking happens here, in the server: the SPA and partner apps receive
// only what the viewer may see.
package pii

import (
	"context"

	"github.com/brokercrm/crm/audit"
	"github.com/brokercrm/crm/viewer"
)

// MayReveal reports whether v may see the personal data of the client with
// id clientID served by advisorID unmasked: compliance, the client's
// primary advisor (not an advisor it is only shared with) and the client
// themselves. Branch managers, head office and product managers see it
// masked. An API key also needs the clients:pii scope.
func MayReveal(v *viewer.Viewer, clientID int, advisorID *int) bool {
	if v == nil || !v.Has(viewer.ClientsPII) {
		return false
	}
	switch v.Role {
	case viewer.Compliance:
		return true
	case viewer.Advisor:
		return advisorID != nil && *advisorID == v.UserID
	case viewer.Client:
		return v.ClientID == clientID
	}
	return false
}

// Field is one kind of personal data: its column name, as the audit trail
// records it, and its mask.
type Field struct {
	Name string
	Mask func(string) string
}

// The kinds of personal data.
var (
	IDNumber = Field{"id_number", MaskIDNumber}
	Phone    = Field{"phone", MaskPhone}
	Email    = Field{"email", MaskEmail}
	Address  = Field{"address", MaskAddress}
)

// Show returns value as the viewer may see it: unmasked when reveal is
// true and the read is recorded for the audit trail, masked otherwise.
func Show(ctx context.Context, entityType string, entityID int, reveal bool, f Field, value string) string {
	if value == "" {
		return ""
	}
	if reveal && audit.RecordRead(ctx, entityType, entityID, f.Name) {
		return value
	}
	return f.Mask(value)
}
