-- +goose Up
-- create "name_grams" table
CREATE TABLE `name_grams` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `gram` text NOT NULL, `client_id` integer NOT NULL, CONSTRAINT `name_grams_customers_name_grams` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION);
-- set sequence for "name_grams" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("name_grams", 111669149696);
-- create index "namegram_gram_client_id" to table: "name_grams"
CREATE UNIQUE INDEX `namegram_gram_client_id` ON `name_grams` (`gram`, `client_id`);
-- create index "namegram_client_id" to table: "name_grams"
CREATE INDEX `namegram_client_id` ON `name_grams` (`client_id`);

-- +goose Down
-- reverse: create index "namegram_client_id" to table: "name_grams"
DROP INDEX `namegram_client_id`;
-- reverse: create index "namegram_gram_client_id" to table: "name_grams"
DROP INDEX `namegram_gram_client_id`;
-- reverse: set sequence for "name_grams" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "name_grams";
-- reverse: create "name_grams" table
DROP TABLE `name_grams`;
