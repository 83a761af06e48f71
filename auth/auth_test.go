package auth_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/viewer"
)

func TestMain(m *testing.M) { crmtest.Main(m) }

func TestCheckPasswordPolicy(t *testing.T) {
	for pw, ok := range map[string]bool{
		"short1":       false,
		"onlyletters":  false,
		"1234567890":   false,
		"good-pass-42": true,
		"密码很长很长12":     true,
	} {
		if err := auth.CheckPasswordPolicy(pw); (err == nil) != ok {
			t.Errorf("CheckPasswordPolicy(%q) = %v, want ok=%v", pw, err, ok)
		}
	}
}

func TestSessions(t *testing.T) {
	env := crmtest.New(t, dialect.SQLite)
	ctx := context.Background()
	clock := time.Now()
	svc := auth.NewService(env.DB.Client, []byte("k"), time.Hour)

	t.Run("OK", func(t *testing.T) {
		token, expires, u, err := svc.Login(ctx, "bm1", crmtest.Password, "127.0.0.1")
		if err != nil {
			t.Fatal(err)
		}
		if d := expires.Sub(clock); d < 59*time.Minute || d > 61*time.Minute {
			t.Errorf("expires in %s, want 1h", d)
		}
		v, err := svc.Authenticate(ctx, token)
		if err != nil {
			t.Fatal(err)
		}
		if v.UserID != u.ID || v.Role != viewer.BranchManager || v.BranchID == 0 {
			t.Errorf("viewer = %+v, want bm1 with a branch", v)
		}
	})
	t.Run("ErrOtherSecret", func(t *testing.T) {
		token, _, _, err := svc.Login(ctx, "bm1", crmtest.Password, "")
		if err != nil {
			t.Fatal(err)
		}
		other := auth.NewService(env.DB.Client, []byte("another key"), time.Hour)
		if _, err := other.Authenticate(ctx, token); !errors.Is(err, auth.ErrBadToken) {
			t.Errorf("token under another secret: %v, want ErrBadToken", err)
		}
	})
	t.Run("ErrExpired", func(t *testing.T) {
		short := auth.NewService(env.DB.Client, []byte("k"), -time.Second)
		token, _, _, err := short.Login(ctx, "bm1", crmtest.Password, "")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := short.Authenticate(ctx, token); !errors.Is(err, auth.ErrBadToken) {
			t.Errorf("expired token: %v, want ErrBadToken", err)
		}
	})
	t.Run("ResetPasswordEndsSessions", func(t *testing.T) {
		token, _, _, err := svc.Login(ctx, "advisor2", crmtest.Password, "")
		if err != nil {
			t.Fatal(err)
		}
		if err := auth.ResetPassword(privacy.DecisionContext(ctx, privacy.Allow), env.DB.Client, "advisor2", "brand-new-pass-7"); err != nil {
			t.Fatal(err)
		}
		if _, err := svc.Authenticate(ctx, token); !errors.Is(err, auth.ErrBadToken) {
			t.Errorf("old session after reset: %v, want ErrBadToken", err)
		}
		if _, _, _, err := svc.Login(ctx, "advisor2", crmtest.Password, ""); !errors.Is(err, auth.ErrBadCredentials) {
			t.Errorf("old password after reset: %v, want ErrBadCredentials", err)
		}
		if _, _, _, err := svc.Login(ctx, "advisor2", "brand-new-pass-7", ""); err != nil {
			t.Errorf("new password: %v", err)
		}
	})
	t.Run("CreateUser", func(t *testing.T) {
		u, err := auth.CreateUser(privacy.DecisionContext(ctx, privacy.Allow), env.DB.Client, auth.NewUser{Username: "advisor-new", DisplayName: "新顾问",
			Role: viewer.Advisor, BranchCode: "B002", Password: "welcome-2024"})
		if err != nil {
			t.Fatal(err)
		}
		if u.BranchID == nil {
			t.Error("new advisor has no branch")
		}
		if _, _, _, err := svc.Login(ctx, "advisor-new", "welcome-2024", ""); err != nil {
			t.Errorf("login as new user: %v", err)
		}
		for name, bad := range map[string]auth.NewUser{
			"no branch":   {Username: "x1", DisplayName: "x", Role: viewer.Advisor, Password: "welcome-2024"},
			"bad branch":  {Username: "x2", DisplayName: "x", Role: viewer.Advisor, BranchCode: "B999", Password: "welcome-2024"},
			"weak":        {Username: "x3", DisplayName: "x", Role: viewer.HeadOffice, Password: "weak"},
			"client role": {Username: "x4", DisplayName: "x", Role: viewer.Client, Password: "welcome-2024"},
		} {
			if _, err := auth.CreateUser(privacy.DecisionContext(ctx, privacy.Allow), env.DB.Client, bad); apperr.CodeOf(err) != apperr.BadUserInput {
				t.Errorf("%s: %v, want BAD_USER_INPUT", name, err)
			}
		}
	})
}

// TestViewerCache checks that a key's bookkeeping keeps cached viewers,
// while a change to a user forgets them at once.
func TestViewerCache(t *testing.T) {
	env := crmtest.New(t, dialect.SQLite)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	token := env.Login(t, "advisor1")
	v, err := env.Auth.Authenticate(ctx, token)
	if err != nil {
		t.Fatal(err)
	}
	key, err := env.DB.Client.APIKey.Create().SetName("k").SetPrefix("abcd1234").SetKeyHash([]byte("h")).
		SetOwnerID(v.UserID).SetScopes([]viewer.Scope{viewer.ProductsRead}).Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := key.Update().SetLastUsedAt(time.Now()).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if again, _ := env.Auth.Authenticate(ctx, token); again != v {
		t.Error("a key's last use emptied the viewer cache")
	}
	if err := env.DB.Client.User.UpdateOneID(v.UserID).SetDisplayName("改名").Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if again, _ := env.Auth.Authenticate(ctx, token); again == v {
		t.Error("a change to the user kept the cached viewer")
	}
}
