package main

import (
	"fmt"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/brokercrm/crm/clientmetrics/refresh"
)

func newMetricsCommand(cfg *Config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "metrics",
		Short: "The client metrics store (computed dimensions)",
	}
	var full bool
	var batch int
	refreshCmd := &cobra.Command{
		Use:   "refresh",
		Short: "Recompute the client dimensions: the clients changed since the last run, or all with --full",
		Long: "Recompute the computed client dimensions into the metrics store.\n" +
			"Without --full, only the clients marked as changed (by imports and edits) and those with no metrics yet.\n" +
			"Run --full daily: windows such as \"trades in 30 days\" move with the calendar. `crm serve` does both on a schedule.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := openDB(cmd.Context(), cfg, nil)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := refresh.SyncDimensions(cmd.Context(), db.Client); err != nil {
				return err
			}
			bar := progressbar.NewOptions(-1, progressbar.OptionSetWriter(os.Stderr),
				progressbar.OptionSetDescription("clients"), progressbar.OptionShowCount(), progressbar.OptionShowIts(),
				progressbar.OptionSetItsString("clients"), progressbar.OptionThrottle(200*time.Millisecond))
			opts := cfg.metricsOptions()
			opts.BatchSize = batch
			opts.Progress = func(done, total int) {
				bar.ChangeMax(total)
				_ = bar.Set(done)
			}
			run := refresh.Changed
			if full {
				run = refresh.Full
			}
			res, err := run(cmd.Context(), db, opts)
			_ = bar.Finish()
			fmt.Fprintln(os.Stderr)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "metrics of %d clients refreshed in %s (%.0f clients/s)\n",
				res.Clients, res.Took.Round(time.Millisecond), float64(res.Clients)/max(res.Took.Seconds(), 0.001))
			return nil
		},
	}
	refreshCmd.Flags().BoolVar(&full, "full", false, "recompute every client")
	refreshCmd.Flags().IntVar(&batch, "batch", 5000, "clients computed and written together")
	cmd.AddCommand(refreshCmd)
	return cmd
}
