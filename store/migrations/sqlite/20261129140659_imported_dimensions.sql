-- +goose Up
-- create "dimensions" table
CREATE TABLE `dimensions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `key` text NOT NULL, `name_zh` text NOT NULL, `name_en` text NOT NULL, `group` text NOT NULL, `type` text NOT NULL, `unit` text NULL, `description` text NULL, `source` text NOT NULL DEFAULT ('IMPORTED'), `values` json NULL, `created_at` datetime NOT NULL);
-- set sequence for "dimensions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("dimensions", 150323855360);
-- create index "dimensions_key_key" to table: "dimensions"
CREATE UNIQUE INDEX `dimensions_key_key` ON `dimensions` (`key`);
-- create "dimension_values" table
CREATE TABLE `dimension_values` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `number` integer NULL, `text` text NULL, `flag` bool NULL, `day` datetime NULL, `updated_at` datetime NOT NULL, `client_id` integer NOT NULL, `dimension_id` integer NOT NULL, CONSTRAINT `dimension_values_customers_dimension_values` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `dimension_values_dimensions_client_values` FOREIGN KEY (`dimension_id`) REFERENCES `dimensions` (`id`) ON DELETE NO ACTION);
-- set sequence for "dimension_values" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("dimension_values", 154618822656);
-- create index "dimensionvalue_dimension_id_client_id" to table: "dimension_values"
CREATE UNIQUE INDEX `dimensionvalue_dimension_id_client_id` ON `dimension_values` (`dimension_id`, `client_id`);
-- create index "dimensionvalue_dimension_id_number" to table: "dimension_values"
CREATE INDEX `dimensionvalue_dimension_id_number` ON `dimension_values` (`dimension_id`, `number`);
-- create index "dimensionvalue_dimension_id_text" to table: "dimension_values"
CREATE INDEX `dimensionvalue_dimension_id_text` ON `dimension_values` (`dimension_id`, `text`);
-- create index "dimensionvalue_client_id" to table: "dimension_values"
CREATE INDEX `dimensionvalue_client_id` ON `dimension_values` (`client_id`);

-- +goose Down
-- reverse: create index "dimensionvalue_client_id" to table: "dimension_values"
DROP INDEX `dimensionvalue_client_id`;
-- reverse: create index "dimensionvalue_dimension_id_text" to table: "dimension_values"
DROP INDEX `dimensionvalue_dimension_id_text`;
-- reverse: create index "dimensionvalue_dimension_id_number" to table: "dimension_values"
DROP INDEX `dimensionvalue_dimension_id_number`;
-- reverse: create index "dimensionvalue_dimension_id_client_id" to table: "dimension_values"
DROP INDEX `dimensionvalue_dimension_id_client_id`;
-- reverse: set sequence for "dimension_values" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "dimension_values";
-- reverse: create "dimension_values" table
DROP TABLE `dimension_values`;
-- reverse: create index "dimensions_key_key" to table: "dimensions"
DROP INDEX `dimensions_key_key`;
-- reverse: set sequence for "dimensions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "dimensions";
-- reverse: create "dimensions" table
DROP TABLE `dimensions`;
