package ingest

import (
	"context"
	"slices"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/productops"
)

// Products go through the product library's own rules (package
// productops): new codes become drafts, drafts are updated as new
// versions, products in review or on sale are refused; a product reaches
// clients only after compliance approves it. So a products import is the
// product manager's, and runs as one.
var productsSpec = register(&spec{
	kind:    importjob.KindPRODUCTS,
	columns: productColumns(),
	parse:   parseProduct,
	custom:  importProducts,
	permit: func(ctx context.Context) error {
		_, err := productops.Curator(ctx)
		return err
	},
})

func productColumns() []column {
	cols := make([]column, len(productops.CSVColumns))
	for i, name := range productops.CSVColumns {
		cols[i] = column{name: name, required: slices.Contains(productops.CSVRequired, name),
			doc: "as in the product library's CSV export"}
	}
	return cols
}

func parseProduct(f *fields, r *row) {
	at := map[string]int{}
	for i, c := range f.cols {
		at[c.name] = i
	}
	vals := slices.Clone(f.vals)
	r.extra = productops.ParseRecord(f.line, func(col string) string {
		if i, ok := at[col]; ok {
			return vals[i]
		}
		return ""
	})
}

// importProducts creates and updates the chunk's products through client,
// bound to the chunk's transaction.
func importProducts(ctx context.Context, client *ent.Client, rows []*row, dryRun bool) (written, []Rejection, error) {
	in := make([]productops.CSVRow, len(rows))
	for i, r := range rows {
		in[i] = r.extra.(productops.CSVRow)
	}
	rep, err := productops.ImportRows(ctx, client, in, dryRun)
	if err != nil {
		return written{}, nil, err
	}
	rejections := make([]Rejection, 0, len(rep.Errors))
	seen := map[int]bool{}
	for _, e := range rep.Errors {
		if seen[e.Line] { // one rejection per row, the first reason
			continue
		}
		seen[e.Line] = true
		rejections = append(rejections, Rejection{Line: e.Line, Column: e.Column, Value: e.Value, Reason: "INVALID", Message: e.Message})
	}
	return written{inserted: rep.Created, updated: rep.Updated, unchanged: rep.Unchanged}, rejections, nil
}
