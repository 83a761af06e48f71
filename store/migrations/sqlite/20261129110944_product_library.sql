-- +goose Up
-- disable the enforcement of foreign-keys constraints
PRAGMA foreign_keys = off;
-- create "new_products" table
CREATE TABLE `new_products` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `created_at` datetime NOT NULL, `updated_at` datetime NOT NULL, `code` text NOT NULL, `name` text NOT NULL, `name_initials` text NULL, `type` text NOT NULL, `issuer` text NOT NULL, `manager` text NULL, `risk_level` text NOT NULL, `horizon` text NOT NULL, `variety` text NOT NULL, `min_amount` integer NOT NULL DEFAULT (0), `step_amount` integer NOT NULL DEFAULT (0), `subscription_fee_rate` integer NOT NULL DEFAULT (0), `redemption_fee_rate` integer NOT NULL DEFAULT (0), `management_fee_rate` integer NOT NULL DEFAULT (0), `custody_fee_rate` integer NOT NULL DEFAULT (0), `expected_return_min` integer NULL, `expected_return_max` integer NULL, `nav` integer NULL, `nav_date` datetime NULL, `return_1y` integer NULL, `sales_amount` integer NOT NULL DEFAULT (0), `documents` json NULL, `status` text NOT NULL DEFAULT ('DRAFT'), `version` integer NOT NULL DEFAULT (1), `professional_only` bool NOT NULL DEFAULT (false), `qualified_only` bool NOT NULL DEFAULT (false), `refuse_mismatch` bool NOT NULL DEFAULT (false), `assessment_validity_months` integer NULL, `refuse_from_age` integer NULL, `cooling_off_hours` integer NOT NULL DEFAULT (0), `sale_start` datetime NULL, `sale_end` datetime NULL, `submitted_at` datetime NULL, `submitted_by_id` integer NULL, CONSTRAINT `products_users_submitted_by` FOREIGN KEY (`submitted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "new_products" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("new_products", 42949672960);
-- copy rows from old table "products" to new temporary table "new_products"
INSERT INTO `new_products` (`id`, `created_at`, `updated_at`, `code`, `name`, `type`, `issuer`, `risk_level`, `horizon`, `variety`, `min_amount`, `subscription_fee_rate`, `management_fee_rate`, `custody_fee_rate`, `nav`, `nav_date`, `status`, `professional_only`, `sale_start`, `sale_end`) SELECT `id`, `created_at`, `updated_at`, `code`, `name`, `type`, `issuer`, `risk_level`, `horizon`, `variety`, `min_amount`, `subscription_fee_rate`, `management_fee_rate`, `custody_fee_rate`, `nav`, `nav_date`, `status`, `professional_only`, `sale_start`, `sale_end` FROM `products`;
-- drop "products" table after copying rows
DROP TABLE `products`;
-- rename temporary table "new_products" to "products"
ALTER TABLE `new_products` RENAME TO `products`;
-- create index "products_code_key" to table: "products"
CREATE UNIQUE INDEX `products_code_key` ON `products` (`code`);
-- create index "product_status_type_risk_level" to table: "products"
CREATE INDEX `product_status_type_risk_level` ON `products` (`status`, `type`, `risk_level`);
-- create index "product_name" to table: "products"
CREATE INDEX `product_name` ON `products` (`name`);
-- create index "product_name_initials" to table: "products"
CREATE INDEX `product_name_initials` ON `products` (`name_initials`);
-- create "product_navs" table
CREATE TABLE `product_navs` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `date` datetime NOT NULL, `nav` integer NOT NULL, `product_id` integer NOT NULL, CONSTRAINT `product_navs_products_navs` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE NO ACTION);
-- set sequence for "product_navs" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("product_navs", 115964116992);
-- create index "productnav_product_id_date" to table: "product_navs"
CREATE UNIQUE INDEX `productnav_product_id_date` ON `product_navs` (`product_id`, `date`);
-- create "product_versions" table
CREATE TABLE `product_versions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `version` integer NOT NULL, `action` text NOT NULL, `status` text NOT NULL, `actor_name` text NOT NULL, `changes` json NULL, `comment` text NULL, `at` datetime NOT NULL, `product_id` integer NOT NULL, `actor_id` integer NULL, CONSTRAINT `product_versions_products_versions` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE NO ACTION, CONSTRAINT `product_versions_users_actor` FOREIGN KEY (`actor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "product_versions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("product_versions", 120259084288);
-- create index "productversion_product_id_version" to table: "product_versions"
CREATE UNIQUE INDEX `productversion_product_id_version` ON `product_versions` (`product_id`, `version`);
-- enable back the enforcement of foreign-keys constraints
PRAGMA foreign_keys = on;

-- +goose Down
-- reverse: create index "productversion_product_id_version" to table: "product_versions"
DROP INDEX `productversion_product_id_version`;
-- reverse: set sequence for "product_versions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "product_versions";
-- reverse: create "product_versions" table
DROP TABLE `product_versions`;
-- reverse: create index "productnav_product_id_date" to table: "product_navs"
DROP INDEX `productnav_product_id_date`;
-- reverse: set sequence for "product_navs" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "product_navs";
-- reverse: create "product_navs" table
DROP TABLE `product_navs`;
-- reverse: create index "product_name_initials" to table: "products"
DROP INDEX `product_name_initials`;
-- reverse: create index "product_name" to table: "products"
DROP INDEX `product_name`;
-- reverse: create index "product_status_type_risk_level" to table: "products"
DROP INDEX `product_status_type_risk_level`;
-- reverse: create index "products_code_key" to table: "products"
DROP INDEX `products_code_key`;
-- reverse: set sequence for "new_products" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "new_products";
-- reverse: create "new_products" table
DROP TABLE `new_products`;
