-- +goose Up
-- create "accounts" table
CREATE TABLE `accounts` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `account_no` text NOT NULL, `type` text NOT NULL, `market` text NOT NULL, `currency` text NOT NULL DEFAULT ('CNY'), `status` text NOT NULL DEFAULT ('NORMAL'), `opened_on` datetime NOT NULL, `closed_on` datetime NULL, `cash_balance` integer NOT NULL DEFAULT (0), `client_id` integer NOT NULL, CONSTRAINT `accounts_customers_accounts` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION);
-- create index "accounts_account_no_key" to table: "accounts"
CREATE UNIQUE INDEX `accounts_account_no_key` ON `accounts` (`account_no`);
-- create index "account_client_id_type" to table: "accounts"
CREATE INDEX `account_client_id_type` ON `accounts` (`client_id`, `type`);
-- create "branches" table
CREATE TABLE `branches` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `code` text NOT NULL, `name` text NOT NULL, `city` text NOT NULL, `region` text NOT NULL);
-- set sequence for "branches" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("branches", 4294967296);
-- create index "branches_code_key" to table: "branches"
CREATE UNIQUE INDEX `branches_code_key` ON `branches` (`code`);
-- create "cash_flows" table
CREATE TABLE `cash_flows` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `type` text NOT NULL, `amount` integer NOT NULL, `occurred_at` datetime NOT NULL, `account_id` integer NOT NULL, `client_id` integer NOT NULL, CONSTRAINT `cash_flows_accounts_cash_flows` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION, CONSTRAINT `cash_flows_customers_cash_flows` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION);
-- set sequence for "cash_flows" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("cash_flows", 8589934592);
-- create index "cashflow_client_id_occurred_at" to table: "cash_flows"
CREATE INDEX `cashflow_client_id_occurred_at` ON `cash_flows` (`client_id`, `occurred_at`);
-- create index "cashflow_account_id_occurred_at" to table: "cash_flows"
CREATE INDEX `cashflow_account_id_occurred_at` ON `cash_flows` (`account_id`, `occurred_at`);
-- create "client_status_changes" table
CREATE TABLE `client_status_changes` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `from_status` text NULL, `to_status` text NOT NULL, `reason` text NOT NULL, `changed_at` datetime NOT NULL, `changed_by_id` integer NULL, `client_id` integer NOT NULL, CONSTRAINT `client_status_changes_users_changed_by` FOREIGN KEY (`changed_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `client_status_changes_customers_status_changes` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION);
-- set sequence for "client_status_changes" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("client_status_changes", 12884901888);
-- create index "clientstatuschange_client_id_changed_at" to table: "client_status_changes"
CREATE INDEX `clientstatuschange_client_id_changed_at` ON `client_status_changes` (`client_id`, `changed_at`);
-- create "contact_persons" table
CREATE TABLE `contact_persons` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name` text NOT NULL, `title` text NULL, `phone` text NULL, `email` text NULL, `primary` bool NOT NULL DEFAULT (false), `client_id` integer NOT NULL, CONSTRAINT `contact_persons_customers_contacts` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION);
-- set sequence for "contact_persons" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("contact_persons", 17179869184);
-- create index "contactperson_client_id" to table: "contact_persons"
CREATE INDEX `contactperson_client_id` ON `contact_persons` (`client_id`);
-- create "customers" table
CREATE TABLE `customers` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `client_no` text NOT NULL, `kind` text NOT NULL DEFAULT ('INDIVIDUAL'), `name` text NOT NULL, `id_type` text NOT NULL DEFAULT ('RESIDENT_ID'), `id_number` text NOT NULL, `id_expires_on` datetime NULL, `gender` text NULL, `birth_date` datetime NULL, `phone` text NULL, `email` text NULL, `address` text NULL, `status` text NOT NULL DEFAULT ('NORMAL'), `opened_on` datetime NULL, `closed_on` datetime NULL, `channel` text NOT NULL DEFAULT ('BRANCH'), `investor_class` text NOT NULL DEFAULT ('ORDINARY'), `branch_id` integer NOT NULL, `advisor_id` integer NULL, CONSTRAINT `customers_branches_clients` FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`) ON DELETE NO ACTION, CONSTRAINT `customers_users_clients` FOREIGN KEY (`advisor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "customers" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("customers", 21474836480);
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
-- create "holdings" table
CREATE TABLE `holdings` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `quantity` integer NOT NULL, `cost` integer NOT NULL, `market_value` integer NOT NULL, `as_of` datetime NOT NULL, `account_id` integer NOT NULL, `client_id` integer NOT NULL, `instrument_id` integer NULL, `product_id` integer NULL, CONSTRAINT `holdings_accounts_holdings` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION, CONSTRAINT `holdings_customers_holdings` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `holdings_instruments_holdings` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`id`) ON DELETE SET NULL, CONSTRAINT `holdings_products_holdings` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE SET NULL);
-- set sequence for "holdings" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("holdings", 25769803776);
-- create index "holding_client_id_market_value" to table: "holdings"
CREATE INDEX `holding_client_id_market_value` ON `holdings` (`client_id`, `market_value`);
-- create index "holding_account_id_as_of" to table: "holdings"
CREATE INDEX `holding_account_id_as_of` ON `holdings` (`account_id`, `as_of`);
-- create index "holding_instrument_id" to table: "holdings"
CREATE INDEX `holding_instrument_id` ON `holdings` (`instrument_id`);
-- create index "holding_product_id" to table: "holdings"
CREATE INDEX `holding_product_id` ON `holdings` (`product_id`);
-- create "instruments" table
CREATE TABLE `instruments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `code` text NOT NULL, `market` text NOT NULL, `name` text NOT NULL, `type` text NOT NULL, `industry` text NULL, `last_price` integer NOT NULL DEFAULT (0), `price_date` datetime NULL);
-- set sequence for "instruments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("instruments", 30064771072);
-- create index "instrument_code_market" to table: "instruments"
CREATE UNIQUE INDEX `instrument_code_market` ON `instruments` (`code`, `market`);
-- create index "instrument_name" to table: "instruments"
CREATE INDEX `instrument_name` ON `instruments` (`name`);
-- create "interactions" table
CREATE TABLE `interactions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `channel` text NOT NULL, `kind` text NOT NULL, `summary` text NOT NULL, `occurred_at` datetime NOT NULL, `follow_up_on` datetime NULL, `client_id` integer NOT NULL, `staff_id` integer NULL, CONSTRAINT `interactions_customers_interactions` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `interactions_users_staff` FOREIGN KEY (`staff_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "interactions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("interactions", 34359738368);
-- create index "interaction_client_id_occurred_at" to table: "interactions"
CREATE INDEX `interaction_client_id_occurred_at` ON `interactions` (`client_id`, `occurred_at`);
-- create index "interaction_staff_id_follow_up_on" to table: "interactions"
CREATE INDEX `interaction_staff_id_follow_up_on` ON `interactions` (`staff_id`, `follow_up_on`);
-- create "organizations" table
CREATE TABLE `organizations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `credit_code` text NOT NULL, `industry` text NULL, `registered_capital` integer NULL, `legal_representative` text NULL, `client_id` integer NOT NULL, CONSTRAINT `organizations_customers_organization` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION);
-- set sequence for "organizations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("organizations", 38654705664);
-- create index "organizations_client_id_key" to table: "organizations"
CREATE UNIQUE INDEX `organizations_client_id_key` ON `organizations` (`client_id`);
-- create "products" table
CREATE TABLE `products` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `name` text NOT NULL, `type` text NOT NULL, `issuer` text NOT NULL, `risk_level` text NOT NULL, `horizon` text NOT NULL, `variety` text NOT NULL, `min_amount` integer NOT NULL DEFAULT (0), `subscription_fee_rate` integer NOT NULL DEFAULT (0), `management_fee_rate` integer NOT NULL DEFAULT (0), `custody_fee_rate` integer NOT NULL DEFAULT (0), `nav` integer NULL, `nav_date` datetime NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `professional_only` bool NOT NULL DEFAULT (false), `sale_start` datetime NULL, `sale_end` datetime NULL);
-- set sequence for "products" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("products", 42949672960);
-- create index "products_code_key" to table: "products"
CREATE UNIQUE INDEX `products_code_key` ON `products` (`code`);
-- create index "product_status_type_risk_level" to table: "products"
CREATE INDEX `product_status_type_risk_level` ON `products` (`status`, `type`, `risk_level`);
-- create index "product_name" to table: "products"
CREATE INDEX `product_name` ON `products` (`name`);
-- create "risk_assessments" table
CREATE TABLE `risk_assessments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `questionnaire_version` text NOT NULL, `score` integer NOT NULL, `level` text NOT NULL, `lowest_category` bool NOT NULL DEFAULT (false), `horizon` text NOT NULL, `varieties` json NOT NULL, `assessed_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `channel` text NOT NULL, `client_id` integer NOT NULL, `assessed_by_id` integer NULL, CONSTRAINT `risk_assessments_customers_risk_assessments` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `risk_assessments_users_assessed_by` FOREIGN KEY (`assessed_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "risk_assessments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("risk_assessments", 47244640256);
-- create index "riskassessment_client_id_assessed_at" to table: "risk_assessments"
CREATE INDEX `riskassessment_client_id_assessed_at` ON `risk_assessments` (`client_id`, `assessed_at`);
-- create "sales_orders" table
CREATE TABLE `sales_orders` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `amount` integer NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `created_at` datetime NOT NULL, `client_id` integer NOT NULL, `product_id` integer NOT NULL, `advisor_id` integer NULL, CONSTRAINT `sales_orders_customers_orders` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `sales_orders_products_orders` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE NO ACTION, CONSTRAINT `sales_orders_users_advisor` FOREIGN KEY (`advisor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "sales_orders" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("sales_orders", 51539607552);
-- create index "salesorder_client_id_created_at" to table: "sales_orders"
CREATE INDEX `salesorder_client_id_created_at` ON `sales_orders` (`client_id`, `created_at`);
-- create index "salesorder_product_id_created_at" to table: "sales_orders"
CREATE INDEX `salesorder_product_id_created_at` ON `sales_orders` (`product_id`, `created_at`);
-- create index "salesorder_advisor_id_created_at" to table: "sales_orders"
CREATE INDEX `salesorder_advisor_id_created_at` ON `sales_orders` (`advisor_id`, `created_at`);
-- create "sessions" table
CREATE TABLE `sessions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `token_hash` blob NOT NULL, `created_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `revoked_at` datetime NULL, `ip` text NULL, `user_id` integer NOT NULL, CONSTRAINT `sessions_users_sessions` FOREIGN KEY (`user_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION);
-- set sequence for "sessions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("sessions", 55834574848);
-- create index "sessions_token_hash_key" to table: "sessions"
CREATE UNIQUE INDEX `sessions_token_hash_key` ON `sessions` (`token_hash`);
-- create index "session_user_id" to table: "sessions"
CREATE INDEX `session_user_id` ON `sessions` (`user_id`);
-- create "tags" table
CREATE TABLE `tags` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name` text NOT NULL, `color` text NOT NULL DEFAULT ('blue'), `kind` text NOT NULL DEFAULT ('MANUAL'));
-- set sequence for "tags" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("tags", 60129542144);
-- create index "tags_name_key" to table: "tags"
CREATE UNIQUE INDEX `tags_name_key` ON `tags` (`name`);
-- create "trades" table
CREATE TABLE `trades` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `side` text NOT NULL, `quantity` integer NOT NULL, `price` integer NOT NULL, `amount` integer NOT NULL, `commission` integer NOT NULL, `fees` integer NOT NULL, `traded_at` datetime NOT NULL, `channel` text NOT NULL, `account_id` integer NOT NULL, `client_id` integer NOT NULL, `instrument_id` integer NOT NULL, CONSTRAINT `trades_accounts_trades` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION, CONSTRAINT `trades_customers_trades` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `trades_instruments_trades` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`id`) ON DELETE NO ACTION);
-- set sequence for "trades" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("trades", 64424509440);
-- create index "trade_client_id_traded_at" to table: "trades"
CREATE INDEX `trade_client_id_traded_at` ON `trades` (`client_id`, `traded_at`);
-- create index "trade_account_id_traded_at" to table: "trades"
CREATE INDEX `trade_account_id_traded_at` ON `trades` (`account_id`, `traded_at`);
-- create index "trade_instrument_id_traded_at" to table: "trades"
CREATE INDEX `trade_instrument_id_traded_at` ON `trades` (`instrument_id`, `traded_at`);
-- create "users" table
CREATE TABLE `users` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `username` text NOT NULL, `display_name` text NOT NULL, `password_hash` text NOT NULL, `role` text NOT NULL, `active` bool NOT NULL DEFAULT (true), `password_changed_at` datetime NULL, `branch_id` integer NULL, `client_id` integer NULL, CONSTRAINT `users_branches_staff` FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`) ON DELETE SET NULL, CONSTRAINT `users_customers_login` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE SET NULL);
-- set sequence for "users" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("users", 68719476736);
-- create index "users_username_key" to table: "users"
CREATE UNIQUE INDEX `users_username_key` ON `users` (`username`);
-- create index "users_client_id_key" to table: "users"
CREATE UNIQUE INDEX `users_client_id_key` ON `users` (`client_id`);
-- create index "user_branch_id_role" to table: "users"
CREATE INDEX `user_branch_id_role` ON `users` (`branch_id`, `role`);
-- create "customer_tags" table
CREATE TABLE `customer_tags` (`customer_id` integer NOT NULL, `tag_id` integer NOT NULL, PRIMARY KEY (`customer_id`, `tag_id`), CONSTRAINT `customer_tags_customer_id` FOREIGN KEY (`customer_id`) REFERENCES `customers` (`id`) ON DELETE CASCADE, CONSTRAINT `customer_tags_tag_id` FOREIGN KEY (`tag_id`) REFERENCES `tags` (`id`) ON DELETE CASCADE);

-- +goose Down
-- reverse: create "customer_tags" table
DROP TABLE `customer_tags`;
-- reverse: create index "user_branch_id_role" to table: "users"
DROP INDEX `user_branch_id_role`;
-- reverse: create index "users_client_id_key" to table: "users"
DROP INDEX `users_client_id_key`;
-- reverse: create index "users_username_key" to table: "users"
DROP INDEX `users_username_key`;
-- reverse: set sequence for "users" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "users";
-- reverse: create "users" table
DROP TABLE `users`;
-- reverse: create index "trade_instrument_id_traded_at" to table: "trades"
DROP INDEX `trade_instrument_id_traded_at`;
-- reverse: create index "trade_account_id_traded_at" to table: "trades"
DROP INDEX `trade_account_id_traded_at`;
-- reverse: create index "trade_client_id_traded_at" to table: "trades"
DROP INDEX `trade_client_id_traded_at`;
-- reverse: set sequence for "trades" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "trades";
-- reverse: create "trades" table
DROP TABLE `trades`;
-- reverse: create index "tags_name_key" to table: "tags"
DROP INDEX `tags_name_key`;
-- reverse: set sequence for "tags" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "tags";
-- reverse: create "tags" table
DROP TABLE `tags`;
-- reverse: create index "session_user_id" to table: "sessions"
DROP INDEX `session_user_id`;
-- reverse: create index "sessions_token_hash_key" to table: "sessions"
DROP INDEX `sessions_token_hash_key`;
-- reverse: set sequence for "sessions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "sessions";
-- reverse: create "sessions" table
DROP TABLE `sessions`;
-- reverse: create index "salesorder_advisor_id_created_at" to table: "sales_orders"
DROP INDEX `salesorder_advisor_id_created_at`;
-- reverse: create index "salesorder_product_id_created_at" to table: "sales_orders"
DROP INDEX `salesorder_product_id_created_at`;
-- reverse: create index "salesorder_client_id_created_at" to table: "sales_orders"
DROP INDEX `salesorder_client_id_created_at`;
-- reverse: set sequence for "sales_orders" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "sales_orders";
-- reverse: create "sales_orders" table
DROP TABLE `sales_orders`;
-- reverse: create index "riskassessment_client_id_assessed_at" to table: "risk_assessments"
DROP INDEX `riskassessment_client_id_assessed_at`;
-- reverse: set sequence for "risk_assessments" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "risk_assessments";
-- reverse: create "risk_assessments" table
DROP TABLE `risk_assessments`;
-- reverse: create index "product_name" to table: "products"
DROP INDEX `product_name`;
-- reverse: create index "product_status_type_risk_level" to table: "products"
DROP INDEX `product_status_type_risk_level`;
-- reverse: create index "products_code_key" to table: "products"
DROP INDEX `products_code_key`;
-- reverse: set sequence for "products" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "products";
-- reverse: create "products" table
DROP TABLE `products`;
-- reverse: create index "organizations_client_id_key" to table: "organizations"
DROP INDEX `organizations_client_id_key`;
-- reverse: set sequence for "organizations" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "organizations";
-- reverse: create "organizations" table
DROP TABLE `organizations`;
-- reverse: create index "interaction_staff_id_follow_up_on" to table: "interactions"
DROP INDEX `interaction_staff_id_follow_up_on`;
-- reverse: create index "interaction_client_id_occurred_at" to table: "interactions"
DROP INDEX `interaction_client_id_occurred_at`;
-- reverse: set sequence for "interactions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "interactions";
-- reverse: create "interactions" table
DROP TABLE `interactions`;
-- reverse: create index "instrument_name" to table: "instruments"
DROP INDEX `instrument_name`;
-- reverse: create index "instrument_code_market" to table: "instruments"
DROP INDEX `instrument_code_market`;
-- reverse: set sequence for "instruments" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "instruments";
-- reverse: create "instruments" table
DROP TABLE `instruments`;
-- reverse: create index "holding_product_id" to table: "holdings"
DROP INDEX `holding_product_id`;
-- reverse: create index "holding_instrument_id" to table: "holdings"
DROP INDEX `holding_instrument_id`;
-- reverse: create index "holding_account_id_as_of" to table: "holdings"
DROP INDEX `holding_account_id_as_of`;
-- reverse: create index "holding_client_id_market_value" to table: "holdings"
DROP INDEX `holding_client_id_market_value`;
-- reverse: set sequence for "holdings" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "holdings";
-- reverse: create "holdings" table
DROP TABLE `holdings`;
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
-- reverse: set sequence for "customers" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "customers";
-- reverse: create "customers" table
DROP TABLE `customers`;
-- reverse: create index "contactperson_client_id" to table: "contact_persons"
DROP INDEX `contactperson_client_id`;
-- reverse: set sequence for "contact_persons" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "contact_persons";
-- reverse: create "contact_persons" table
DROP TABLE `contact_persons`;
-- reverse: create index "clientstatuschange_client_id_changed_at" to table: "client_status_changes"
DROP INDEX `clientstatuschange_client_id_changed_at`;
-- reverse: set sequence for "client_status_changes" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "client_status_changes";
-- reverse: create "client_status_changes" table
DROP TABLE `client_status_changes`;
-- reverse: create index "cashflow_account_id_occurred_at" to table: "cash_flows"
DROP INDEX `cashflow_account_id_occurred_at`;
-- reverse: create index "cashflow_client_id_occurred_at" to table: "cash_flows"
DROP INDEX `cashflow_client_id_occurred_at`;
-- reverse: set sequence for "cash_flows" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "cash_flows";
-- reverse: create "cash_flows" table
DROP TABLE `cash_flows`;
-- reverse: create index "branches_code_key" to table: "branches"
DROP INDEX `branches_code_key`;
-- reverse: set sequence for "branches" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "branches";
-- reverse: create "branches" table
DROP TABLE `branches`;
-- reverse: create index "account_client_id_type" to table: "accounts"
DROP INDEX `account_client_id_type`;
-- reverse: create index "accounts_account_no_key" to table: "accounts"
DROP INDEX `accounts_account_no_key`;
-- reverse: create "accounts" table
DROP TABLE `accounts`;
