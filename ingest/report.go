package ingest

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/importrejection"
	"github.com/brokercrm/crm/ent/privacy"
)

// reportPage is how many rejections the report reads at a time.
const reportPage = 5_000

// WriteReport writes a job's rejections as CSV (line, column, value,
// reason, message), in the order of the file's lines.
func WriteReport(ctx context.Context, client *ent.Client, jobID int, w io.Writer) error {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	out := csv.NewWriter(w)
	if err := out.Write([]string{"line", "column", "value", "reason", "message"}); err != nil {
		return err
	}
	lastID := 0
	for {
		page, err := client.ImportRejection.Query().
			Where(importrejection.JobID(jobID), importrejection.IDGT(lastID)).
			Order(ent.Asc(importrejection.FieldID)).Limit(reportPage).All(sys)
		if err != nil {
			return err
		}
		for _, r := range page {
			if err := out.Write([]string{strconv.Itoa(r.Line), r.Column, r.Value, string(r.Reason), r.Message}); err != nil {
				return err
			}
			lastID = r.ID
		}
		if len(page) < reportPage {
			break
		}
	}
	out.Flush()
	return out.Error()
}
