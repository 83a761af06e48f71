package segment_test

import (
	"github.com/brokercrm/crm/segment"
)

// exampleCatalog is a small catalogue over the test tables (see schema in
// db_test.go): each dimension with its Source. Issue 7's catalogue does
// the same for about 150 dimensions.
type exampleCatalog map[string]exampleEntry

type exampleEntry struct {
	dim segment.Dimension
	src segment.Source
}

func (c exampleCatalog) Dimension(key string) (segment.Dimension, bool) {
	e, ok := c[key]
	return e.dim, ok
}

func (c exampleCatalog) Column(key string) (segment.Source, bool) {
	e, ok := c[key]
	return e.src, ok
}

// clientTags is how the test tables link clients to tags, as ent stores
// the Customer.tags edge.
var clientTags = segment.TagLink{
	Table: "customer_tags", OwnerColumn: "customer_id", TagColumn: "tag_id",
	OwnerKey: "id", Tags: "tags", TagKey: "id", TagName: "name",
}

var catalog = exampleCatalog{
	"age": {segment.Dimension{Key: "age", NameZH: "年龄", NameEN: "Age", Group: "basic",
		Type: segment.TypeInteger, Unit: "years"}, segment.ColumnSource("age")},
	"total_assets": {segment.Dimension{Key: "total_assets", NameZH: "总资产", NameEN: "Total assets", Group: "holdings",
		Type: segment.TypeMoney, Unit: "CNY"}, segment.ColumnSource("total_assets")},
	"position_ratio": {segment.Dimension{Key: "position_ratio", NameZH: "持仓比例", NameEN: "Position ratio", Group: "holdings",
		Type: segment.TypeNumber}, segment.ColumnSource("position_ratio")},
	"status": {segment.Dimension{Key: "status", NameZH: "客户状态", NameEN: "Status", Group: "basic",
		Type: segment.TypeEnum, Enum: []string{"NORMAL", "FROZEN", "LOST", "CLOSED", "POTENTIAL"}}, segment.ColumnSource("status")},
	"opened_on": {segment.Dimension{Key: "opened_on", NameZH: "开户日期", NameEN: "Opened on", Group: "basic",
		Type: segment.TypeDate}, segment.ColumnSource("opened_on")},
	"vip": {segment.Dimension{Key: "vip", NameZH: "VIP客户", NameEN: "VIP", Group: "service",
		Type: segment.TypeBoolean}, segment.ColumnSource("vip")},
	"last_trade_at": {segment.Dimension{Key: "last_trade_at", NameZH: "最近交易日", NameEN: "Last trade", Group: "behaviour",
		Type: segment.TypeDate}, segment.ColumnSource("last_trade_at")},
	"tags": {segment.Dimension{Key: "tags", NameZH: "标签", NameEN: "Tags", Group: "basic",
		Type: segment.TypeTags}, segment.Source{HasTag: clientTags.HasTag}},
}
