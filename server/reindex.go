package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/brokercrm/crm/clientsearch"
	"github.com/brokercrm/crm/productops"
)

func newReindexCommand(cfg *Config) *cobra.Command {
	return &cobra.Command{
		Use:   "reindex-search",
		Short: "Recompute every client's and product's search keys (pinyin initials, phone suffix, name bigrams)",
		Long: "Recompute every client's and product's search keys. Needed once for records that predate a key;\n" +
			"afterwards every change of a name or phone keeps them.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := openDB(cmd.Context(), cfg, nil)
			if err != nil {
				return err
			}
			defer db.Close()
			n, err := clientsearch.Reindex(cmd.Context(), db.SQL, db.Dialect, func(done int) {
				if done%100_000 == 0 {
					fmt.Fprintf(cmd.ErrOrStderr(), "%d clients…\n", done)
				}
			})
			if err != nil {
				return err
			}
			products, err := productops.ReindexSearch(cmd.Context(), db.SQL, db.Dialect)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "search keys of %d clients and %d products recomputed\n", n, products)
			return nil
		},
	}
}
