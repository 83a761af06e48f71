package institution_test

import (
	"context"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent/dimension"
	"github.com/brokercrm/crm/ent/dimensionvalue"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/institution"
)

func TestMain(m *testing.M) { crmtest.Main(m) }

// TestInstall checks that installing defines each indicator once, keeps
// head office's edits, and refuses a key taken by another kind of
// dimension.
func TestInstall(t *testing.T) {
	env := crmtest.New(t, dialect.SQLite)
	ctx := privacy.DecisionContext(context.Background(), privacy.Allow)
	db := env.DB.Client
	count := func() int {
		n, err := db.Dimension.Query().Where(dimension.GroupEQ(institution.Group)).Count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(); n != len(institution.Indicators()) {
		t.Fatalf("the seeded database has %d indicators", n)
	}
	renamed := "满意度（年度）"
	if err := db.Dimension.Update().Where(dimension.Key("org_satisfaction")).SetNameZh(renamed).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if err := institution.Install(ctx, db); err != nil {
		t.Fatal(err)
	}
	if n := count(); n != len(institution.Indicators()) {
		t.Errorf("after a second install: %d indicators", n)
	}
	if d := db.Dimension.Query().Where(dimension.Key("org_satisfaction")).OnlyX(ctx); d.NameZh != renamed {
		t.Errorf("install undid head office's name: %q", d.NameZh)
	}

	// A missing indicator is defined again; a key taken by a computed
	// dimension is an error, not a second definition.
	if _, err := db.DimensionValue.Delete().Where(dimensionvalue.HasDimensionWith(dimension.Key("org_satisfaction"))).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Dimension.Delete().Where(dimension.Key("org_satisfaction")).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	if err := institution.Install(ctx, db); err != nil || count() != len(institution.Indicators()) {
		t.Fatalf("reinstall: %v, %d indicators", err, count())
	}
	if _, err := db.Dimension.Delete().Where(dimension.Key("org_satisfaction")).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	err := db.Dimension.Create().SetKey("org_satisfaction").SetNameZh("满意度").SetNameEn("Satisfaction").
		SetGroup(dimension.GroupSERVICE).SetType(dimension.TypeINTEGER).SetSource(dimension.SourceCOMPUTED).Exec(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := institution.Install(ctx, db); err == nil || !strings.Contains(err.Error(), "org_satisfaction") {
		t.Errorf("install over a computed org_satisfaction: %v", err)
	}
}
