package clientview

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// TestTimelineQueryMemo checks that a statement from the memo, with the
// arguments assembled for the call, is exactly what building it afresh
// gives, whoever asks, for any client, cursor and kinds; and that viewers
// whose access differs in shape never share a statement.
func TestTimelineQueryMemo(t *testing.T) {
	at := time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)
	calls := []struct {
		clientID, first int
		after           *bound
		kinds           []Kind
	}{
		{21, 20, nil, allKinds()},
		{22, 20, nil, allKinds()},
		{22, 20, &bound{at: at, id: 99}, allKinds()},
		{23, 20, &bound{at: at.Add(time.Hour), id: 7}, allKinds()},
		{23, 5, nil, []Kind{KindOrder, KindTrade}},
		{24, 5, nil, []Kind{KindOrder, KindTrade}},
	}
	kept := checkMemo(t, timelineStatements, len(calls), func(i int) string {
		return fmt.Sprintf("client %d after %v, %d of %v", calls[i].clientID, calls[i].after, calls[i].first, calls[i].kinds)
	}, func(ctx context.Context, d string, i int) (string, []any, error) {
		c := calls[i]
		return timelineQuery(ctx, d, c.clientID, c.first, c.after, c.kinds)
	})
	for d, n := range kept {
		if n >= len(testViewers())*len(calls) {
			t.Errorf("%s: %d statements kept for %d calls: the memo keeps nothing in common", d, n, len(testViewers())*len(calls))
		}
	}
}
