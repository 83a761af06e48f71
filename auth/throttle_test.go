package auth_test

import (
	"testing"
	"time"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/auth"
)

func TestThrottle(t *testing.T) {
	th := &auth.Throttle{MaxPerUser: 3, MaxPerIP: 5, Window: 10 * time.Minute}
	start := time.Date(2026, 6, 30, 9, 0, 0, 0, time.UTC)
	at := func(minutes int) time.Time { return start.Add(time.Duration(minutes) * time.Minute) }

	for i := range 3 {
		if err := th.Check("zhang", "10.0.0.1", at(i)); err != nil {
			t.Fatalf("attempt %d refused: %v", i+1, err)
		}
		th.Fail("zhang", "10.0.0.1", at(i))
	}
	err := th.Check("zhang", "10.0.0.9", at(3))
	if apperr.CodeOf(err) != apperr.RateLimited {
		t.Fatalf("4th attempt for the username: %v, want RATE_LIMITED", err)
	}
	// The oldest failure (minute 0) leaves the window at minute 10.
	if err := th.Check("zhang", "10.0.0.9", at(10)); err != nil {
		t.Errorf("after the window: %v", err)
	}

	// Per address: five usernames from one address lock the address.
	for i, u := range []string{"a", "b", "c", "d", "e"} {
		th.Fail(u, "10.0.0.2", at(20+i))
	}
	if err := th.Check("f", "10.0.0.2", at(25)); apperr.CodeOf(err) != apperr.RateLimited {
		t.Errorf("6th username from the address: %v, want RATE_LIMITED", err)
	}
	if err := th.Check("f", "10.0.0.3", at(25)); err != nil {
		t.Errorf("another address: %v", err)
	}

	// A success clears the username, not the address.
	th.Fail("li", "10.0.0.4", at(30))
	th.Fail("li", "10.0.0.4", at(30))
	th.Succeed("li")
	th.Fail("li", "10.0.0.4", at(31))
	th.Fail("li", "10.0.0.4", at(31))
	if err := th.Check("li", "10.0.0.5", at(31)); err != nil {
		t.Errorf("the username was not cleared by the success: %v", err)
	}
}
