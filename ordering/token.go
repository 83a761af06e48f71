package ordering

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"strings"
	"time"

	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/suitability"
)

// confirmation is what a confirmation token vouches for: that this client
// was shown the warning for these reasons about this version of the
// product, for this amount and key, and may confirm until Expires. The
// second call must match it in every part; a changed product, amount,
// assessment (and so reasons) needs a new warning.
type confirmation struct {
	Client   int                  `json:"c"`
	Product  int                  `json:"p"`
	Version  int                  `json:"v"`
	Amount   money.Decimal        `json:"a"`
	Key      string               `json:"k"`
	Reasons  []suitability.Reason `json:"r"`
	Opinion  int                  `json:"o"` // the record of the warning shown
	Expires  int64                `json:"e"` // Unix seconds
	Assessed int                  `json:"s"` // the assessment in force; 0 for none
}

func (s *Service) sign(c confirmation) string {
	body, _ := json.Marshal(c)
	mac := hmac.New(sha256.New, s.tokenKey)
	mac.Write(body)
	return base64.RawURLEncoding.EncodeToString(body) + "." + base64.RawURLEncoding.EncodeToString(mac.Sum(nil))
}

// verify returns the confirmation a token carries if its signature holds
// and it has not expired.
func (s *Service) verify(token string, now time.Time) (confirmation, bool) {
	var c confirmation
	body64, sig64, ok := strings.Cut(token, ".")
	if !ok {
		return c, false
	}
	// Strict: a token differing only in the unused bits of its last
	// character is not the token that was issued.
	enc := base64.RawURLEncoding.Strict()
	body, err1 := enc.DecodeString(body64)
	sig, err2 := enc.DecodeString(sig64)
	if err1 != nil || err2 != nil {
		return c, false
	}
	mac := hmac.New(sha256.New, s.tokenKey)
	mac.Write(body)
	if !hmac.Equal(sig, mac.Sum(nil)) || json.Unmarshal(body, &c) != nil || now.Unix() > c.Expires {
		return c, false
	}
	return c, true
}
