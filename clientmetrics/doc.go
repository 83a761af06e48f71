// Package clientmetrics is the catalogue of computed client dimensions
// (客户维度/指标, PRODUCT.md §3): what each one means, its type and unit,
// and how it is computed from the facts gathered about a client.
//
// It knows nothing of SQL or storage. Package clientmetrics/refresh
// gathers the Facts of many clients at a time from the database, calls
// Compute and writes the values into the metrics store, one column per
// dimension, the Hot ones in a table of their own; the ent schemas of the
// store (ClientMetrics, ClientMetricsMore) are generated from this
// catalogue, so the two cannot drift apart.
//
// Values are exact: amounts and ratios are money.Decimal (ten-thousandths),
// never floats. Ratios are percentages ("80" is 80%), turnover is a
// multiple of average assets ("12" is 12×).
package clientmetrics
