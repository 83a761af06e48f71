package clientview

import (
	"context"
	"reflect"
	"testing"

	"entgo.io/ent/dialect"
	lru "github.com/hashicorp/golang-lru/v2"

	"github.com/brokercrm/crm/viewer"
)

// checkMemo runs each of calls calls, for every test viewer, on both
// databases, twice: the second time every statement comes from memo. It
// fails where a statement from the memo, with the arguments of its call,
// differs from one built afresh, and returns how many statements each
// database kept. describe names a call in a failure.
func checkMemo[K comparable](t *testing.T, memo *lru.Cache[K, string], calls int, describe func(call int) string,
	query func(ctx context.Context, d string, call int) (string, []any, error)) map[string]int {
	t.Helper()
	type result struct {
		text string
		args []any
	}
	viewers := testViewers()
	kept := map[string]int{}
	for _, d := range []string{dialect.Postgres, dialect.SQLite} {
		memo.Purge()
		run := func() map[int]map[string]result {
			out := map[int]map[string]result{}
			for i := range calls {
				out[i] = map[string]result{}
				for name, v := range viewers {
					text, args, err := query(viewer.NewContext(context.Background(), v), d, i)
					if err != nil {
						t.Fatalf("%s, %s, %s: %v", d, name, describe(i), err)
					}
					out[i][name] = result{text, args}
				}
			}
			return out
		}
		run()             // fills the memo
		fromMemo := run() // every statement from it
		kept[d] = memo.Len()
		for i := range calls {
			for name, v := range viewers {
				memo.Purge()
				want, wantArgs, err := query(viewer.NewContext(context.Background(), v), d, i)
				if err != nil {
					t.Fatal(err)
				}
				if got := fromMemo[i][name]; got.text != want || !reflect.DeepEqual(got.args, wantArgs) {
					t.Errorf("%s, %s, %s: from the memo\n%s %v\nbuilt afresh\n%s %v",
						d, name, describe(i), got.text, got.args, want, wantArgs)
				}
			}
		}
		memo.Purge()
	}
	return kept
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
