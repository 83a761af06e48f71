package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/brokercrm/crm/clientmetrics/refresh"
	"github.com/brokercrm/crm/seed"
)

func newSeedCommand(cfg *Config) *cobra.Command {
	var opts seed.Options
	var ifEmpty bool
	var asOf string
	cmd := &cobra.Command{
		Use:   "seed",
		Short: "Migrate, then fill an empty database with deterministic demo data",
		RunE: func(cmd *cobra.Command, _ []string) error {
			ctx := cmd.Context()
			out := cmd.OutOrStdout()
			db, err := openDB(ctx, cfg, nil)
			if err != nil {
				return err
			}
			defer db.Close()
			if _, err := db.Migrate(ctx); err != nil {
				return err
			}
			if asOf != "" {
				if opts.Today, err = time.Parse(time.DateOnly, asOf); err != nil {
					return fmt.Errorf("--as-of: %w", err)
				}
			}
			opts.Password = cfg.DemoPassword
			opts.Progress = os.Stderr
			summary, err := seed.Run(ctx, db, opts)
			if errors.Is(err, seed.ErrNotEmpty) && ifEmpty {
				fmt.Fprintln(out, "The database already has data; nothing seeded.")
				printLogins(out, cfg.DemoPassword, nil)
				return nil
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "Seeded %s.\n", summary)
			if err := configure(ctx, db); err != nil {
				return err
			}
			// The demo's dimensions are computed as of its today, as
			// `crm metrics refresh` would on that day.
			metrics := cfg.metricsOptions()
			metrics.Now = time.Now()
			if !opts.Today.IsZero() {
				metrics.Now = opts.Today.Add(15 * time.Hour)
			}
			res, err := refresh.Full(ctx, db, metrics)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "Computed the dimensions of %d clients in %s.\n", res.Clients, res.Took.Round(time.Millisecond))
			printLogins(out, cfg.DemoPassword, summary.Logins)
			return nil
		},
	}
	cmd.Flags().Uint64Var(&opts.Seed, "seed", 1, "random seed: the same seed gives the same data")
	cmd.Flags().IntVar(&opts.Clients, "clients", 10_000, "number of clients")
	cmd.Flags().BoolVar(&ifEmpty, "if-empty", false, "do nothing, successfully, when the database has data")
	cmd.Flags().StringVar(&asOf, "as-of", "", "the demo's today, YYYY-MM-DD (default: today)")
	return cmd
}

// demoLogins are printed when the seed ran earlier and its summary is gone.
var demoLogins = []seed.Login{
	{Username: "advisor1", Role: "ADVISOR", Note: "own clients only"},
	{Username: "advisor2", Role: "ADVISOR", Note: "own clients only"},
	{Username: "bm1", Role: "BRANCH_MANAGER", Note: "every client of the first branch"},
	{Username: "hq1", Role: "HEAD_OFFICE", Note: "every client, read-only"},
	{Username: "compliance1", Role: "COMPLIANCE", Note: "every client, approvals"},
	{Username: "pm1", Role: "PRODUCT_MANAGER", Note: "the product library"},
	{Username: "admin", Role: "ADMIN", Note: "users and roles"},
}

func printLogins(w io.Writer, password string, logins []seed.Login) {
	if logins == nil {
		logins = demoLogins
	}
	fmt.Fprintf(w, "Demo logins (password %q):\n", password)
	for _, l := range logins {
		fmt.Fprintf(w, "  %-12s %-16s %s\n", l.Username, l.Role, l.Note)
	}
}
