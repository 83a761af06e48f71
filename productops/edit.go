package productops

import (
	"context"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/catalog"
	"github.com/brokercrm/crm/clientsegment"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/ent/productversion"
	"github.com/brokercrm/crm/viewer"
)

// MaxComment is the longest comment a version keeps.
const MaxComment = 2000

// Create adds a draft product, as version 1 of its history.
func Create(ctx context.Context, client *ent.Client, in Input) (*ent.Product, error) {
	v, err := Curator(ctx)
	if err != nil {
		return nil, err
	}
	if err := validate(ctx, client, &in); err != nil {
		return nil, err
	}
	if err := codeFree(ctx, client, in.Code, 0); err != nil {
		return nil, err
	}
	c := client.Product.Create().SetStatus(draft).SetVersion(1)
	apply(c.Mutation(), in)
	p, err := c.Save(ctx)
	if err != nil {
		return nil, err
	}
	return p, record(ctx, client, p, v, catalog.Create, diff(Input{}, in), "")
}

// Update replaces a draft's fields. version is the version the editor
// started from: if someone changed the product since, the update is
// refused (CONFLICT) rather than silently undoing their change.
func Update(ctx context.Context, client *ent.Client, id, version int, in Input) (*ent.Product, error) {
	v, err := Curator(ctx)
	if err != nil {
		return nil, err
	}
	if err := validate(ctx, client, &in); err != nil {
		return nil, err
	}
	p, err := client.Product.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if p.Status != draft {
		return nil, apperr.New(apperr.Conflict, "the product is %s; reopen it as a draft to change it", p.Status)
	}
	if p.Version != version {
		return nil, apperr.New(apperr.Conflict, "the product changed meanwhile (version %d, not %d); reload and try again", p.Version, version)
	}
	changes := diff(InputOf(p), in)
	if len(changes) == 0 {
		return p, nil // nothing changed: no new version
	}
	if err := codeFree(ctx, client, in.Code, id); err != nil {
		return nil, err
	}
	u := client.Product.UpdateOneID(id).Where(product.Version(version), product.StatusEQ(draft)).AddVersion(1)
	apply(u.Mutation(), in)
	p, err = u.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.Conflict, "the product changed meanwhile; reload and try again")
	}
	if err != nil {
		return nil, err
	}
	return p, record(ctx, client, p, v, catalog.Edit, changes, "")
}

// Act moves a product along its lifecycle (see steps), with the comment
// the step needs, and records the move.
func Act(ctx context.Context, client *ent.Client, id int, action catalog.Action, comment string, now time.Time) (*ent.Product, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.New(apperr.Unauthenticated, "log in first")
	}
	s, ok := steps[action]
	if !ok {
		return nil, apperr.New(apperr.BadUserInput, "action: %s is not a step of the lifecycle", action)
	}
	comment = strings.TrimSpace(comment)
	if utf8.RuneCountInString(comment) > MaxComment {
		return nil, apperr.New(apperr.BadUserInput, "comment: at most %d characters", MaxComment)
	}
	p, err := client.Product.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	state := productState{status: p.Status}
	if p.SubmittedByID != nil {
		state.submittedBy = *p.SubmittedByID
	}
	if err := s.check(action, v, state, comment); err != nil {
		return nil, err
	}
	if action == catalog.Submit {
		in := InputOf(p)
		if err := validate(ctx, client, &in); err != nil {
			return nil, err
		}
		if p.SaleEnd != nil && p.SaleEnd.Before(now.Truncate(24*time.Hour)) {
			return nil, apperr.New(apperr.BadUserInput, "saleEnd: the sales window ended on %s", p.SaleEnd.Format(time.DateOnly))
		}
	}
	// Only from the status just read: of two moves at once, the second is
	// refused rather than recorded from a status the product has left.
	u := client.Product.UpdateOneID(id).Where(product.StatusEQ(p.Status), product.Version(p.Version)).
		SetStatus(s.to).AddVersion(1)
	switch s.to {
	case inReview:
		u.SetSubmittedByID(v.UserID).SetSubmittedAt(now)
	case draft:
		u.ClearSubmittedByID().ClearSubmittedAt()
	}
	updated, err := u.Save(ctx)
	if ent.IsNotFound(err) {
		return nil, apperr.New(apperr.Conflict, "the product changed meanwhile; reload and try again")
	}
	if err != nil {
		return nil, err
	}
	return updated, record(ctx, client, updated, v, action, nil, comment)
}

// record adds the product's current version to its history.
func record(ctx context.Context, client *ent.Client, p *ent.Product, v *viewer.Viewer, a catalog.Action, changes []catalog.Change, comment string) error {
	return client.ProductVersion.Create().
		SetProductID(p.ID).SetVersion(p.Version).SetAction(a).SetStatus(productversion.Status(p.Status.String())).
		SetActorID(v.UserID).SetActorName(v.Username).
		SetChanges(changes).SetComment(comment).
		Exec(ctx)
}

// Curator returns the viewer if they may edit the product library (a
// product manager), and the reason otherwise.
func Curator(ctx context.Context) (*viewer.Viewer, error) {
	v := viewer.FromContext(ctx)
	switch {
	case v == nil:
		return nil, apperr.New(apperr.Unauthenticated, "log in first")
	case v.Role != viewer.ProductManager:
		return nil, apperr.New(apperr.Forbidden, "products are created and edited by product managers")
	}
	return v, nil
}

// codeFree refuses a code another product has: a clear error rather than
// the database's unique-constraint violation.
func codeFree(ctx context.Context, client *ent.Client, code string, self int) error {
	// Drafts are hidden from some who may write (API keys see what is on
	// sale): look at the whole library, revealing only that the code is taken.
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	taken, err := client.Product.Query().Where(product.Code(code), product.IDNEQ(self)).Exist(sys)
	if err != nil {
		return err
	}
	if taken {
		return apperr.New(apperr.Conflict, "code: %s is another product's code", code)
	}
	return nil
}

// validate checks in, its target rule against every dimension a segment
// may use now.
func validate(ctx context.Context, client *ent.Client, in *Input) error {
	targets, err := clientsegment.Load(ctx, client, time.Now())
	if err != nil {
		return err
	}
	return in.Validate(targets)
}
