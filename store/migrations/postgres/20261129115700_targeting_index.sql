-- +goose Up
-- drop index "customer_risk_category_status" from table: "customers"
DROP INDEX "customer_risk_category_status";
-- create index "customer_status_investor_class_risk_category" to table: "customers"
CREATE INDEX "customer_status_investor_class_risk_category" ON "customers" ("status", "investor_class", "risk_category") INCLUDE ("id", "risk_lowest", "risk_horizon", "risk_varieties", "risk_assessed_at", "risk_expires_at", "id_expires_on", "birth_date", "qualified_investor");

-- +goose Down
-- reverse: create index "customer_status_investor_class_risk_category" to table: "customers"
DROP INDEX "customer_status_investor_class_risk_category";
-- reverse: drop index "customer_risk_category_status" from table: "customers"
CREATE INDEX "customer_risk_category_status" ON "customers" ("risk_category", "status");
