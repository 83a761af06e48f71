package refresh

import (
	"context"
	"log/slog"
	"time"

	"github.com/brokercrm/crm/store"
)

// Schedule is when the server refreshes metrics by itself.
type Schedule struct {
	// Every is how often the clients changed since the last refresh are
	// recomputed; 0 turns the schedule off.
	Every time.Duration
	// FullAt is the time of day, in China, when every client is
	// recomputed: windows such as "trades in 30 days" move with the
	// calendar even for clients nothing happened to.
	FullAt time.Duration
	// Options tune each refresh (Now is set at each run).
	Options Options
}

// Run refreshes on the schedule until ctx ends: first the changed
// clients (which includes every client never computed), then again every
// s.Every, and every client once a day at s.FullAt. A failed refresh is
// logged and tried again at the next turn.
func (s Schedule) Run(ctx context.Context, db *store.DB, logger *slog.Logger) {
	if s.Every <= 0 {
		return
	}
	nextFull := nextDaily(time.Now(), s.FullAt)
	for {
		run, kind := Changed, "changed"
		if !time.Now().Before(nextFull) {
			run, kind = Full, "full"
			nextFull = nextDaily(time.Now(), s.FullAt)
		}
		opts := s.Options
		opts.Now = time.Now()
		res, err := run(ctx, db, opts)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			logger.Error("metrics refresh failed", "kind", kind, "err", err)
		case res.Clients > 0:
			logger.Info("metrics refreshed", "kind", kind, "clients", res.Clients, "took", res.Took)
		}
		wait := min(s.Every, time.Until(nextFull))
		select {
		case <-ctx.Done():
			return
		case <-time.After(max(wait, time.Second)):
		}
	}
}

// nextDaily is the next instant after now at the time of day at (China
// time).
func nextDaily(now time.Time, at time.Duration) time.Time {
	local := now.In(chinaTime)
	t := time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, chinaTime).Add(at)
	if !t.After(now) {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

var chinaTime = time.FixedZone("CST", 8*60*60)
