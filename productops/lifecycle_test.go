package productops

import (
	"slices"
	"testing"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/catalog"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/viewer"
)

// TestSteps checks every action from every status for each curating role,
// and the four-eyes rules, against the lifecycle PRODUCT.md §4 describes.
func TestSteps(t *testing.T) {
	pm := &viewer.Viewer{UserID: 1, Role: viewer.ProductManager}
	otherPM := &viewer.Viewer{UserID: 2, Role: viewer.ProductManager}
	co := &viewer.Viewer{UserID: 3, Role: viewer.Compliance}
	advisor := &viewer.Viewer{UserID: 4, Role: viewer.Advisor}
	// allowed lists, per action, the statuses it starts from and who takes it.
	allowed := map[catalog.Action]struct {
		from []product.Status
		by   []*viewer.Viewer
	}{
		catalog.Submit:   {[]product.Status{draft}, []*viewer.Viewer{pm, otherPM}},
		catalog.Withdraw: {[]product.Status{inReview}, []*viewer.Viewer{pm}}, // pm submitted
		catalog.Approve:  {[]product.Status{inReview}, []*viewer.Viewer{co}},
		catalog.Reject:   {[]product.Status{inReview}, []*viewer.Viewer{co}},
		catalog.Suspend:  {[]product.Status{published}, []*viewer.Viewer{pm, otherPM, co}},
		catalog.Resume:   {[]product.Status{suspended}, []*viewer.Viewer{co}},
		catalog.Retire:   {[]product.Status{published, suspended}, []*viewer.Viewer{pm, otherPM, co}},
		catalog.Reopen:   {[]product.Status{published, suspended, retired}, []*viewer.Viewer{pm, otherPM}},
	}
	for action, want := range allowed {
		s := steps[action]
		for _, status := range []product.Status{draft, inReview, published, suspended, retired} {
			for _, v := range []*viewer.Viewer{pm, otherPM, co, advisor} {
				state := productState{status: status}
				if state.status == inReview {
					state.submittedBy = pm.UserID
				}
				err := s.check(action, v, state, "原因")
				ok := slices.Contains(want.from, status) && slices.Contains(want.by, v)
				if (err == nil) != ok {
					t.Errorf("%s from %s by %s#%d: err %v, want allowed=%v", action, status, v.Role, v.UserID, err, ok)
				}
			}
		}
	}
	// Four eyes: a reviewer who submitted the version may not approve it.
	selfReview := productState{status: inReview, submittedBy: co.UserID}
	if err := steps[catalog.Approve].check(catalog.Approve, co, selfReview, ""); apperr.CodeOf(err) != apperr.Forbidden {
		t.Errorf("approving one's own submission: %v", err)
	}
	// A rejection, suspension and retirement say why.
	for _, a := range []catalog.Action{catalog.Reject, catalog.Suspend, catalog.Retire} {
		state := productState{status: steps[a].from[0], submittedBy: pm.UserID}
		if err := steps[a].check(a, co, state, ""); apperr.CodeOf(err) != apperr.BadUserInput {
			t.Errorf("%s without a comment: %v", a, err)
		}
	}
}
