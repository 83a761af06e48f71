package graph

import (
	"slices"

	"github.com/brokercrm/crm/apperr"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/graph/model"
	"github.com/brokercrm/crm/ingest"
)

// importOptions turns the mutation's input into the import's options.
func importOptions(in model.StartImportInput) (ingest.Options, error) {
	if !slices.Contains(ingest.Kinds(), in.Kind) {
		return ingest.Options{}, apperr.New(apperr.BadUserInput, "%s files cannot be imported yet", in.Kind)
	}
	opts := ingest.Options{Kind: in.Kind, Name: in.File.Filename}
	if in.Format != nil {
		opts.Format = *in.Format
	}
	if in.Encoding != nil {
		opts.Encoding = *in.Encoding
	}
	if in.DryRun != nil {
		opts.DryRun = *in.DryRun
	}
	for _, m := range in.Mapping {
		if opts.Mapping == nil {
			opts.Mapping = map[string]string{}
		}
		opts.Mapping[m.From] = m.To
	}
	return opts, nil
}

// importPercent is how much of a job's file has been processed.
func importPercent(j *ent.ImportJob) int {
	if j.Status == importjob.StatusSUCCEEDED || j.FileSize == 0 {
		return 100
	}
	return int(min(j.BytesDone*100/j.FileSize, 99))
}
