package ingest

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/dimension"
	"github.com/brokercrm/crm/ent/importjob"
	"github.com/brokercrm/crm/ent/privacy"
	"github.com/brokercrm/crm/money"
)

// The columns of a dimension values file: one value of one imported
// dimension for one client per row.
const (
	dimensionClient = iota
	dimensionKey
	dimensionValue
)

var dimensionColumns = []column{
	dimensionClient: {"client_no", true, "the client"},
	dimensionKey:    {"dimension", true, "the key of an IMPORTED dimension (see the dimensions query)"},
	dimensionValue:  {"value", false, "of the dimension's type: a number, an amount, a whole number, one of its values, true/false or a date; empty clears it"},
}

var dimensionValuesSpec = register(&spec{
	kind:         importjob.KindDIMENSION_VALUES,
	table:        "dimension_values",
	columns:      dimensionColumns,
	target:       []string{"dimension_id", "client_id", "number", "text", "flag", "day", "updated_at"},
	key:          []string{"dimension_id", "client_id"},
	stamps:       []string{"updated_at"},
	clientColumn: "client_id",
	load:         loadDimensions,
	parse:        parseDimensionValue,
})

// loadDimensions reads the dimension catalogue, which rows are checked
// against.
func loadDimensions(ctx context.Context, client *ent.Client) (any, error) {
	dims, err := client.Dimension.Query().All(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return nil, err
	}
	byKey := make(map[string]*ent.Dimension, len(dims))
	for _, d := range dims {
		byKey[d.Key] = d
	}
	return byKey, nil
}

func parseDimensionValue(f *fields, r *row) {
	key := strings.ToLower(f.raw(dimensionKey))
	d, ok := f.env.(map[string]*ent.Dimension)[key]
	switch {
	case key == "":
		f.fail(dimensionKey, "MISSING", "dimension is required")
	case !ok:
		f.fail(dimensionKey, "UNKNOWN_REFERENCE", "no dimension has this key")
	case d.Source != dimension.SourceIMPORTED:
		f.invalid(dimensionKey, "%s is computed by the CRM, not imported", key)
	}
	var number, text, flag, day any
	if ok && f.present(dimensionValue) {
		switch d.Type {
		case dimension.TypeNUMBER, dimension.TypeMONEY:
			number = f.decimal(dimensionValue, true, false, 0)
		case dimension.TypeINTEGER:
			number = money.FromInt(int64(f.integer(dimensionValue, true, -1<<31, 1<<31-1)))
		case dimension.TypeENUM:
			v := f.raw(dimensionValue)
			if !slices.Contains(d.Values, v) {
				f.fail(dimensionValue, "BAD_ENUM", "must be one of %s", strings.Join(d.Values, ", "))
			}
			text = v
		case dimension.TypeBOOLEAN:
			flag = f.boolean(dimensionValue, false)
		case dimension.TypeDATE:
			day = f.date(dimensionValue, true)
		}
	}
	var id any
	if ok {
		id = int64(d.ID)
	}
	r.vals = []any{id, nil, number, text, flag, day, time.Now().UTC()}
	r.refs = []ref{{kind: refClient, key: f.raw(dimensionClient), column: "client_no", slot: 1, client: -1}}
}
