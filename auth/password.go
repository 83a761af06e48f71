// Package auth logs users in and out and turns a bearer token back into
// the viewer of a request.
package auth

import (
	"runtime"

	"github.com/alexedwards/argon2id"
)

// Params are the argon2id parameters of new password hashes: the RFC 9106
// second recommendation (64 MiB, 3 passes), parallel over the machine.
var Params = &argon2id.Params{
	Memory:      64 * 1024,
	Iterations:  3,
	Parallelism: uint8(min(runtime.NumCPU(), 4)),
	SaltLength:  16,
	KeyLength:   32,
}

// HashPassword returns the argon2id hash of password, with its parameters
// and salt encoded in the string.
func HashPassword(password string) (string, error) {
	return argon2id.CreateHash(password, Params)
}

// checkPassword compares in constant time; a malformed hash never matches.
func checkPassword(password, hash string) bool {
	ok, err := argon2id.ComparePasswordAndHash(password, hash)
	return err == nil && ok
}
