// Package segment is the rule language of client segments (客户群) and of
// products' target-client attributes (PRODUCT.md §3, §4): a tree of AND, OR
// and NOT over conditions on the dimensions of a Catalog, stored as JSON
// configuration, checked by Validate and turned by Compile into an ent SQL
// predicate that runs on PostgreSQL and SQLite.
//
// No text a user wrote ever becomes SQL text. Values are always bind
// parameters, and a dimension key is only a key into the Catalog, whose
// SQL is written by programmers.
//
// A rule as stored:
//
//	{"op": "AND", "rules": [
//	  {"op": "GE", "dimension": "total_assets", "value": "500000"},
//	  {"op": "WITHIN_LAST", "dimension": "last_trade_at", "value": {"amount": 90, "unit": "DAY"}},
//	  {"op": "NOT", "rules": [{"op": "HAS_TAG", "dimension": "tags", "value": "已流失"}]}
//	]}
package segment
