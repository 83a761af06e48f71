-- +goose Up
-- orders confirmed before payments were tracked were paid
UPDATE sales_orders SET status = 'PAID' WHERE status = 'CONFIRMED';
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_sales_orders" table
CREATE TABLE `new_sales_orders` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `amount` integer NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `idempotency_key` text NULL, `payment_ref` text NULL, `paid_at` datetime NULL, `failure_reason` text NULL, `cooling_off_until` datetime NULL, `follow_up_call` bool NOT NULL DEFAULT (false), `cancelled_at` datetime NULL, `created_at` datetime NOT NULL, `client_id` integer NOT NULL, `product_id` integer NOT NULL, `advisor_id` integer NULL, CONSTRAINT `sales_orders_customers_orders` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `sales_orders_products_orders` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE NO ACTION, CONSTRAINT `sales_orders_users_advisor` FOREIGN KEY (`advisor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "new_sales_orders" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_sales_orders", 51539607552);
-- copy rows from old table "sales_orders" to new temporary table "new_sales_orders"
INSERT INTO `new_sales_orders` (`id`, `amount`, `status`, `created_at`, `client_id`, `product_id`, `advisor_id`) SELECT `id`, `amount`, `status`, `created_at`, `client_id`, `product_id`, `advisor_id` FROM `sales_orders`;
-- drop "sales_orders" table after copying rows
DROP TABLE `sales_orders`;
-- rename temporary table "new_sales_orders" to "sales_orders"
ALTER TABLE `new_sales_orders` RENAME TO `sales_orders`;
-- create index "salesorder_client_id_created_at" to table: "sales_orders"
CREATE INDEX `salesorder_client_id_created_at` ON `sales_orders` (`client_id`, `created_at`);
-- create index "salesorder_client_id_idempotency_key" to table: "sales_orders"
CREATE UNIQUE INDEX `salesorder_client_id_idempotency_key` ON `sales_orders` (`client_id`, `idempotency_key`);
-- create index "salesorder_product_id_created_at" to table: "sales_orders"
CREATE INDEX `salesorder_product_id_created_at` ON `sales_orders` (`product_id`, `created_at`);
-- create index "salesorder_advisor_id_created_at" to table: "sales_orders"
CREATE INDEX `salesorder_advisor_id_created_at` ON `sales_orders` (`advisor_id`, `created_at`);
-- create "new_customers" table
CREATE TABLE `new_customers` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `client_no` text NOT NULL, `kind` text NOT NULL DEFAULT ('INDIVIDUAL'), `name` text NOT NULL, `id_type` text NOT NULL DEFAULT ('RESIDENT_ID'), `id_number` text NOT NULL, `id_expires_on` datetime NULL, `gender` text NULL, `birth_date` datetime NULL, `phone` text NULL, `email` text NULL, `address` text NULL, `status` text NOT NULL DEFAULT ('NORMAL'), `opened_on` datetime NULL, `closed_on` datetime NULL, `channel` text NOT NULL DEFAULT ('BRANCH'), `investor_class` text NOT NULL DEFAULT ('ORDINARY'), `qualified_investor` bool NOT NULL DEFAULT (false), `name_initials` text NULL, `phone_last4` text NULL, `branch_id` integer NOT NULL, `advisor_id` integer NULL, CONSTRAINT `customers_branches_clients` FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`) ON DELETE NO ACTION, CONSTRAINT `customers_users_clients` FOREIGN KEY (`advisor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "new_customers" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_customers", 21474836480);
-- copy rows from old table "customers" to new temporary table "new_customers"
INSERT INTO `new_customers` (`id`, `created_at`, `updated_at`, `client_no`, `kind`, `name`, `id_type`, `id_number`, `id_expires_on`, `gender`, `birth_date`, `phone`, `email`, `address`, `status`, `opened_on`, `closed_on`, `channel`, `investor_class`, `name_initials`, `phone_last4`, `branch_id`, `advisor_id`) SELECT `id`, `created_at`, `updated_at`, `client_no`, `kind`, `name`, `id_type`, `id_number`, `id_expires_on`, `gender`, `birth_date`, `phone`, `email`, `address`, `status`, `opened_on`, `closed_on`, `channel`, `investor_class`, `name_initials`, `phone_last4`, `branch_id`, `advisor_id` FROM `customers`;
-- drop "customers" table after copying rows
DROP TABLE `customers`;
-- rename temporary table "new_customers" to "customers"
ALTER TABLE `new_customers` RENAME TO `customers`;
-- create index "customers_client_no_key" to table: "customers"
CREATE UNIQUE INDEX `customers_client_no_key` ON `customers` (`client_no`);
-- create index "customer_advisor_id_status" to table: "customers"
CREATE INDEX `customer_advisor_id_status` ON `customers` (`advisor_id`, `status`);
-- create index "customer_branch_id_status" to table: "customers"
CREATE INDEX `customer_branch_id_status` ON `customers` (`branch_id`, `status`);
-- create index "customer_name" to table: "customers"
CREATE INDEX `customer_name` ON `customers` (`name`);
-- create index "customer_id_number" to table: "customers"
CREATE INDEX `customer_id_number` ON `customers` (`id_number`);
-- create index "customer_phone" to table: "customers"
CREATE INDEX `customer_phone` ON `customers` (`phone`);
-- create index "customer_name_initials" to table: "customers"
CREATE INDEX `customer_name_initials` ON `customers` (`name_initials`);
-- create index "customer_phone_last4" to table: "customers"
CREATE INDEX `customer_phone_last4` ON `customers` (`phone_last4`);
-- create "suitability_records" table
CREATE TABLE `suitability_records` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `product_version` integer NOT NULL, `questionnaire_version` text NULL, `kind` text NOT NULL, `outcome` text NOT NULL, `reasons` json NULL, `warning_zh` text NULL, `warning_en` text NULL, `amount` integer NOT NULL, `idempotency_key` text NULL, `channel` text NOT NULL, `actor_name` text NOT NULL, `at` datetime NOT NULL, `client_id` integer NOT NULL, `product_id` integer NOT NULL, `order_id` integer NULL, `assessment_id` integer NULL, `actor_id` integer NULL, CONSTRAINT `suitability_records_customers_suitability_records` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `suitability_records_products_suitability_records` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE NO ACTION, CONSTRAINT `suitability_records_sales_orders_suitability_records` FOREIGN KEY (`order_id`) REFERENCES `sales_orders` (`id`) ON DELETE SET NULL, CONSTRAINT `suitability_records_risk_assessments_assessment` FOREIGN KEY (`assessment_id`) REFERENCES `risk_assessments` (`id`) ON DELETE SET NULL, CONSTRAINT `suitability_records_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "suitability_records" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("suitability_records", 124554051584);
-- create index "suitabilityrecord_client_id_at" to table: "suitability_records"
CREATE INDEX `suitabilityrecord_client_id_at` ON `suitability_records` (`client_id`, `at`);
-- create index "suitabilityrecord_product_id_at" to table: "suitability_records"
CREATE INDEX `suitabilityrecord_product_id_at` ON `suitability_records` (`product_id`, `at`);
-- create index "suitabilityrecord_at" to table: "suitability_records"
CREATE INDEX `suitabilityrecord_at` ON `suitability_records` (`at`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
UPDATE sales_orders SET status = 'CONFIRMED' WHERE status IN ('PAID', 'PAYMENT_FAILED');
-- reverse: create index "suitabilityrecord_at" to table: "suitability_records"
DROP INDEX `suitabilityrecord_at`;
-- reverse: create index "suitabilityrecord_product_id_at" to table: "suitability_records"
DROP INDEX `suitabilityrecord_product_id_at`;
-- reverse: create index "suitabilityrecord_client_id_at" to table: "suitability_records"
DROP INDEX `suitabilityrecord_client_id_at`;
-- reverse: set sequence for "suitability_records" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "suitability_records";
-- reverse: create "suitability_records" table
DROP TABLE `suitability_records`;
-- reverse: create index "customer_phone_last4" to table: "customers"
DROP INDEX `customer_phone_last4`;
-- reverse: create index "customer_name_initials" to table: "customers"
DROP INDEX `customer_name_initials`;
-- reverse: create index "customer_phone" to table: "customers"
DROP INDEX `customer_phone`;
-- reverse: create index "customer_id_number" to table: "customers"
DROP INDEX `customer_id_number`;
-- reverse: create index "customer_name" to table: "customers"
DROP INDEX `customer_name`;
-- reverse: create index "customer_branch_id_status" to table: "customers"
DROP INDEX `customer_branch_id_status`;
-- reverse: create index "customer_advisor_id_status" to table: "customers"
DROP INDEX `customer_advisor_id_status`;
-- reverse: create index "customers_client_no_key" to table: "customers"
DROP INDEX `customers_client_no_key`;
-- reverse: set sequence for "new_customers" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_customers";
-- reverse: create "new_customers" table
DROP TABLE `new_customers`;
-- reverse: create index "salesorder_advisor_id_created_at" to table: "sales_orders"
DROP INDEX `salesorder_advisor_id_created_at`;
-- reverse: create index "salesorder_product_id_created_at" to table: "sales_orders"
DROP INDEX `salesorder_product_id_created_at`;
-- reverse: create index "salesorder_client_id_idempotency_key" to table: "sales_orders"
DROP INDEX `salesorder_client_id_idempotency_key`;
-- reverse: create index "salesorder_client_id_created_at" to table: "sales_orders"
DROP INDEX `salesorder_client_id_created_at`;
-- reverse: set sequence for "new_sales_orders" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_sales_orders";
-- reverse: create "new_sales_orders" table
DROP TABLE `new_sales_orders`;
