-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_accounts" table
CREATE TABLE `new_accounts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `account_no` text NOT NULL, `type` text NOT NULL, `market` text NOT NULL, `currency` text NOT NULL DEFAULT ('CNY'), `status` text NOT NULL DEFAULT ('NORMAL'), `opened_on` datetime NOT NULL, `closed_on` datetime NULL, `cash_balance` integer NOT NULL DEFAULT (0), `margin_debt` integer NOT NULL DEFAULT (0), `client_id` integer NOT NULL, CONSTRAINT `accounts_customers_accounts` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION);
-- copy rows from old table "accounts" to new temporary table "new_accounts"
INSERT INTO `new_accounts` (`id`, `account_no`, `type`, `market`, `currency`, `status`, `opened_on`, `closed_on`, `cash_balance`, `client_id`) SELECT `id`, `account_no`, `type`, `market`, `currency`, `status`, `opened_on`, `closed_on`, `cash_balance`, `client_id` FROM `accounts`;
-- drop "accounts" table after copying rows
DROP TABLE `accounts`;
-- rename temporary table "new_accounts" to "accounts"
ALTER TABLE `new_accounts` RENAME TO `accounts`;
-- create index "accounts_account_no_key" to table: "accounts"
CREATE UNIQUE INDEX `accounts_account_no_key` ON `accounts` (`account_no`);
-- create index "account_client_id_type" to table: "accounts"
CREATE INDEX `account_client_id_type` ON `accounts` (`client_id`, `type`);
-- create "new_customers" table
CREATE TABLE `new_customers` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `client_no` text NOT NULL, `kind` text NOT NULL DEFAULT ('INDIVIDUAL'), `name` text NOT NULL, `id_type` text NOT NULL DEFAULT ('RESIDENT_ID'), `id_number` text NOT NULL, `id_expires_on` datetime NULL, `gender` text NULL, `birth_date` datetime NULL, `phone` text NULL, `email` text NULL, `address` text NULL, `status` text NOT NULL DEFAULT ('NORMAL'), `opened_on` datetime NULL, `closed_on` datetime NULL, `channel` text NOT NULL DEFAULT ('BRANCH'), `investor_class` text NOT NULL DEFAULT ('ORDINARY'), `name_initials` text NULL, `phone_last4` text NULL, `branch_id` integer NOT NULL, `advisor_id` integer NULL, CONSTRAINT `customers_branches_clients` FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`) ON DELETE NO ACTION, CONSTRAINT `customers_users_clients` FOREIGN KEY (`advisor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "new_customers" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_customers", 21474836480);
-- copy rows from old table "customers" to new temporary table "new_customers"
INSERT INTO `new_customers` (`id`, `created_at`, `updated_at`, `client_no`, `kind`, `name`, `id_type`, `id_number`, `id_expires_on`, `gender`, `birth_date`, `phone`, `email`, `address`, `status`, `opened_on`, `closed_on`, `channel`, `investor_class`, `branch_id`, `advisor_id`) SELECT `id`, `created_at`, `updated_at`, `client_no`, `kind`, `name`, `id_type`, `id_number`, `id_expires_on`, `gender`, `birth_date`, `phone`, `email`, `address`, `status`, `opened_on`, `closed_on`, `channel`, `investor_class`, `branch_id`, `advisor_id` FROM `customers`;
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
-- create "asset_snapshots" table
CREATE TABLE `asset_snapshots` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `as_of` datetime NOT NULL, `total_assets` integer NOT NULL, `cash` integer NOT NULL, `market_value` integer NOT NULL, `client_id` integer NOT NULL, CONSTRAINT `asset_snapshots_customers_asset_snapshots` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION);
-- set sequence for "asset_snapshots" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("asset_snapshots", 107374182400);
-- create index "assetsnapshot_client_id_as_of" to table: "asset_snapshots"
CREATE UNIQUE INDEX `assetsnapshot_client_id_as_of` ON `asset_snapshots` (`client_id`, `as_of`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "assetsnapshot_client_id_as_of" to table: "asset_snapshots"
DROP INDEX `assetsnapshot_client_id_as_of`;
-- reverse: set sequence for "asset_snapshots" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "asset_snapshots";
-- reverse: create "asset_snapshots" table
DROP TABLE `asset_snapshots`;
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
-- reverse: create index "account_client_id_type" to table: "accounts"
DROP INDEX `account_client_id_type`;
-- reverse: create index "accounts_account_no_key" to table: "accounts"
DROP INDEX `accounts_account_no_key`;
-- reverse: create "new_accounts" table
DROP TABLE `new_accounts`;
