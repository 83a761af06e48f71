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
		statements.Purge()
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
		kept := statements.Len()
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
	statements.Purge()
	defer statements.Purge()
	text, args, err := timelineQuery(ctx, d, clientID, first, after, kinds)
	if err != nil {
		t.Fatal(err)
	}
	return text, args
}

// testViewers are viewers whose access conditions differ in shape.
func testViewers() map[string]*viewer.Viewer {
	return map[string]*viewer.Viewer{
		"head office":      {UserID: 1, Role: viewer.HeadOffice},
		"branch manager":   {UserID: 2, Role: viewer.BranchManager, BranchID: 7},
		"advisor":          {UserID: 3, Role: viewer.Advisor, BranchID: 7},
		"advisor, shares":  {UserID: 4, Role: viewer.Advisor, BranchID: 7, SharedClientIDs: []int{11, 12}},
		"advisor, 3 share": {UserID: 5, Role: viewer.Advisor, BranchID: 8, SharedClientIDs: []int{13, 14, 15}},
		"client":           {UserID: 6, Role: viewer.Client, ClientID: 21},
		"key without orders": {UserID: 1, Role: viewer.HeadOffice, APIKeyID: 9,
			Scopes: []viewer.Scope{viewer.ClientsRead}},
		"key of a branch": {UserID: 2, Role: viewer.BranchManager, BranchID: 7, APIKeyID: 10, KeyBranchID: 7,
			Scopes: []viewer.Scope{viewer.ClientsRead, viewer.OrdersRead}},
	}
}

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
