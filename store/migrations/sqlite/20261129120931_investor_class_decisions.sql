-- +goose Up
-- create "investor_class_decisions" table
CREATE TABLE `investor_class_decisions` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `kind` text NOT NULL, `from_class` text NOT NULL, `to_class` text NOT NULL, `approved` bool NOT NULL, `reason` text NOT NULL, `evidence` json NOT NULL, `shortfalls` json NULL, `decided_by_name` text NOT NULL, `decided_at` datetime NOT NULL, `client_id` integer NOT NULL, `decided_by_id` integer NULL, CONSTRAINT `investor_class_decisions_customers_investor_class_decisions` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `investor_class_decisions_users_decided_by` FOREIGN KEY (`decided_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "investor_class_decisions" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("investor_class_decisions", 133143986176);
-- create index "investorclassdecision_client_id_decided_at" to table: "investor_class_decisions"
CREATE INDEX `investorclassdecision_client_id_decided_at` ON `investor_class_decisions` (`client_id`, `decided_at`);

-- +goose Down
-- reverse: create index "investorclassdecision_client_id_decided_at" to table: "investor_class_decisions"
DROP INDEX `investorclassdecision_client_id_decided_at`;
-- reverse: set sequence for "investor_class_decisions" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "investor_class_decisions";
-- reverse: create "investor_class_decisions" table
DROP TABLE `investor_class_decisions`;
