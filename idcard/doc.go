// Package idcard validates and builds the two national identifiers a
// brokerage records at account opening:
//
//   - the 18-character resident identity number of a person
//     (公民身份号码, GB 11643-1999), and
//   - the 18-character unified social credit code of an organisation
//     (统一社会信用代码, GB 32100-2015).
//
// Both end in a check character, so most typing mistakes are caught before
// a number reaches the database. Validation errors are *Error values that
// carry a Reason code, so an API can both test for them with errors.Is and
// report a stable code to its clients.
package idcard
