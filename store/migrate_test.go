package store_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"entgo.io/ent/dialect/sql/schema"

	"github.com/brokercrm/crm/pgtest"
	"github.com/brokercrm/crm/store"
)

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.StopShared()
	os.Exit(code)
}

func databases(t *testing.T) map[string]string {
	return map[string]string{
		"sqlite":   "sqlite:" + filepath.Join(t.TempDir(), "crm.db"),
		"postgres": pgtest.NewDatabase(t),
	}
}

// TestMigrationsMatchSchema applies the committed migrations to an empty
// database and asks ent what it would still change: nothing, or the
// migrations are out of step with ent/schema.
func TestMigrationsMatchSchema(t *testing.T) {
	ctx := context.Background()
	for name, url := range databases(t) {
		t.Run(name, func(t *testing.T) {
			db, err := store.Open(ctx, url, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			n, err := db.Migrate(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if n == 0 {
				t.Fatal("no migration applied to an empty database")
			}
			var plan bytes.Buffer
			if err := db.Client.Schema.WriteTo(ctx, &plan, schema.WithDropIndex(true), schema.WithDropColumn(true)); err != nil {
				t.Fatal(err)
			}
			var changes []string
			for _, line := range strings.Split(plan.String(), "\n") {
				if line = strings.TrimSpace(line); line != "" && line != "BEGIN;" && line != "COMMIT;" && !strings.HasPrefix(line, "--") {
					changes = append(changes, line)
				}
			}
			if len(changes) > 0 {
				t.Errorf("the migrations miss these changes (run go run ./store/cmd/migrations NAME):\n%s", strings.Join(changes, "\n"))
			}
			if pending, err := db.PendingMigrations(ctx); err != nil || pending {
				t.Errorf("pending after migrate = %v, %v; want false", pending, err)
			}
			if again, err := db.Migrate(ctx); err != nil || again != 0 {
				t.Errorf("second migrate applied %d, %v; want 0", again, err)
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	for _, url := range []string{"mysql://x", "sqlite:", ""} {
		if _, err := store.Open(context.Background(), url, store.Options{}); err == nil {
			t.Errorf("Open(%q) succeeded, want an error", url)
		}
	}
}
