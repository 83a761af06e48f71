package ordering

import (
	"strings"
	"testing"
	"time"

	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/payment"
	"github.com/brokercrm/crm/suitability"
)

// TestConfirmationToken checks that a token verifies as issued, and that
// one differing anywhere — even only in the unused bits of its last
// character, which lenient base64 ignores — or expired, does not.
func TestConfirmationToken(t *testing.T) {
	s := New(suitability.DefaultRules(), payment.NewSimulated(), []byte("secret"))
	now := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	c := confirmation{Client: 1, Product: 2, Version: 3, Amount: money.FromInt(5000), Key: "key-00001",
		Reasons: []suitability.Reason{suitability.RiskAboveTolerance}, Opinion: 9, Expires: now.Add(time.Minute).Unix()}
	token := s.sign(c)
	if got, ok := s.verify(token, now); !ok || got.Amount != c.Amount || got.Key != c.Key {
		t.Fatalf("issued token: %+v %v", got, ok)
	}
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	last := strings.IndexByte(alphabet, token[len(token)-1])
	sibling := token[:len(token)-1] + string(alphabet[last^1]) // flips an unused bit
	if _, ok := s.verify(sibling, now); ok {
		t.Error("a token differing in its last character verified")
	}
	if _, ok := s.verify(token, now.Add(2*time.Minute)); ok {
		t.Error("an expired token verified")
	}
	other := New(suitability.DefaultRules(), payment.NewSimulated(), []byte("another secret"))
	if _, ok := other.verify(token, now); ok {
		t.Error("a token verified under another secret")
	}
}
