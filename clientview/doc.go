// Package clientview computes the figures of the 360° view of one client:
// today's summary, the asset allocation, the contribution to revenue, the
// margin position and the merged timeline. It reads through ent with the
// request's viewer, after the client itself has passed the privacy rules;
// each figure is one SQL statement, whatever the size of the client's
// history.
package clientview
