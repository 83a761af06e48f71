package clientops

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brokercrm/crm/contact"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/idcard"
)

// MaxAddress bounds an address, in characters.
const MaxAddress = 500

// Column limits in bytes: ent's MaxLen on the customers table counts
// bytes, and a Chinese character takes three.
const (
	maxAddressBytes  = 500
	maxIDNumberBytes = 32
)

// ContactDetails are the new values of a client's contact details; nil
// leaves a value as it is, an empty string clears the phone, email or
// address (never the ID number, which every client has).
type ContactDetails struct {
	IDNumber *string
	Phone    *string
	Email    *string
	Address  *string
}

// UpdateContactDetails validates and stores new contact details of a
// client. The values are stored normalised (the bare 11 digits of a
// mobile number, a capital X in an ID number), so that searches and
// duplicate checks compare like with like.
func UpdateContactDetails(ctx context.Context, client *ent.Client, clientID int, d ContactDetails) (*ent.Customer, error) {
	if d == (ContactDetails{}) {
		return nil, invalid("input", "give at least one of idNumber, phone, email and address")
	}
	c, err := visible(ctx, client, clientID)
	if err != nil {
		return nil, err
	}
	d, err = d.normalize(c.IDType)
	if err != nil {
		return nil, err
	}
	u := c.Update()
	if d.IDNumber != nil {
		u.SetIDNumber(*d.IDNumber)
	}
	setOrClear(d.Phone, u.SetPhone, u.ClearPhone)
	setOrClear(d.Email, u.SetEmail, u.ClearEmail)
	setOrClear(d.Address, u.SetAddress, u.ClearAddress)
	return save(ctx, u)
}

// setOrClear applies one optional value: nil leaves it, "" clears it.
func setOrClear[U any](v *string, set func(string) U, clear func() U) {
	switch {
	case v == nil:
	case *v == "":
		clear()
	default:
		set(*v)
	}
}

// normalize checks each given value and returns it in the form to store;
// an empty string stays empty (to clear). The ID number is checked by the
// rules of the client's kind of identity document.
func (d ContactDetails) normalize(idType customer.IDType) (ContactDetails, error) {
	var out ContactDetails
	if d.IDNumber != nil {
		id, err := idNumber(idType, strings.TrimSpace(*d.IDNumber))
		if err != nil {
			return out, err
		}
		out.IDNumber = &id
	}
	if d.Phone != nil {
		phone, err := optional(*d.Phone, contact.Mobile)
		if err != nil {
			return out, invalid("phone", "%s", err)
		}
		out.Phone = &phone
	}
	if d.Email != nil {
		email, err := optional(*d.Email, contact.Email)
		if err != nil {
			return out, invalid("email", "%s", err)
		}
		out.Email = &email
	}
	if d.Address != nil {
		address := strings.TrimSpace(*d.Address)
		switch {
		case utf8.RuneCountInString(address) > MaxAddress:
			return out, invalid("address", "an address has at most %d characters", MaxAddress)
		case len(address) > maxAddressBytes:
			return out, invalid("address", "an address is stored in at most %d bytes (about %d Chinese characters)",
				maxAddressBytes, maxAddressBytes/3)
		}
		out.Address = &address
	}
	return out, nil
}

// optional returns "" for a blank value (to clear it) and the normalised
// value otherwise.
func optional(s string, normalize func(string) (string, error)) (string, error) {
	if strings.TrimSpace(s) == "" {
		return "", nil
	}
	return normalize(s)
}

// idNumber checks an ID number against its document type. Resident ID
// numbers and credit codes carry a check character, so their typing
// mistakes are caught; other documents (passports, permits) have no common
// format and are only kept within the column.
func idNumber(idType customer.IDType, id string) (string, error) {
	if id == "" {
		return "", invalid("idNumber", "an ID number cannot be cleared, only corrected")
	}
	switch idType {
	case customer.IDTypeRESIDENT_ID:
		if err := idcard.Validate(id); err != nil {
			return "", invalid("idNumber", "%s", err)
		}
		return idcard.Normalize(id), nil
	case customer.IDTypeCREDIT_CODE:
		id = strings.ToUpper(id)
		if err := idcard.ValidateCreditCode(id); err != nil {
			return "", invalid("idNumber", "%s", err)
		}
		return id, nil
	}
	if len(id) > maxIDNumberBytes || strings.ContainsFunc(id, func(r rune) bool { return unicode.IsSpace(r) || !unicode.IsPrint(r) }) {
		return "", invalid("idNumber", "a document number has at most %d characters and no spaces", maxIDNumberBytes)
	}
	return id, nil
}
