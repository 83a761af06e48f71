package clientsegment

import (
	"context"
	"fmt"
	"maps"
	"sort"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/clientmetrics"
	"github.com/brokercrm/crm/ent"
	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/ent/dimension"
	"github.com/brokercrm/crm/matching"
	"github.com/brokercrm/crm/segment"
)

// The aliases of the tables a rule's dimensions live in. They are fixed,
// so that a dimension's column can name its table before the query is
// built.
const (
	metricsAlias  = "segment_metrics"
	moreAlias     = "segment_metrics_more"
	importedAlias = "segment_imported_" // + the dimension's id
)

// The client's own fields a rule may use besides those of
// matching.ClientCatalog: where the client stands and who serves them.
var ownFields = map[string]segment.Dimension{
	"status": {Key: "status", NameZH: "客户状态", NameEN: "Status", Group: clientmetrics.Basic, Type: segment.TypeEnum,
		Enum: []string{"NORMAL", "FROZEN", "REPORTED_LOST", "CLOSED", "POTENTIAL"}},
	"branch_id":  {Key: "branch_id", NameZH: "营业部", NameEN: "Branch", Group: clientmetrics.Basic, Type: segment.TypeInteger},
	"advisor_id": {Key: "advisor_id", NameZH: "服务顾问", NameEN: "Advisor", Group: clientmetrics.Service, Type: segment.TypeInteger},
}

// Catalog is every dimension a segment rule may use. Load builds one; it
// holds the imported dimensions as they were then.
type Catalog struct {
	entries map[string]entry
	// Broken lists the schemes left out, and why.
	Broken []string
}

// entry is one dimension and how a query reaches it.
type entry struct {
	segment.Dimension
	Description string
	source      segment.Source
	joins       []entryJoin // the tables it lives in besides the client's own row
	classifier  *classifier // for a scheme's class
}

// entryJoin adds a table to a client query, under a key that says which
// one it is, so that each is added once.
type entryJoin struct {
	key string
	add func(s *sql.Selector)
}

// The joins of the metrics store's two tables (clientmetrics.Hot): a rule
// over hot dimensions only reads the narrow one.
var (
	metricsJoin = entryJoin{key: metricsAlias, add: joinTable("client_metrics", metricsAlias)}
	moreJoin    = entryJoin{key: moreAlias, add: joinTable("client_metrics_more", moreAlias)}
)

// Load builds the catalogue with the imported dimensions and the
// classification schemes as they are now; now is the day relative dates
// in the schemes' rules count from.
func Load(ctx context.Context, client *ent.Client, now time.Time) (*Catalog, error) {
	c := &Catalog{entries: map[string]entry{}}
	for _, m := range clientmetrics.Catalogue() {
		join := metricsJoin
		if !m.IsHot() {
			join = moreJoin
		}
		c.entries[m.Key] = entry{Dimension: m.Dimension, Description: m.Description, source: metricSource(m),
			joins: []entryJoin{join}}
	}
	// The client's own fields win over computed copies of them: they are
	// never stale.
	for key, d := range ownFields {
		c.entries[key] = entry{Dimension: d, source: segment.ColumnSource(key)}
	}
	for _, key := range clientFieldKeys {
		d, _ := matching.ClientCatalog.Dimension(key)
		d.Group = strings.ToUpper(d.Group) // as the Dimension entity names groups
		src, _ := matching.ClientCatalog.Column(key)
		c.entries[key] = entry{Dimension: d, source: src}
	}
	imported, err := client.Dimension.Query().Where(dimension.SourceEQ(dimension.SourceIMPORTED)).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("load imported dimensions: %w", err)
	}
	for _, d := range imported {
		if _, taken := c.entries[d.Key]; taken {
			continue // a computed dimension of the same key was added since; SyncDimensions refuses that
		}
		c.entries[d.Key] = importedEntry(d)
	}
	if err := c.addSchemes(ctx, client, now); err != nil {
		return nil, err
	}
	return c, nil
}

// addSchemes adds each scheme's class as an ENUM dimension. A scheme
// whose rules no longer compile (a dimension they name was removed) is
// left out rather than breaking every segment.
func (c *Catalog) addSchemes(ctx context.Context, client *ent.Client, now time.Time) error {
	schemes, err := client.ClassificationScheme.Query().Order(ent.Asc("id")).All(ctx)
	if err != nil {
		return fmt.Errorf("load classification schemes: %w", err)
	}
	base := &Catalog{entries: maps.Clone(c.entries)}
	for _, sc := range schemes {
		cl, err := newClassifier(sc, base, now)
		if err != nil {
			c.Broken = append(c.Broken, fmt.Sprintf("%s: %v", sc.Key, err))
			continue
		}
		c.entries[ClassKey(sc.Key)] = classEntry(cl, base.joinsOf(cl.rules...))
	}
	return nil
}

// clientFieldKeys are the dimensions of matching.ClientCatalog, which
// products' target rules use too.
var clientFieldKeys = []string{"kind", "gender", "birth_date", "opened_on", "channel", "investor_class",
	"qualified_investor", "risk_category", "tags"}

// metricSource reaches a computed dimension in the metrics store. A
// sparse one's NULL is its zero; a client not computed yet has zeros too.
func metricSource(m *clientmetrics.Metric) segment.Source {
	alias := metricsAlias
	if !m.IsHot() {
		alias = moreAlias
	}
	return segment.Source{Column: func(s *sql.Selector) string {
		col := sql.Dialect(s.Dialect()).Table(alias).C(m.Key)
		switch {
		case !m.Sparse:
			return col
		case m.Type == segment.TypeBoolean:
			return "COALESCE(" + col + ", FALSE)"
		}
		return "COALESCE(" + col + ", 0)"
	}}
}

// joinTable joins a table of the metrics store; clients not yet computed
// stay, with every metric empty.
func joinTable(table, alias string) func(*sql.Selector) {
	return func(s *sql.Selector) {
		m := sql.Dialect(s.Dialect()).Table(table).As(alias)
		s.LeftJoin(m).On(s.C(customer.FieldID), m.C("id"))
	}
}

// importedEntry reaches an imported dimension's values, one row per
// client in dimension_values, through a join of its own.
func importedEntry(d *ent.Dimension) entry {
	alias := fmt.Sprintf("%s%d", importedAlias, d.ID)
	column := map[dimension.Type]string{dimension.TypeNUMBER: "number", dimension.TypeMONEY: "number",
		dimension.TypeINTEGER: "number", dimension.TypeENUM: "text", dimension.TypeBOOLEAN: "flag", dimension.TypeDATE: "day"}[d.Type]
	dim := segment.Dimension{Key: d.Key, NameZH: d.NameZh, NameEN: d.NameEn, Group: string(d.Group),
		Type: segment.Type(d.Type), Unit: d.Unit, Enum: d.Values}
	id := d.ID
	return entry{Dimension: dim, Description: d.Description, joins: []entryJoin{{key: alias, add: func(s *sql.Selector) {
		v := sql.Dialect(s.Dialect()).Table("dimension_values").As(alias)
		s.LeftJoin(v).OnP(sql.And(sql.ColumnsEQ(v.C("client_id"), s.C(customer.FieldID)), sql.EQ(v.C("dimension_id"), id)))
	}}},
		source: segment.Source{Column: func(s *sql.Selector) string {
			col := sql.Dialect(s.Dialect()).Table(alias).C(column)
			if d.Type == dimension.TypeINTEGER {
				// Stored as ten-thousandths like every number; rules compare whole numbers.
				return col + " / 10000"
			}
			return col
		}}}
}

// Dimension implements segment.Catalog.
func (c *Catalog) Dimension(key string) (segment.Dimension, bool) {
	e, ok := c.entries[key]
	return e.Dimension, ok
}

// Column implements segment.Catalog.
func (c *Catalog) Column(key string) (segment.Source, bool) {
	e, ok := c.entries[key]
	return e.source, ok
}

// Described is a dimension with its description, for the segment editor.
type Described struct {
	segment.Dimension
	Description string
}

// Dimensions lists the catalogue by group and key.
func (c *Catalog) Dimensions() []Described {
	out := make([]Described, 0, len(c.entries))
	for _, e := range c.entries {
		out = append(out, Described{Dimension: e.Dimension, Description: e.Description})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Group != out[j].Group {
			return out[i].Group < out[j].Group
		}
		return out[i].Key < out[j].Key
	})
	return out
}
