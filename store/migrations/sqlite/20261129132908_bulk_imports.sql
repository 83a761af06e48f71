-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_cash_flows" table
CREATE TABLE `new_cash_flows` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `flow_no` text NOT NULL, `type` text NOT NULL, `amount` integer NOT NULL, `occurred_at` datetime NOT NULL, `account_id` integer NOT NULL, `client_id` integer NOT NULL, CONSTRAINT `cash_flows_accounts_cash_flows` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION, CONSTRAINT `cash_flows_customers_cash_flows` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION);
-- set sequence for "new_cash_flows" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_cash_flows", 8589934592);
-- copy rows from old table "cash_flows" to new temporary table "new_cash_flows"
INSERT INTO `new_cash_flows` (`id`, `flow_no`, `type`, `amount`, `occurred_at`, `account_id`, `client_id`) SELECT `id`, 'F' || `id`, `type`, `amount`, `occurred_at`, `account_id`, `client_id` FROM `cash_flows`;
-- drop "cash_flows" table after copying rows
DROP TABLE `cash_flows`;
-- rename temporary table "new_cash_flows" to "cash_flows"
ALTER TABLE `new_cash_flows` RENAME TO `cash_flows`;
-- create index "cash_flows_flow_no_key" to table: "cash_flows"
CREATE UNIQUE INDEX `cash_flows_flow_no_key` ON `cash_flows` (`flow_no`);
-- create index "cashflow_client_id_occurred_at" to table: "cash_flows"
CREATE INDEX `cashflow_client_id_occurred_at` ON `cash_flows` (`client_id`, `occurred_at`);
-- create index "cashflow_account_id_occurred_at" to table: "cash_flows"
CREATE INDEX `cashflow_account_id_occurred_at` ON `cash_flows` (`account_id`, `occurred_at`);
-- create index "holding_account_id_instrument_id" to table: "holdings"
-- merge positions an account held twice (older seeds made them) before
-- the unique indexes: one position per instrument or product.
UPDATE `holdings` SET (`quantity`, `cost`, `market_value`) = (
  SELECT sum(d.`quantity`), sum(d.`cost`), sum(d.`market_value`) FROM `holdings` d
  WHERE d.`account_id` = `holdings`.`account_id` AND d.`instrument_id` IS `holdings`.`instrument_id`
    AND d.`product_id` IS `holdings`.`product_id`)
WHERE `id` IN (SELECT min(`id`) FROM `holdings` GROUP BY `account_id`, `instrument_id`, `product_id` HAVING count(*) > 1);
DELETE FROM `holdings` WHERE `id` NOT IN (SELECT min(`id`) FROM `holdings` GROUP BY `account_id`, `instrument_id`, `product_id`);
CREATE UNIQUE INDEX `holding_account_id_instrument_id` ON `holdings` (`account_id`, `instrument_id`) WHERE instrument_id IS NOT NULL;
-- create index "holding_account_id_product_id" to table: "holdings"
CREATE UNIQUE INDEX `holding_account_id_product_id` ON `holdings` (`account_id`, `product_id`) WHERE product_id IS NOT NULL;
-- create "new_interactions" table
CREATE TABLE `new_interactions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `external_id` text NULL, `channel` text NOT NULL, `kind` text NOT NULL, `summary` text NOT NULL, `occurred_at` datetime NOT NULL, `follow_up_on` datetime NULL, `client_id` integer NOT NULL, `staff_id` integer NULL, CONSTRAINT `interactions_customers_interactions` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `interactions_users_staff` FOREIGN KEY (`staff_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "new_interactions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_interactions", 34359738368);
-- copy rows from old table "interactions" to new temporary table "new_interactions"
INSERT INTO `new_interactions` (`id`, `channel`, `kind`, `summary`, `occurred_at`, `follow_up_on`, `client_id`, `staff_id`) SELECT `id`, `channel`, `kind`, `summary`, `occurred_at`, `follow_up_on`, `client_id`, `staff_id` FROM `interactions`;
-- drop "interactions" table after copying rows
DROP TABLE `interactions`;
-- rename temporary table "new_interactions" to "interactions"
ALTER TABLE `new_interactions` RENAME TO `interactions`;
-- create index "interactions_external_id_key" to table: "interactions"
CREATE UNIQUE INDEX `interactions_external_id_key` ON `interactions` (`external_id`);
-- create index "interaction_client_id_occurred_at" to table: "interactions"
CREATE INDEX `interaction_client_id_occurred_at` ON `interactions` (`client_id`, `occurred_at`);
-- create index "interaction_staff_id_follow_up_on" to table: "interactions"
CREATE INDEX `interaction_staff_id_follow_up_on` ON `interactions` (`staff_id`, `follow_up_on`);
-- create "new_risk_assessments" table
CREATE TABLE `new_risk_assessments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `external_id` text NULL, `questionnaire_version` text NOT NULL, `score` integer NOT NULL, `level` text NOT NULL, `lowest_category` bool NOT NULL DEFAULT (false), `horizon` text NOT NULL, `varieties` json NOT NULL, `answers` json NULL, `assessed_at` datetime NOT NULL, `expires_at` datetime NOT NULL, `channel` text NOT NULL, `client_id` integer NOT NULL, `assessed_by_id` integer NULL, CONSTRAINT `risk_assessments_customers_risk_assessments` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `risk_assessments_users_assessed_by` FOREIGN KEY (`assessed_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "new_risk_assessments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_risk_assessments", 47244640256);
-- copy rows from old table "risk_assessments" to new temporary table "new_risk_assessments"
INSERT INTO `new_risk_assessments` (`id`, `questionnaire_version`, `score`, `level`, `lowest_category`, `horizon`, `varieties`, `answers`, `assessed_at`, `expires_at`, `channel`, `client_id`, `assessed_by_id`) SELECT `id`, `questionnaire_version`, `score`, `level`, `lowest_category`, `horizon`, `varieties`, `answers`, `assessed_at`, `expires_at`, `channel`, `client_id`, `assessed_by_id` FROM `risk_assessments`;
-- drop "risk_assessments" table after copying rows
DROP TABLE `risk_assessments`;
-- rename temporary table "new_risk_assessments" to "risk_assessments"
ALTER TABLE `new_risk_assessments` RENAME TO `risk_assessments`;
-- create index "risk_assessments_external_id_key" to table: "risk_assessments"
CREATE UNIQUE INDEX `risk_assessments_external_id_key` ON `risk_assessments` (`external_id`);
-- create index "riskassessment_client_id_assessed_at" to table: "risk_assessments"
CREATE INDEX `riskassessment_client_id_assessed_at` ON `risk_assessments` (`client_id`, `assessed_at`);
-- create "new_trades" table
CREATE TABLE `new_trades` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `trade_no` text NOT NULL, `side` text NOT NULL, `quantity` integer NOT NULL, `price` integer NOT NULL, `amount` integer NOT NULL, `commission` integer NOT NULL, `fees` integer NOT NULL, `traded_at` datetime NOT NULL, `channel` text NOT NULL, `account_id` integer NOT NULL, `client_id` integer NOT NULL, `instrument_id` integer NOT NULL, CONSTRAINT `trades_accounts_trades` FOREIGN KEY (`account_id`) REFERENCES `accounts` (`id`) ON DELETE NO ACTION, CONSTRAINT `trades_customers_trades` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `trades_instruments_trades` FOREIGN KEY (`instrument_id`) REFERENCES `instruments` (`id`) ON DELETE NO ACTION);
-- set sequence for "new_trades" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_trades", 64424509440);
-- copy rows from old table "trades" to new temporary table "new_trades"
INSERT INTO `new_trades` (`id`, `trade_no`, `side`, `quantity`, `price`, `amount`, `commission`, `fees`, `traded_at`, `channel`, `account_id`, `client_id`, `instrument_id`) SELECT `id`, 'T' || `id`, `side`, `quantity`, `price`, `amount`, `commission`, `fees`, `traded_at`, `channel`, `account_id`, `client_id`, `instrument_id` FROM `trades`;
-- drop "trades" table after copying rows
DROP TABLE `trades`;
-- rename temporary table "new_trades" to "trades"
ALTER TABLE `new_trades` RENAME TO `trades`;
-- create index "trades_trade_no_key" to table: "trades"
CREATE UNIQUE INDEX `trades_trade_no_key` ON `trades` (`trade_no`);
-- create index "trade_client_id_traded_at" to table: "trades"
CREATE INDEX `trade_client_id_traded_at` ON `trades` (`client_id`, `traded_at`);
-- create index "trade_account_id_traded_at" to table: "trades"
CREATE INDEX `trade_account_id_traded_at` ON `trades` (`account_id`, `traded_at`);
-- create index "trade_instrument_id_traded_at" to table: "trades"
CREATE INDEX `trade_instrument_id_traded_at` ON `trades` (`instrument_id`, `traded_at`);
-- create "import_jobs" table
CREATE TABLE `import_jobs` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `kind` text NOT NULL, `format` text NOT NULL, `encoding` text NOT NULL, `file_name` text NOT NULL, `file_size` integer NOT NULL, `file_digest` text NOT NULL, `mapping` json NULL, `dry_run` bool NOT NULL DEFAULT (false), `status` text NOT NULL DEFAULT ('RUNNING'), `lines_done` integer NOT NULL DEFAULT (0), `bytes_done` integer NOT NULL DEFAULT (0), `inserted` integer NOT NULL DEFAULT (0), `updated` integer NOT NULL DEFAULT (0), `unchanged` integer NOT NULL DEFAULT (0), `rejected` integer NOT NULL DEFAULT (0), `error` text NULL, `started_at` datetime NOT NULL, `heartbeat_at` datetime NOT NULL, `finished_at` datetime NULL, `spool_path` text NULL, `created_by_id` integer NULL, CONSTRAINT `import_jobs_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "import_jobs" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("import_jobs", 137438953472);
-- create index "importjob_file_digest_kind_status" to table: "import_jobs"
CREATE INDEX `importjob_file_digest_kind_status` ON `import_jobs` (`file_digest`, `kind`, `status`);
-- create index "importjob_started_at" to table: "import_jobs"
CREATE INDEX `importjob_started_at` ON `import_jobs` (`started_at`);
-- create "import_rejections" table
CREATE TABLE `import_rejections` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `line` integer NOT NULL, `column` text NULL, `value` text NULL, `reason` text NOT NULL, `message` text NOT NULL, `job_id` integer NOT NULL, CONSTRAINT `import_rejections_import_jobs_rejections` FOREIGN KEY (`job_id`) REFERENCES `import_jobs` (`id`) ON DELETE NO ACTION);
-- set sequence for "import_rejections" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("import_rejections", 141733920768);
-- create index "importrejection_job_id_line" to table: "import_rejections"
CREATE INDEX `importrejection_job_id_line` ON `import_rejections` (`job_id`, `line`);
-- create "metrics_marks" table
CREATE TABLE `metrics_marks` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `client_id` integer NOT NULL, `marked_at` datetime NOT NULL);
-- set sequence for "metrics_marks" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("metrics_marks", 146028888064);
-- create index "metrics_marks_client_id_key" to table: "metrics_marks"
CREATE UNIQUE INDEX `metrics_marks_client_id_key` ON `metrics_marks` (`client_id`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- add column "owner" to table: "import_jobs"
ALTER TABLE `import_jobs` ADD COLUMN `owner` text NULL;
-- +goose Down
-- reverse: create index "metrics_marks_client_id_key" to table: "metrics_marks"
DROP INDEX `metrics_marks_client_id_key`;
-- reverse: set sequence for "metrics_marks" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "metrics_marks";
-- reverse: create "metrics_marks" table
DROP TABLE `metrics_marks`;
-- reverse: create index "importrejection_job_id_line" to table: "import_rejections"
DROP INDEX `importrejection_job_id_line`;
-- reverse: set sequence for "import_rejections" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "import_rejections";
-- reverse: create "import_rejections" table
DROP TABLE `import_rejections`;
-- reverse: create index "importjob_started_at" to table: "import_jobs"
DROP INDEX `importjob_started_at`;
-- reverse: create index "importjob_file_digest_kind_status" to table: "import_jobs"
DROP INDEX `importjob_file_digest_kind_status`;
-- reverse: set sequence for "import_jobs" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "import_jobs";
-- reverse: create "import_jobs" table
DROP TABLE `import_jobs`;
-- reverse: create index "trade_instrument_id_traded_at" to table: "trades"
DROP INDEX `trade_instrument_id_traded_at`;
-- reverse: create index "trade_account_id_traded_at" to table: "trades"
DROP INDEX `trade_account_id_traded_at`;
-- reverse: create index "trade_client_id_traded_at" to table: "trades"
DROP INDEX `trade_client_id_traded_at`;
-- reverse: create index "trades_trade_no_key" to table: "trades"
DROP INDEX `trades_trade_no_key`;
-- reverse: set sequence for "new_trades" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_trades";
-- reverse: create "new_trades" table
DROP TABLE `new_trades`;
-- reverse: create index "riskassessment_client_id_assessed_at" to table: "risk_assessments"
DROP INDEX `riskassessment_client_id_assessed_at`;
-- reverse: create index "risk_assessments_external_id_key" to table: "risk_assessments"
DROP INDEX `risk_assessments_external_id_key`;
-- reverse: set sequence for "new_risk_assessments" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_risk_assessments";
-- reverse: create "new_risk_assessments" table
DROP TABLE `new_risk_assessments`;
-- reverse: create index "interaction_staff_id_follow_up_on" to table: "interactions"
DROP INDEX `interaction_staff_id_follow_up_on`;
-- reverse: create index "interaction_client_id_occurred_at" to table: "interactions"
DROP INDEX `interaction_client_id_occurred_at`;
-- reverse: create index "interactions_external_id_key" to table: "interactions"
DROP INDEX `interactions_external_id_key`;
-- reverse: set sequence for "new_interactions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_interactions";
-- reverse: create "new_interactions" table
DROP TABLE `new_interactions`;
-- reverse: create index "holding_account_id_product_id" to table: "holdings"
DROP INDEX `holding_account_id_product_id`;
-- reverse: create index "holding_account_id_instrument_id" to table: "holdings"
DROP INDEX `holding_account_id_instrument_id`;
-- reverse: create index "cashflow_account_id_occurred_at" to table: "cash_flows"
DROP INDEX `cashflow_account_id_occurred_at`;
-- reverse: create index "cashflow_client_id_occurred_at" to table: "cash_flows"
DROP INDEX `cashflow_client_id_occurred_at`;
-- reverse: create index "cash_flows_flow_no_key" to table: "cash_flows"
DROP INDEX `cash_flows_flow_no_key`;
-- reverse: set sequence for "new_cash_flows" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_cash_flows";
-- reverse: create "new_cash_flows" table
DROP TABLE `new_cash_flows`;
