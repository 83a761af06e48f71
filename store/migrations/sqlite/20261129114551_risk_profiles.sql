-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- add column "answers" to table: "risk_assessments"
ALTER TABLE `risk_assessments` ADD COLUMN `answers` json NULL;
-- add column "target_rule" to table: "products"
ALTER TABLE `products` ADD COLUMN `target_rule` json NULL;
-- create "new_customers" table
CREATE TABLE `new_customers` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `client_no` text NOT NULL, `kind` text NOT NULL DEFAULT ('INDIVIDUAL'), `name` text NOT NULL, `id_type` text NOT NULL DEFAULT ('RESIDENT_ID'), `id_number` text NOT NULL, `id_expires_on` datetime NULL, `gender` text NULL, `birth_date` datetime NULL, `phone` text NULL, `email` text NULL, `address` text NULL, `status` text NOT NULL DEFAULT ('NORMAL'), `opened_on` datetime NULL, `closed_on` datetime NULL, `channel` text NOT NULL DEFAULT ('BRANCH'), `investor_class` text NOT NULL DEFAULT ('ORDINARY'), `qualified_investor` bool NOT NULL DEFAULT (false), `risk_category` text NULL, `risk_lowest` bool NOT NULL DEFAULT (false), `risk_horizon` text NULL, `risk_varieties` integer NOT NULL DEFAULT (0), `risk_assessed_at` datetime NULL, `risk_expires_at` datetime NULL, `name_initials` text NULL, `phone_last4` text NULL, `branch_id` integer NOT NULL, `advisor_id` integer NULL, CONSTRAINT `customers_branches_clients` FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`) ON DELETE NO ACTION, CONSTRAINT `customers_users_clients` FOREIGN KEY (`advisor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "new_customers" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_customers", 21474836480);
-- copy rows from old table "customers" to new temporary table "new_customers"
INSERT INTO `new_customers` (`id`, `created_at`, `updated_at`, `client_no`, `kind`, `name`, `id_type`, `id_number`, `id_expires_on`, `gender`, `birth_date`, `phone`, `email`, `address`, `status`, `opened_on`, `closed_on`, `channel`, `investor_class`, `qualified_investor`, `name_initials`, `phone_last4`, `branch_id`, `advisor_id`) SELECT `id`, `created_at`, `updated_at`, `client_no`, `kind`, `name`, `id_type`, `id_number`, `id_expires_on`, `gender`, `birth_date`, `phone`, `email`, `address`, `status`, `opened_on`, `closed_on`, `channel`, `investor_class`, `qualified_investor`, `name_initials`, `phone_last4`, `branch_id`, `advisor_id` FROM `customers`;
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
-- create index "customer_risk_category_status" to table: "customers"
CREATE INDEX `customer_risk_category_status` ON `customers` (`risk_category`, `status`);
-- create "risk_questionnaires" table
CREATE TABLE `risk_questionnaires` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `version` text NOT NULL, `definition` json NOT NULL, `active` bool NOT NULL DEFAULT (false), `created_at` datetime NOT NULL);
-- set sequence for "risk_questionnaires" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("risk_questionnaires", 128849018880);
-- create index "risk_questionnaires_version_key" to table: "risk_questionnaires"
CREATE UNIQUE INDEX `risk_questionnaires_version_key` ON `risk_questionnaires` (`version`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- the risk profile of clients assessed before it was kept on them
UPDATE customers SET risk_category = r.level, risk_lowest = r.lowest_category, risk_horizon = r.horizon,
  risk_assessed_at = r.assessed_at, risk_expires_at = r.expires_at, risk_varieties = (CASE WHEN r.varieties LIKE '%"FIXED_INCOME"%' THEN 1 ELSE 0 END) + (CASE WHEN r.varieties LIKE '%"EQUITY"%' THEN 2 ELSE 0 END) + (CASE WHEN r.varieties LIKE '%"DERIVATIVES"%' THEN 4 ELSE 0 END) + (CASE WHEN r.varieties LIKE '%"COMPLEX"%' THEN 8 ELSE 0 END) + (CASE WHEN r.varieties LIKE '%"OTHER"%' THEN 16 ELSE 0 END)
FROM (SELECT client_id, level, lowest_category, horizon, assessed_at, expires_at, varieties,
             ROW_NUMBER() OVER (PARTITION BY client_id ORDER BY assessed_at DESC, id DESC) AS n
      FROM risk_assessments) AS r
WHERE r.client_id = customers.id AND r.n = 1;

-- +goose Down
-- reverse: create index "risk_questionnaires_version_key" to table: "risk_questionnaires"
DROP INDEX `risk_questionnaires_version_key`;
-- reverse: set sequence for "risk_questionnaires" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "risk_questionnaires";
-- reverse: create "risk_questionnaires" table
DROP TABLE `risk_questionnaires`;
-- reverse: create index "customer_risk_category_status" to table: "customers"
DROP INDEX `customer_risk_category_status`;
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
-- reverse: add column "target_rule" to table: "products"
ALTER TABLE `products` DROP COLUMN `target_rule`;
-- reverse: add column "answers" to table: "risk_assessments"
ALTER TABLE `risk_assessments` DROP COLUMN `answers`;
