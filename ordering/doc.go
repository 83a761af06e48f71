// Package ordering places clients' orders for products (placeOrder): it
// checks the sale (the product on sale, its sales window, minimum and step
// amounts, the client's status) and its suitability (package suitability),
// keeps every matching opinion and confirmation as an unchangeable record,
// asks for the investor's written confirmation when the rules allow a sale
// only with one, takes the payment through a payment.Gateway, and lets a
// client cancel a high-risk order in its cooling-off period.
//
// An order is placed at most once per idempotency key, however many times
// and however concurrently the call is repeated. It is PAID only when the
// gateway confirms the payment; until then it is PENDING, and a repeat of
// the call, or Settle, asks the gateway again.
package ordering
