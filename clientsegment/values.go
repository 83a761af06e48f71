package clientsegment

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/ent"
	entmetrics "github.com/brokercrm/crm/ent/clientmetrics"
	"github.com/brokercrm/crm/ent/clientmetricsmore"
	"github.com/brokercrm/crm/segment"
)

// Value is a client's value of one computed dimension, as text: a
// decimal, a whole number, YYYY-MM-DD, an enum value, true or false; nil
// when the client has none.
type Value struct {
	Metric *clientmetrics.Metric
	Text   *string
}

// Values returns a client's computed dimensions (those of group, or all
// when group is ""), in catalogue order, and when they were computed; no
// values before the client's first refresh. The client's metrics are
// visible exactly when the client is.
func Values(ctx context.Context, client *ent.Client, clientID int, group string) ([]Value, *time.Time, error) {
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
		out = append(out, Value{Metric: m, Text: text})
	}
	refreshed := row.RefreshedAt
	return out, &refreshed, nil
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
