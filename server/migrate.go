package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func newMigrateCommand(cfg *Config) *cobra.Command {
	return &cobra.Command{
		Use:   "migrate",
		Short: "Apply pending database migrations",
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := openDB(cmd.Context(), cfg, nil)
			if err != nil {
				return err
			}
			defer db.Close()
			n, err := db.Migrate(cmd.Context())
			if err != nil {
				return err
			}
			if err := configure(cmd.Context(), db); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "applied %d migration(s) to the %s database\n", n, db.Dialect)
			return nil
		},
	}
}
