package main

import (
	"context"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"github.com/brokercrm/crm/metrics"
	"github.com/brokercrm/crm/store"
)

func newRootCommand() *cobra.Command {
	cfg := &Config{}
	root := &cobra.Command{
		Use:           "crm",
		Short:         "券商CRM: the brokerage CRM server and its tools",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	cfg.bindFlags(root.PersistentFlags())
	root.AddCommand(
		newServeCommand(cfg),
		newMigrateCommand(cfg),
		newSeedCommand(cfg),
		newUserCommand(cfg),
		newReindexCommand(cfg),
		newImportCommand(cfg),
		newMetricsCommand(cfg),
	)
	return root
}

func newLogger(cfg *Config) *slog.Logger {
	if cfg.Production {
		return slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
	return slog.New(slog.NewTextHandler(os.Stderr, nil))
}

// openDB opens the configured database; m, if not nil, counts statements.
func openDB(ctx context.Context, cfg *Config, m *metrics.Metrics) (*store.DB, error) {
	opts := store.Options{MaxOpenConns: cfg.MaxDBConns}
	if m != nil {
		opts.OnStatement = m.ObserveStatement
	}
	return store.Open(ctx, cfg.DatabaseURL, opts)
}
