package productops

import (
	"slices"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/catalog"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/viewer"
)

// step is one move of the lifecycle: from which statuses, to which, by
// whom, and whether it must say why.
type step struct {
	from      []product.Status
	to        product.Status
	by        []viewer.Role
	needsWhy  bool
	notAuthor bool // not by the product manager who submitted it (four eyes)
	byAuthor  bool // only by the product manager who submitted it
}

const (
	draft     = product.StatusDRAFT
	inReview  = product.StatusIN_REVIEW
	published = product.StatusPUBLISHED
	suspended = product.StatusSUSPENDED
	retired   = product.StatusRETIRED
)

var (
	productManager = []viewer.Role{viewer.ProductManager}
	compliance     = []viewer.Role{viewer.Compliance}
	either         = []viewer.Role{viewer.ProductManager, viewer.Compliance}
)

// steps are the lifecycle (PRODUCT.md §4): a product manager drafts and
// submits; compliance approves (never the submitter) or rejects, saying
// why; a product on sale is suspended or retired, with a reason, and comes
// back as a draft to be changed. Only PUBLISHED products are sold.
var steps = map[catalog.Action]step{
	catalog.Submit:   {from: []product.Status{draft}, to: inReview, by: productManager},
	catalog.Withdraw: {from: []product.Status{inReview}, to: draft, by: productManager, byAuthor: true},
	catalog.Approve:  {from: []product.Status{inReview}, to: published, by: compliance, notAuthor: true},
	catalog.Reject:   {from: []product.Status{inReview}, to: draft, by: compliance, needsWhy: true, notAuthor: true},
	catalog.Suspend:  {from: []product.Status{published}, to: suspended, by: either, needsWhy: true},
	catalog.Resume:   {from: []product.Status{suspended}, to: published, by: compliance},
	catalog.Retire:   {from: []product.Status{published, suspended}, to: retired, by: either, needsWhy: true},
	catalog.Reopen:   {from: []product.Status{published, suspended, retired}, to: draft, by: productManager},
}

// check reports why v may not take the step now, or nil.
func (s step) check(a catalog.Action, v *viewer.Viewer, p productState, comment string) error {
	switch {
	case !slices.Contains(s.by, v.Role):
		return apperr.New(apperr.Forbidden, "%s: not for a %s", a, v.Role)
	case !slices.Contains(s.from, p.status):
		return apperr.New(apperr.Conflict, "%s: the product is %s; it must be %v", a, p.status, s.from)
	case s.needsWhy && comment == "":
		return apperr.New(apperr.BadUserInput, "comment: say why (%s)", a)
	case s.notAuthor && p.submittedBy == v.UserID:
		return apperr.New(apperr.Forbidden, "%s: you submitted this version; another person must review it (four eyes)", a)
	case s.byAuthor && p.submittedBy != v.UserID:
		return apperr.New(apperr.Forbidden, "%s: only the product manager who submitted it may withdraw it", a)
	}
	return nil
}

// productState is what a step is checked against.
type productState struct {
	status      product.Status
	submittedBy int // 0 when not in review
}
