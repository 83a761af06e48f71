package clientview

import (
	"context"
	"reflect"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/viewer"
)

// TestFiguresQueryMemo checks the summary's statement as
// TestTimelineQueryMemo checks the timeline's: from the memo, with the
// arguments of the call, it is what building it afresh gives, for every
// viewer, client and day; and viewers share a statement only when their
// access conditions have the same shape.
func TestFiguresQueryMemo(t *testing.T) {
	viewers := testViewers()
	day := time.Date(2026, 5, 1, 9, 30, 0, 0, time.UTC)
	calls := []struct {
		clientID int
		now      time.Time
	}{{21, day}, {22, day}, {22, day.AddDate(0, 0, 1)}, {23, day.AddDate(0, 2, 0).Add(time.Minute)}}
	type result struct {
		text string
		args []any
	}
	for _, d := range []string{dialect.Postgres, dialect.SQLite} {
		figuresStatements.Purge()
		run := func() map[int]map[string]result {
			out := map[int]map[string]result{}
			for i, c := range calls {
				out[i] = map[string]result{}
				for name, v := range viewers {
					text, args, err := figuresQuery(viewer.NewContext(context.Background(), v), d, c.clientID, c.now)
					if err != nil {
						t.Fatalf("%s %s: %v", d, name, err)
					}
					out[i][name] = result{text, args}
				}
			}
			return out
		}
		run()
		memo := run()
		kept := figuresStatements.Len()
		for i, c := range calls {
			for name, v := range viewers {
				figuresStatements.Purge()
				want, wantArgs, err := figuresQuery(viewer.NewContext(context.Background(), v), d, c.clientID, c.now)
				if err != nil {
					t.Fatal(err)
				}
				if got := memo[i][name]; got.text != want || !reflect.DeepEqual(got.args, wantArgs) {
					t.Errorf("%s, %s, client %d on %v: from the memo\n%s %v\nbuilt afresh\n%s %v",
						d, name, c.clientID, c.now, got.text, got.args, want, wantArgs)
				}
			}
		}
		// The advisors differ only in their ids, and the keys without
		// orders:read see clients as head office does.
		if kept >= len(viewers) {
			t.Errorf("%s: %d statements kept for %d viewers: the memo keeps nothing in common", d, kept, len(viewers))
		}
		figuresStatements.Purge()
	}
}
