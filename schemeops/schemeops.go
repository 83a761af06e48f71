// Package schemeops installs the standard classification schemes and
// lets head office edit a scheme's classes, keeping every version.
package schemeops

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/clientsegment"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/classificationscheme"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/scheme"
	"github.com/brokercrm/crm/segment"
	"github.com/brokercrm/crm/viewer"
)

// MaxClasses bounds a scheme: a chart and a menu stay readable.
const MaxClasses = 20

// Install adds the standard schemes that are missing, each with its first
// revision. Schemes head office has edited are left as they are.
func Install(ctx context.Context, client *ent.Client) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow) // the system's own configuration
	for _, std := range scheme.Standards {
		exists, err := client.ClassificationScheme.Query().Where(classificationscheme.Key(std.Key)).Exist(ctx)
		if err != nil {
			return fmt.Errorf("install schemes: %w", err)
		}
		if exists {
			continue
		}
		if err := install(ctx, client, std); err != nil {
			return fmt.Errorf("install scheme %s: %w", std.Key, err)
		}
	}
	return nil
}

func install(ctx context.Context, client *ent.Client, std scheme.Standard) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	sc, err := tx.ClassificationScheme.Create().SetKey(std.Key).SetNameZh(std.NameZH).SetNameEn(std.NameEN).
		SetDescription(std.Description).SetClasses(std.Classes).Save(ctx)
	if err == nil {
		err = tx.SchemeRevision.Create().SetScheme(sc).SetVersion(1).SetClasses(std.Classes).SetNote("standard scheme").Exec(ctx)
	}
	if err != nil {
		_ = tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Update replaces a scheme's classes, as head office edits them. version
// is the version the editor started from: if the scheme changed since,
// the edit is refused (CONFLICT) rather than undoing the other one. The
// new classes are checked against the dimension catalogue; the scheme's
// version goes up and a revision keeps the classes, who set them and why.
// client is the request's transaction (package graph runs every mutation
// in one), so both writes land or neither.
func Update(ctx context.Context, client *ent.Client, id, version int, classes []scheme.Class, note string, now time.Time) (*ent.ClassificationScheme, error) {
	cat, err := clientsegment.Load(ctx, client, now)
	if err != nil {
		return nil, err
	}
	if err := Check(classes, cat.WithoutClasses()); err != nil {
		return nil, err
	}
	n, err := client.ClassificationScheme.Update().
		Where(classificationscheme.ID(id), classificationscheme.Version(version)).
		SetClasses(classes).AddVersion(1).SetUpdatedAt(now).Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		if _, err := client.ClassificationScheme.Get(ctx, id); err != nil {
			return nil, err
		}
		return nil, apperr.New(apperr.Conflict, "the scheme was changed by someone else since version %d; reload it", version)
	}
	rev := client.SchemeRevision.Create().SetSchemeID(id).SetVersion(version + 1).SetClasses(classes).SetNote(note).SetChangedAt(now)
	if v := viewer.FromContext(ctx); v != nil && v.UserID != 0 {
		rev.SetChangedByID(v.UserID)
	}
	if err := rev.Exec(ctx); err != nil {
		return nil, err
	}
	return client.ClassificationScheme.Get(ctx, id)
}

// Check reports what is wrong with a scheme's classes: none, too many, a
// key missing or used twice, a name missing; or else the rules that do
// not validate against catalog, as segment.RuleErrors whose paths start
// at the class ("classes[2].rules[0]"), for the editor to mark.
func Check(classes []scheme.Class, catalog segment.Catalog) error {
	var problems []string
	var ruleErrs []error
	if len(classes) == 0 || len(classes) > MaxClasses {
		problems = append(problems, fmt.Sprintf("a scheme has 1 to %d classes, not %d", MaxClasses, len(classes)))
	}
	seen := map[string]bool{}
	for i, c := range classes {
		switch {
		case c.Key == "" || len(c.Key) > 32:
			problems = append(problems, fmt.Sprintf("class %d: a key of 1 to 32 characters is required", i+1))
		case seen[c.Key]:
			problems = append(problems, fmt.Sprintf("class %d: key %q is used twice", i+1, c.Key))
		}
		seen[c.Key] = true
		if c.NameZH == "" || c.NameEN == "" {
			problems = append(problems, fmt.Sprintf("class %s: both names are required", c.Key))
		}
		if err := segment.Validate(c.Rule, catalog); err != nil {
			for _, re := range segment.RuleErrors(err) {
				at := *re
				at.Path = fmt.Sprintf("classes[%d]", i)
				if re.Path != "" {
					at.Path += "." + re.Path
				}
				at.Message = fmt.Sprintf("class %s: %s", c.Key, re.Message)
				ruleErrs = append(ruleErrs, &at)
			}
		}
	}
	if len(problems) > 0 {
		return apperr.New(apperr.BadUserInput, "%s", joinProblems(problems))
	}
	return errors.Join(ruleErrs...)
}

func joinProblems(ps []string) string {
	out := ps[0]
	for _, p := range ps[1:] {
		out += "; " + p
	}
	return out
}
