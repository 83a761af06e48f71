package clientops

import (
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/idcard"
)

func ptr(s string) *string { return &s }

func TestNormalizeContactDetails(t *testing.T) {
	resident := idcard.Generate("110101", time.Date(1980, 5, 17, 0, 0, 0, 0, time.UTC), 1, true)
	withX := idcard.Generate("110101", time.Date(1980, 5, 17, 0, 0, 0, 0, time.UTC), 0, false)
	for seq := 0; !strings.HasSuffix(withX, "X"); seq += 2 {
		withX = idcard.Generate("110101", time.Date(1980, 5, 17, 0, 0, 0, 0, time.UTC), seq, false)
	}
	credit := idcard.GenerateCreditCode("91110108MA01ABCD1")

	t.Run("OK", func(t *testing.T) {
		for _, tt := range []struct {
			name   string
			idType customer.IDType
			in     ContactDetails
			want   ContactDetails
		}{
			{"resident id", customer.IDTypeRESIDENT_ID, ContactDetails{IDNumber: ptr(" " + resident + " ")}, ContactDetails{IDNumber: ptr(resident)}},
			{"lower-case x", customer.IDTypeRESIDENT_ID, ContactDetails{IDNumber: ptr(strings.ToLower(withX))}, ContactDetails{IDNumber: ptr(withX)}},
			{"credit code", customer.IDTypeCREDIT_CODE, ContactDetails{IDNumber: ptr(strings.ToLower(credit))}, ContactDetails{IDNumber: ptr(credit)}},
			{"passport", customer.IDTypePASSPORT, ContactDetails{IDNumber: ptr("E12345678")}, ContactDetails{IDNumber: ptr("E12345678")}},
			{"phone", customer.IDTypeRESIDENT_ID, ContactDetails{Phone: ptr("+86 138-0013-8000")}, ContactDetails{Phone: ptr("13800138000")}},
			{"email", customer.IDTypeRESIDENT_ID, ContactDetails{Email: ptr("Wang.Li@Example.COM")}, ContactDetails{Email: ptr("Wang.Li@example.com")}},
			{"address", customer.IDTypeRESIDENT_ID, ContactDetails{Address: ptr(" 北京市朝阳区建国路1号 ")}, ContactDetails{Address: ptr("北京市朝阳区建国路1号")}},
			{"clear", customer.IDTypeRESIDENT_ID, ContactDetails{Phone: ptr(""), Email: ptr(" "), Address: ptr("")},
				ContactDetails{Phone: ptr(""), Email: ptr(""), Address: ptr("")}},
		} {
			got, err := tt.in.normalize(tt.idType)
			if err != nil {
				t.Errorf("%s: %v", tt.name, err)
				continue
			}
			if show(got) != show(tt.want) {
				t.Errorf("%s: got %s, want %s", tt.name, show(got), show(tt.want))
			}
		}
	})
	for _, tt := range []struct {
		name   string
		idType customer.IDType
		in     ContactDetails
		field  string
	}{
		{"ErrCheckDigit", customer.IDTypeRESIDENT_ID, ContactDetails{IDNumber: ptr(resident[:17] + flip(resident[17]))}, "idNumber"},
		{"ErrIDLength", customer.IDTypeRESIDENT_ID, ContactDetails{IDNumber: ptr(resident[:15])}, "idNumber"},
		{"ErrIDCleared", customer.IDTypePASSPORT, ContactDetails{IDNumber: ptr("  ")}, "idNumber"},
		{"ErrCreditCode", customer.IDTypeCREDIT_CODE, ContactDetails{IDNumber: ptr(resident)}, "idNumber"},
		{"ErrPassportSpaces", customer.IDTypePASSPORT, ContactDetails{IDNumber: ptr("E123 45678")}, "idNumber"},
		{"ErrPassportLong", customer.IDTypePASSPORT, ContactDetails{IDNumber: ptr(strings.Repeat("9", 33))}, "idNumber"},
		{"ErrPhone", customer.IDTypeRESIDENT_ID, ContactDetails{Phone: ptr("010-12345678")}, "phone"},
		{"ErrEmail", customer.IDTypeRESIDENT_ID, ContactDetails{Email: ptr("王丽 <wl@example.com>")}, "email"},
		{"ErrAddressLong", customer.IDTypeRESIDENT_ID, ContactDetails{Address: ptr(strings.Repeat("a", MaxAddress+1))}, "address"},
		{"ErrAddressBytes", customer.IDTypeRESIDENT_ID, ContactDetails{Address: ptr(strings.Repeat("路", 200))}, "address"},
		{"ErrLaterField", customer.IDTypeRESIDENT_ID, ContactDetails{Phone: ptr("13800138000"), Email: ptr("no-at-sign")}, "email"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.in.normalize(tt.idType)
			if apperr.CodeOf(err) != apperr.BadUserInput || !strings.HasPrefix(err.Error(), tt.field+": ") {
				t.Errorf("got %v, want BAD_USER_INPUT naming %s", err, tt.field)
			}
		})
	}
}

// show prints the set values of d, <nil> for the others.
func show(d ContactDetails) string {
	var b strings.Builder
	for _, v := range []*string{d.IDNumber, d.Phone, d.Email, d.Address} {
		if v == nil {
			b.WriteString("<nil> ")
		} else {
			b.WriteString(`"` + *v + `" `)
		}
	}
	return b.String()
}

// flip returns another valid check character than c.
func flip(c byte) string {
	if c == '0' {
		return "1"
	}
	return "0"
}
