package productops

import (
	"context"
	"io"
	"strconv"
	"time"

	"github.com/brokercrm/crm/clientsegment"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/ent/product"
	"github.com/brokercrm/crm/segment"
)

// ImportReport is what an import did, row by row.
type ImportReport struct {
	Created, Updated, Unchanged, Rejected int
	Errors                                []RowError
}

// ImportCSV creates the products of a CSV whose codes are new and updates
// the drafts whose codes exist, each as a version of its history, in the
// caller's transaction. A row with errors, or for a product that is not a
// draft, is rejected with its reasons and the others go ahead. With dryRun
// it only validates.
func ImportCSV(ctx context.Context, client *ent.Client, r io.Reader, dryRun bool) (*ImportReport, error) {
	if _, err := Curator(ctx); err != nil {
		return nil, err
	}
	rows, err := ReadCSV(r)
	if err != nil {
		return nil, invalidCSV(err)
	}
	return ImportRows(ctx, client, rows, dryRun)
}

// ImportRows is ImportCSV of rows already read (by ReadCSV or, for files
// in other formats and encodings, package ingest).
func ImportRows(ctx context.Context, client *ent.Client, rows []CSVRow, dryRun bool) (*ImportReport, error) {
	if _, err := Curator(ctx); err != nil {
		return nil, err
	}
	rep := &ImportReport{}
	reject := func(errs ...RowError) {
		rep.Rejected++
		rep.Errors = append(rep.Errors, errs...)
	}
	seen := map[string]int{}
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	targets, err := clientsegment.Load(ctx, client, time.Now())
	if err != nil {
		return nil, err
	}
	for _, row := range rows {
		if len(row.Errors) == 0 && row.Input.TargetRule != nil {
			// Read without the database, the target rule is checked now.
			if err := segment.Validate(*row.Input.TargetRule, targets); err != nil {
				row.Errors = append(row.Errors, RowError{Line: row.Line, Column: "target_rule", Message: err.Error()})
			}
		}
		if len(row.Errors) > 0 {
			reject(row.Errors...)
			continue
		}
		if first, dup := seen[row.Input.Code]; dup {
			reject(RowError{Line: row.Line, Column: "code", Value: row.Input.Code,
				Message: "the code is on line " + strconv.Itoa(first) + " already"})
			continue
		}
		seen[row.Input.Code] = row.Line
		existing, err := client.Product.Query().Where(product.Code(row.Input.Code)).Only(sys)
		switch {
		case ent.IsNotFound(err):
			if !dryRun {
				if _, err := Create(ctx, client, row.Input); err != nil {
					return nil, err
				}
			}
			rep.Created++
		case err != nil:
			return nil, err
		case existing.Status != product.StatusDRAFT:
			reject(RowError{Line: row.Line, Column: "code", Value: row.Input.Code,
				Message: "the product is " + existing.Status.String() + "; reopen it as a draft to change it"})
		case len(diff(InputOf(existing), row.Input)) == 0:
			rep.Unchanged++
		default:
			if !dryRun {
				if _, err := Update(ctx, client, existing.ID, existing.Version, row.Input); err != nil {
					return nil, err
				}
			}
			rep.Updated++
		}
	}
	return rep, nil
}
