package refresh

import (
	"testing"

	"github.com/brokercrm/crm/money"
)

func TestRealised(t *testing.T) {
	m := money.MustParse
	for _, c := range []struct {
		boughtQty, bought, soldQty, sold, want string
	}{
		// 1,000 bought for 10,000 (10 each); 400 sold for 4,800: 800 gained.
		{"1000", "10000", "400", "4800", "800"},
		// Sold at a loss.
		{"1000", "10000", "1000", "9000", "-1000"},
		// Thirds: 3 bought for 10, 1 sold for 4: 4 − 3.3333 = 0.6667.
		{"3", "10", "1", "4", "0.6667"},
		// Nothing bought in the CRM's history: no gain can be told.
		{"0", "0", "100", "500", "0"},
		// Large amounts do not overflow: 10^9 shares at 1,000.
		{"1000000000", "1000000000000", "500000000", "600000000000", "100000000000"},
	} {
		got := realised(m(c.boughtQty), m(c.bought), m(c.soldQty), m(c.sold))
		if got != m(c.want) {
			t.Errorf("realised(%s, %s, %s, %s) = %s, want %s", c.boughtQty, c.bought, c.soldQty, c.sold, got, c.want)
		}
	}
}
