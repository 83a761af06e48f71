package webhook

import (
	"errors"
	"net"
	"net/http"
	"syscall"
	"time"
)

// ErrPrivateAddress refuses a delivery to an address inside the firm's
// network: a webhook URL is chosen by whoever administers a partner key,
// and must not turn the server into a probe of internal services.
var ErrPrivateAddress = errors.New("webhook: refusing to connect to a private, loopback or link-local address")

// PublicOnly returns an HTTP client that connects only to public
// addresses. The check runs on the address actually dialled, after DNS
// resolution, so a name that resolves inward is refused too.
func PublicOnly(timeout time.Duration) *http.Client {
	dialer := &net.Dialer{
		Timeout: 5 * time.Second,
		Control: func(_, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip := net.ParseIP(host)
			if ip == nil || !isPublic(ip) {
				return ErrPrivateAddress
			}
			return nil
		},
	}
	transport := http.DefaultTransport.(*http.Transport).Clone()
	transport.Proxy = nil // a proxy would dial on our behalf, past the check
	transport.DialContext = dialer.DialContext
	return &http.Client{
		Timeout:       timeout,
		Transport:     transport,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
}

func isPublic(ip net.IP) bool {
	return !(ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsMulticast() || ip.IsInterfaceLocalMulticast())
}
