package ordering

import (
	"crypto/hmac"
	"crypto/sha256"
	"time"

	"github.com/brokercrm/crm/payment"
	"github.com/brokercrm/crm/suitability"
)

// Service places and cancels orders.
type Service struct {
	rules    suitability.Rules
	gateway  payment.Gateway
	tokenKey []byte
	// Now is the clock; tests set it.
	Now func() time.Time
	// ConfirmationTTL is how long a warning may be confirmed.
	ConfirmationTTL time.Duration
}

// New returns a service under the firm's suitability rules that takes
// payments through gateway and signs confirmation tokens with a key
// derived from secret.
func New(rules suitability.Rules, gateway payment.Gateway, secret []byte) *Service {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte("crm suitability confirmation"))
	return &Service{rules: rules, gateway: gateway, tokenKey: mac.Sum(nil), Now: time.Now, ConfirmationTTL: 15 * time.Minute}
}

// Rules are the suitability rules orders are checked under; product
// matching uses the same.
func (s *Service) Rules() suitability.Rules { return s.rules }
