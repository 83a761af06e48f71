package graph_test

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/brokercrm/crm/crmtest"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/dimension"
	"github.com/brokercrm/crm/ent/dimensionvalue"
	"github.com/brokercrm/crm/ent/user"
	"github.com/brokercrm/crm/institution"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/viewer"
)

const clientDimensions = `query($id: ID!, $group: String) { node(id: $id) { ... on Customer {
  kind dimensions(group: $group) { value dimension { key group type } } } } }`

type dimensionsOf struct {
	Node *struct {
		Kind       string
		Dimensions []struct {
			Value     *string
			Dimension struct{ Key, Group, Type string }
		}
	}
}

// TestInstitutionIndicators checks that an institution's indicators come
// with its dimensions, in catalogue order, with the values stored for it;
// that individuals have none; that they are as private as the client;
// and that segments reach them.
func TestInstitutionIndicators(t *testing.T) {
	crmtest.Dialects(t, func(t *testing.T, env *crmtest.Env) {
		ctx := system()
		org, err := env.DB.Client.Customer.Query().
			Where(customer.KindEQ(customer.KindINSTITUTION), customer.HasAdvisor()).First(ctx)
		must(t, err)
		stored, err := env.DB.Client.DimensionValue.Query().
			Where(dimensionvalue.ClientID(org.ID), dimensionvalue.HasDimensionWith(dimension.GroupEQ(institution.Group))).
			WithDimension().All(ctx)
		must(t, err)
		want := map[string]string{}
		for _, v := range stored {
			want[v.Edges.Dimension.Key] = storedText(v)
		}
		if want["org_type"] == "" || want["org_credit_rating"] == "" || len(want) < 15 {
			t.Fatalf("the seed gave institution %d only %v", org.ID, want)
		}

		hq := env.Login(t, "hq1")
		var got dimensionsOf
		env.Do(t, hq, clientDimensions, map[string]any{"id": strconv.Itoa(org.ID), "group": institution.Group}).Decode(t, &got)
		var keys []string
		for _, d := range got.Node.Dimensions {
			keys = append(keys, d.Dimension.Key)
			if d.Dimension.Group != institution.Group {
				t.Errorf("%s is in group %s", d.Dimension.Key, d.Dimension.Group)
			}
			value := ""
			if d.Value != nil {
				value = *d.Value
			}
			if value != want[d.Dimension.Key] {
				t.Errorf("%s (%s) = %q, stored %q", d.Dimension.Key, d.Dimension.Type, value, want[d.Dimension.Key])
			}
		}
		var catalogue []string
		for _, ind := range institution.Indicators() {
			catalogue = append(catalogue, ind.Key)
		}
		if !slices.Equal(keys, catalogue) {
			t.Errorf("indicators %v, want the catalogue's %v", keys, catalogue)
		}

		// All groups: the computed dimensions first, then the indicators.
		var all dimensionsOf
		env.Do(t, hq, clientDimensions, map[string]any{"id": strconv.Itoa(org.ID)}).Decode(t, &all)
		if n := len(all.Node.Dimensions); n < 200 || all.Node.Dimensions[n-1].Dimension.Group != institution.Group ||
			all.Node.Dimensions[0].Dimension.Group != "BASIC" {
			t.Errorf("%d dimensions of an institution, first %+v", n, all.Node.Dimensions[0])
		}

		// An individual has no institution indicators.
		person, err := env.DB.Client.Customer.Query().Where(customer.KindEQ(customer.KindINDIVIDUAL)).First(ctx)
		must(t, err)
		var individual dimensionsOf
		env.Do(t, hq, clientDimensions, map[string]any{"id": strconv.Itoa(person.ID)}).Decode(t, &individual)
		for _, d := range individual.Node.Dimensions {
			if d.Dimension.Group == institution.Group {
				t.Errorf("individual %d has the indicator %s", person.ID, d.Dimension.Key)
			}
		}
		if len(individual.Node.Dimensions) < 200 {
			t.Errorf("individual %d has %d dimensions", person.ID, len(individual.Node.Dimensions))
		}

		// Another branch's advisor sees neither the client nor its indicators.
		owner, err := org.QueryAdvisor().Only(ctx)
		must(t, err)
		other, err := env.DB.Client.User.Query().
			Where(user.RoleEQ(viewer.Advisor), user.BranchIDNEQ(*owner.BranchID)).First(ctx)
		must(t, err)
		resp := env.Do(t, env.Login(t, other.Username), clientDimensions,
			map[string]any{"id": strconv.Itoa(org.ID), "group": institution.Group})
		if code := resp.Code(); code != "NOT_FOUND" {
			t.Errorf("%s asks for %s's institution: %s", other.Username, owner.Username, code)
		}

		// Segments reach the indicators: institutions rated AAA or AA+.
		rule := `{"op":"IN","dimension":"org_credit_rating","values":["AAA","AA+"]}`
		rated := sqlInt(t, env, `SELECT count(*) FROM dimension_values v JOIN dimensions d ON d.id = v.dimension_id
			WHERE d.key = 'org_credit_rating' AND v.text IN ('AAA', 'AA+')`)
		if rated == 0 {
			t.Fatal("no institution of the seed is rated AAA or AA+")
		}
		if n := countOf(t, env, hq, rule); n != rated {
			t.Errorf("segment of AAA and AA+ institutions: %d, SQL %d", n, rated)
		}
	})
}

// storedText is a stored value as the API writes it.
func storedText(v *ent.DimensionValue) string {
	switch {
	case v.Edges.Dimension.Type == dimension.TypeINTEGER:
		return strconv.FormatInt(v.Number.Units()/money.FromInt(1).Units(), 10)
	case v.Number != nil:
		return v.Number.String()
	case v.Text != nil:
		return *v.Text
	case v.Flag != nil:
		return strconv.FormatBool(*v.Flag)
	case v.Day != nil:
		return v.Day.Format(time.DateOnly)
	}
	return ""
}
