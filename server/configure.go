package main

import (
	"context"
	"fmt"

	"github.com/brokercrm/crm/assessment"
	"github.com/brokercrm/crm/clientmetrics/refresh"
	"github.com/brokercrm/crm/institution"
	"github.com/brokercrm/crm/schemeops"
	"github.com/brokercrm/crm/store"
)

// configure stores the configuration the CRM ships with, where it is
// missing: the standard risk questionnaire, the classification schemes
// and the catalogue of computed dimensions. Safe to run at every start.
func configure(ctx context.Context, db *store.DB) error {
	if err := assessment.EnsureStandard(ctx, db.Client); err != nil {
		return fmt.Errorf("store the standard risk questionnaire: %w", err)
	}
	if err := schemeops.Install(ctx, db.Client); err != nil {
		return err
	}
	if err := institution.Install(ctx, db.Client); err != nil {
		return err
	}
	return refresh.SyncDimensions(ctx, db.Client)
}
