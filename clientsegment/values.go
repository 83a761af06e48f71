package clientsegment

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/ent"
	entmetrics "github.com/brokercrm/crm/ent/clientmetrics"
	"github.com/brokercrm/crm/ent/clientmetricsmore"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/dimension"
	"github.com/brokercrm/crm/ent/dimensionvalue"
	"github.com/brokercrm/crm/institution"
	"github.com/brokercrm/crm/money"
	"github.com/brokercrm/crm/segment"
)

// Value is a client's value of one dimension, as text: a decimal, a
// whole number, YYYY-MM-DD, an enum value, true or false; nil when the
// client has none.
type Value struct {
	Dimension   segment.Dimension
	Description string
	Text        *string
}

// Values returns a client's dimensions (those of group, or all when group
// is ""): the computed ones in catalogue order, as of their last refresh
// (none before the client's first), then the imported ones in the order
// they were defined. The institution indicators are an institution's
// only. Values are visible exactly when the client is.
func Values(ctx context.Context, client *ent.Client, c *ent.Customer, group string) ([]Value, *time.Time, error) {
	out, refreshed, err := computedValues(ctx, client, c.ID, group)
	if err != nil {
		return nil, nil, err
	}
	imported, err := importedValues(ctx, client, c, group)
	if err != nil {
		return nil, nil, err
	}
	return append(out, imported...), refreshed, nil
}

func computedValues(ctx context.Context, client *ent.Client, clientID int, group string) ([]Value, *time.Time, error) {
	row, err := client.ClientMetrics.Query().Where(entmetrics.ID(clientID)).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, err
	}
	more, err := client.ClientMetricsMore.Query().Where(clientmetricsmore.ID(clientID)).Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, nil, err
	}
	// The entities' JSON names each column as the catalogue keys it, and
	// leaves out NULLs: one generic path for two hundred typed fields.
	fields := map[string]json.RawMessage{}
	for _, e := range []any{row, more} {
		if err := jsonFields(e, fields); err != nil {
			return nil, nil, err
		}
	}
	var out []Value
	for _, m := range clientmetrics.Catalogue() {
		if group != "" && m.Group != group {
			continue
		}
		text, err := valueText(m, fields[m.Key])
		if err != nil {
			return nil, nil, fmt.Errorf("dimension %s: %w", m.Key, err)
		}
		out = append(out, Value{Dimension: m.Dimension, Description: m.Description, Text: text})
	}
	refreshed := row.RefreshedAt
	return out, &refreshed, nil
}

// importedValues reads the client's values of the imported dimensions in
// two statements: the definitions, then the client's values of them.
func importedValues(ctx context.Context, client *ent.Client, c *ent.Customer, group string) ([]Value, error) {
	q := client.Dimension.Query().Where(dimension.SourceEQ(dimension.SourceIMPORTED)).Order(ent.Asc(dimension.FieldID))
	if group != "" {
		q.Where(dimension.GroupEQ(dimension.Group(group)))
	}
	if c.Kind != customer.KindINSTITUTION {
		q.Where(dimension.GroupNEQ(dimension.Group(institution.Group)))
	}
	dims, err := q.All(ctx)
	if err != nil || len(dims) == 0 {
		return nil, err
	}
	ids := make([]int, len(dims))
	for i, d := range dims {
		ids[i] = d.ID
	}
	stored, err := client.DimensionValue.Query().
		Where(dimensionvalue.ClientID(c.ID), dimensionvalue.DimensionIDIn(ids...)).All(ctx)
	if err != nil {
		return nil, err
	}
	byDimension := make(map[int]*ent.DimensionValue, len(stored))
	for _, v := range stored {
		byDimension[v.DimensionID] = v
	}
	out := make([]Value, len(dims))
	for i, d := range dims {
		out[i] = Value{Dimension: importedEntry(d).Dimension, Description: d.Description, Text: importedText(d, byDimension[d.ID])}
	}
	return out, nil
}

// importedText writes an imported value as Values does a computed one.
func importedText(d *ent.Dimension, v *ent.DimensionValue) *string {
	var text string
	switch {
	case v == nil:
		return nil
	case d.Type == dimension.TypeINTEGER && v.Number != nil:
		text = strconv.FormatInt(v.Number.Units()/money.FromInt(1).Units(), 10)
	case v.Number != nil:
		text = v.Number.String()
	case v.Text != nil:
		text = *v.Text
	case v.Flag != nil:
		text = strconv.FormatBool(*v.Flag)
	case v.Day != nil:
		text = v.Day.Format(time.DateOnly)
	default:
		return nil
	}
	return &text
}

// valueText writes a stored value (raw JSON, nil for NULL) as text.
func valueText(m *clientmetrics.Metric, raw json.RawMessage) (*string, error) {
	if raw == nil {
		if !m.Sparse {
			return nil, nil
		}
		zero := "0"
		if m.Type == segment.TypeBoolean {
			zero = "false"
		}
		return &zero, nil
	}
	var text string
	switch m.Type {
	case segment.TypeDate:
		var t time.Time
		if err := json.Unmarshal(raw, &t); err != nil {
			return nil, err
		}
		text = t.UTC().Format("2006-01-02")
	case segment.TypeEnum, segment.TypeMoney, segment.TypeNumber:
		if err := json.Unmarshal(raw, &text); err != nil {
			return nil, err
		}
	default: // INTEGER, BOOLEAN
		text = string(raw)
	}
	return &text, nil
}

// jsonFields adds an entity's fields, as JSON, to fields.
func jsonFields(entity any, fields map[string]json.RawMessage) error {
	b, err := json.Marshal(entity)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, &fields)
}
