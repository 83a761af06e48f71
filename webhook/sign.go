package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// The headers of a delivery.
const (
	HeaderEvent     = "X-CRM-Event"
	HeaderDelivery  = "X-CRM-Delivery" // the event id
	HeaderTimestamp = "X-CRM-Timestamp"
	HeaderSignature = "X-CRM-Signature"
)

// DefaultTolerance is how far a delivery's timestamp may be from the
// receiver's clock when Verify is given no tolerance.
const DefaultTolerance = 5 * time.Minute

// Errors of Verify.
var (
	ErrNoSignature    = errors.New("webhook: missing or malformed signature headers")
	ErrStaleTimestamp = errors.New("webhook: timestamp outside the tolerance")
	ErrBadSignature   = errors.New("webhook: signature does not match")
)

const signaturePrefix = "sha256="

// Sign returns the X-CRM-Signature value of body sent at timestamp (unix
// seconds): "sha256=" and the hex HMAC-SHA256, under secret, of the
// timestamp, a dot and the body. Signing the timestamp with the body stops
// a captured delivery from being replayed later with a fresh timestamp.
func Sign(secret string, timestamp int64, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(strconv.FormatInt(timestamp, 10)))
	m.Write([]byte("."))
	m.Write(body)
	return signaturePrefix + hex.EncodeToString(m.Sum(nil))
}

// Verify checks a received delivery: its signature must be that of body
// under secret, and its timestamp within tolerance of now (DefaultTolerance
// when tolerance <= 0). Partners do the same in their own language.
func Verify(secret string, header http.Header, body []byte, now time.Time, tolerance time.Duration) error {
	if tolerance <= 0 {
		tolerance = DefaultTolerance
	}
	ts, err := strconv.ParseInt(header.Get(HeaderTimestamp), 10, 64)
	if err != nil {
		return ErrNoSignature
	}
	got, ok := strings.CutPrefix(header.Get(HeaderSignature), signaturePrefix)
	if !ok {
		return ErrNoSignature
	}
	gotMAC, err := hex.DecodeString(got)
	if err != nil {
		return ErrNoSignature
	}
	if d := now.Sub(time.Unix(ts, 0)); d > tolerance || d < -tolerance {
		return ErrStaleTimestamp
	}
	want, _ := hex.DecodeString(strings.TrimPrefix(Sign(secret, ts, body), signaturePrefix))
	if !hmac.Equal(gotMAC, want) {
		return ErrBadSignature
	}
	return nil
}
