package clientview

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestFiguresQueryMemo checks the summary's statement as
// TestTimelineQueryMemo checks the timeline's: from the memo, with the
// arguments of the call, it is what building it afresh gives, for every
// viewer, client and day; and viewers share a statement only when their
// access conditions have the same shape.
func TestFiguresQueryMemo(t *testing.T) {
	day := time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)
	calls := []struct {
		clientID int
		now      time.Time
	}{{21, day}, {22, day}, {22, day.AddDate(0, 0, 1)}, {23, day.AddDate(0, 2, 0).Add(time.Minute)}}
	kept := checkMemo(t, figuresStatements, len(calls), func(i int) string {
		return fmt.Sprintf("client %d on %v", calls[i].clientID, calls[i].now)
	}, func(ctx context.Context, d string, i int) (string, []any, error) {
		return figuresQuery(ctx, d, calls[i].clientID, calls[i].now)
	})
	// The advisors differ only in their ids, and the keys without
	// orders:read see clients as head office does.
	for d, n := range kept {
		if n >= len(testViewers()) {
			t.Errorf("%s: %d statements kept for %d viewers: the memo keeps nothing in common", d, n, len(testViewers()))
		}
	}
}
