-- +goose Up
-- drop index "customer_advisor_id_status" from table: "customers"
DROP INDEX "customer_advisor_id_status";
-- drop index "customer_branch_id_status" from table: "customers"
DROP INDEX "customer_branch_id_status";
-- create index "customer_advisor_id_status" to table: "customers"
CREATE INDEX "customer_advisor_id_status" ON "customers" ("advisor_id", "status") INCLUDE ("id");
-- create index "customer_branch_id_status" to table: "customers"
CREATE INDEX "customer_branch_id_status" ON "customers" ("branch_id", "status") INCLUDE ("id");

-- +goose Down
-- reverse: create index "customer_branch_id_status" to table: "customers"
DROP INDEX "customer_branch_id_status";
-- reverse: create index "customer_advisor_id_status" to table: "customers"
DROP INDEX "customer_advisor_id_status";
-- reverse: drop index "customer_branch_id_status" from table: "customers"
CREATE INDEX "customer_branch_id_status" ON "customers" ("branch_id", "status");
-- reverse: drop index "customer_advisor_id_status" from table: "customers"
CREATE INDEX "customer_advisor_id_status" ON "customers" ("advisor_id", "status");
