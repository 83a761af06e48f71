// Package audit writes the append-only audit trail: every change made
// through ent (a hook on the client, in the change's own transaction),
// every read of unmasked personal data (collected during a request and
// written when it ends), and logins and logouts. Compliance reads the
// trail through the auditLogs query; nothing updates or deletes it.
package audit
