package main

import (
	"context"

	"fmt"

	"github.com/brokercrm/crm/audit"
	"github.com/brokercrm/crm/ent/privacy"

	"github.com/spf13/cobra"

	"github.com/brokercrm/crm/auth"
	"github.com/brokercrm/crm/viewer"
)

func newUserCommand(cfg *Config) *cobra.Command {
	cmd := &cobra.Command{Use: "user", Short: "Create staff users and reset passwords"}
	var u auth.NewUser
	var role string
	create := &cobra.Command{
		Use:   "create",
		Short: "Create a staff user",
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := openDB(cmd.Context(), cfg, nil)
			if err != nil {
				return err
			}
			defer db.Close()
			u.Role = viewer.Role(role)
			created, err := auth.CreateUser(asSystem(cmd.Context(), "crm user create"), db.Client, u)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "created %s (%s), id %d\n", created.Username, created.Role, created.ID)
			return nil
		},
	}
	create.Flags().StringVar(&u.Username, "username", "", "login name (required)")
	create.Flags().StringVar(&u.DisplayName, "display-name", "", "name shown in the app (required)")
	create.Flags().StringVar(&role, "role", "ADVISOR", "ADMIN, HEAD_OFFICE, BRANCH_MANAGER, ADVISOR, PRODUCT_MANAGER or COMPLIANCE")
	create.Flags().StringVar(&u.BranchCode, "branch", "", "branch code, for branch managers and advisors")
	create.Flags().StringVar(&u.Password, "user-password", "", "initial password (required)")
	for _, f := range []string{"username", "display-name", "user-password"} {
		_ = create.MarkFlagRequired(f)
	}

	var username, password string
	reset := &cobra.Command{
		Use:   "reset-password",
		Short: "Set a new password and end the user's sessions",
		RunE: func(cmd *cobra.Command, _ []string) error {
			db, err := openDB(cmd.Context(), cfg, nil)
			if err != nil {
				return err
			}
			defer db.Close()
			if err := auth.ResetPassword(asSystem(cmd.Context(), "crm user reset-password"), db.Client, username, password); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "password of %s reset; its sessions are ended\n", username)
			return nil
		},
	}
	reset.Flags().StringVar(&username, "username", "", "login name (required)")
	reset.Flags().StringVar(&password, "user-password", "", "new password (required)")
	_ = reset.MarkFlagRequired("username")
	_ = reset.MarkFlagRequired("user-password")

	cmd.AddCommand(create, reset)
	return cmd
}

// asSystem lets an administrative command act outside the privacy rules,
// and names it in the audit trail.
func asSystem(ctx context.Context, command string) context.Context {
	return audit.WithOperation(privacy.DecisionContext(ctx, privacy.Allow), command)
}
