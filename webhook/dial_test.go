package webhook_test

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/brokercrm/crm/webhook"
)

func TestPublicOnlyRefusesInternalAddresses(t *testing.T) {
	internal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		t.Error("the internal server was reached")
	}))
	defer internal.Close()
	client := webhook.PublicOnly(2 * time.Second)
	for _, url := range []string{internal.URL, "http://localhost:1/", "http://10.0.0.1:1/", "http://[::1]:1/", "http://169.254.169.254/latest/meta-data/"} {
		_, err := client.Post(url, "application/json", nil)
		if !errors.Is(err, webhook.ErrPrivateAddress) {
			t.Errorf("%s: %v, want ErrPrivateAddress", url, err)
		}
	}
}
