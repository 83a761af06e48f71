package clientview

import (
	"context"
	"reflect"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/viewer"
)

// TestTimelineQueryMemo checks that a statement from the memo, with the
// arguments assembled for the call, is exactly what building it afresh
// gives, whoever asks, for any client, cursor and kinds; and that viewers
// whose access differs in shape never share a statement.
func TestTimelineQueryMemo(t *testing.T) {
	viewers := testViewers()
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
	type result struct {
		text string
		args []any
	}
	for _, d := range []string{dialect.Postgres, dialect.SQLite} {
		timelineStatements.Purge()
		run := func() map[int]map[string]result {
			out := map[int]map[string]result{}
			for i, c := range calls {
				for name, v := range viewers {
					ctx := viewer.NewContext(context.Background(), v)
					text, args, err := timelineQuery(ctx, d, c.clientID, c.first, c.after, c.kinds)
					if err != nil {
						t.Fatalf("%s %s: %v", d, name, err)
					}
					if out[i] == nil {
						out[i] = map[string]result{}
					}
					out[i][name] = result{text, args}
				}
			}
			return out
		}
		run()         // fills the memo
		memo := run() // every statement from it
		kept := timelineStatements.Len()
		for i, c := range calls {
			for name, v := range viewers {
				got := memo[i][name]
				want, wantArgs := fresh(t, viewer.NewContext(context.Background(), v), d, c.clientID, c.first, c.after, c.kinds)
				if got.text != want || !reflect.DeepEqual(got.args, wantArgs) {
					t.Errorf("%s, %s, client %d after %v: from the memo\n%s %v\nbuilt afresh\n%s %v",
						d, name, c.clientID, c.after, got.text, got.args, want, wantArgs)
				}
			}
		}
		if kept >= len(viewers)*len(calls) {
			t.Errorf("%s: %d statements kept for %d calls: the memo keeps nothing in common", d, kept, len(viewers)*len(calls))
		}
	}
}

// fresh builds the statement without the memo.
func fresh(t *testing.T, ctx context.Context, d string, clientID, first int, after *bound, kinds []Kind) (string, []any) {
	t.Helper()
	timelineStatements.Purge()
	defer timelineStatements.Purge()
	text, args, err := timelineQuery(ctx, d, clientID, first, after, kinds)
	if err != nil {
		t.Fatal(err)
	}
	return text, args
}
