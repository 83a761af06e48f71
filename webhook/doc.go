// Package webhook tells partner apps what happened to the clients their
// API key may see.
//
// Events (order.created, order.updated, push.created) are written by ent
// hooks (Hooks) to an outbox, one WebhookDelivery row per endpoint, in the
// transaction that caused them; a key hears of an event only when it could
// read the same data through the API. A Dispatcher then POSTs each
// delivery and retries failures with backoff.
//
// A delivery is the JSON payload {"id", "event", "occurredAt", "data"}
// with the headers X-CRM-Event, X-CRM-Delivery (the event id, to
// de-duplicate on: delivery is at least once), X-CRM-Timestamp (unix
// seconds) and X-CRM-Signature: "sha256=" and the hex HMAC-SHA256, keyed
// by the endpoint's secret, of the timestamp, "." and the raw body. A
// receiver checks it with Verify, or the same few lines in its language,
// and refuses stale timestamps so a captured delivery cannot be replayed.
package webhook
