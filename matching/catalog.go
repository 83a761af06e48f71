package matching

import (
	"time"

	"entgo.io/ent/dialect/sql"

	"github.com/brokercrm/crm/ent/customer"
	"github.com/brokercrm/crm/segment"
	"github.com/brokercrm/crm/suitability"
)

// Targeting is what a product's target attributes are read with: the
// dimensions they may use, and how a rule becomes a condition on clients
// (with the joins its dimensions need). clientsegment.Catalog, every
// dimension a segment may use, is the one the API uses.
type Targeting interface {
	segment.Catalog
	Where(r segment.Rule, now time.Time) (func(*sql.Selector), error)
}

// ClientCatalog is the dimensions kept on the client's row, and tags: the
// part of the segment catalogue (package clientsegment) that needs no
// other table.
var ClientCatalog Targeting = clientCatalog{}

type clientCatalog struct{}

var clientDimensions = map[string]segment.Dimension{
	"kind": {Key: "kind", NameZH: "客户类型", NameEN: "Client type", Group: "basic", Type: segment.TypeEnum,
		Enum: []string{"INDIVIDUAL", "INSTITUTION"}},
	"gender": {Key: "gender", NameZH: "性别", NameEN: "Gender", Group: "basic", Type: segment.TypeEnum,
		Enum: []string{"MALE", "FEMALE"}},
	"birth_date": {Key: "birth_date", NameZH: "出生日期", NameEN: "Date of birth", Group: "basic", Type: segment.TypeDate},
	"opened_on":  {Key: "opened_on", NameZH: "开户日期", NameEN: "Account opened on", Group: "basic", Type: segment.TypeDate},
	"channel": {Key: "channel", NameZH: "开户渠道", NameEN: "Acquisition channel", Group: "basic", Type: segment.TypeEnum,
		Enum: []string{"BRANCH", "ONLINE", "APP", "BANK", "REFERRAL", "PARTNER"}},
	"investor_class": {Key: "investor_class", NameZH: "投资者类别", NameEN: "Investor class", Group: "risk", Type: segment.TypeEnum,
		Enum: []string{"ORDINARY", "PROFESSIONAL"}},
	"qualified_investor": {Key: "qualified_investor", NameZH: "合格投资者", NameEN: "Qualified investor", Group: "risk", Type: segment.TypeBoolean},
	"risk_category": {Key: "risk_category", NameZH: "风险承受能力", NameEN: "Risk tolerance", Group: "risk", Type: segment.TypeEnum,
		Enum: suitability.Category("").Values()},
	"tags": {Key: "tags", NameZH: "标签", NameEN: "Tags", Group: "marketing", Type: segment.TypeTags},
}

var clientTags = segment.TagLink{Table: "customer_tags", OwnerColumn: "customer_id", TagColumn: "tag_id",
	OwnerKey: customer.FieldID, Tags: "tags", TagKey: "id", TagName: "name"}

func (clientCatalog) Dimension(key string) (segment.Dimension, bool) {
	d, ok := clientDimensions[key]
	return d, ok
}

// Where compiles r: every dimension is on the client's row.
func (c clientCatalog) Where(r segment.Rule, now time.Time) (func(*sql.Selector), error) {
	return segment.Compile(r, c, now)
}

func (clientCatalog) Column(key string) (segment.Source, bool) {
	d, ok := clientDimensions[key]
	switch {
	case !ok:
		return segment.Source{}, false
	case d.Type == segment.TypeTags:
		return segment.Source{HasTag: clientTags.HasTag}, true
	}
	return segment.ColumnSource(key), true
}
