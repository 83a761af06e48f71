-- +goose Up
-- create "api_keys" table
CREATE TABLE `api_keys` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `name` text NOT NULL, `prefix` text NOT NULL, `key_hash` blob NOT NULL, `scopes` json NOT NULL, `allowlist_only` bool NOT NULL DEFAULT (false), `rate_per_minute` integer NOT NULL DEFAULT (600), `expires_at` datetime NULL, `revoked_at` datetime NULL, `last_used_at` datetime NULL, `created_at` datetime NOT NULL, `owner_id` integer NOT NULL, `created_by_id` integer NULL, `branch_id` integer NULL, CONSTRAINT `api_keys_users_owner` FOREIGN KEY (`owner_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `api_keys_users_created_by` FOREIGN KEY (`created_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `api_keys_branches_branch` FOREIGN KEY (`branch_id`) REFERENCES `branches` (`id`) ON DELETE SET NULL);
-- set sequence for "api_keys" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("api_keys", 73014444032);
-- create index "api_keys_prefix_key" to table: "api_keys"
CREATE UNIQUE INDEX `api_keys_prefix_key` ON `api_keys` (`prefix`);
-- create index "api_keys_key_hash_key" to table: "api_keys"
CREATE UNIQUE INDEX `api_keys_key_hash_key` ON `api_keys` (`key_hash`);
-- create "advisor_assignments" table
CREATE TABLE `advisor_assignments` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `reason` text NOT NULL, `changed_at` datetime NOT NULL, `from_advisor_id` integer NULL, `to_advisor_id` integer NOT NULL, `changed_by_id` integer NULL, `client_id` integer NOT NULL, CONSTRAINT `advisor_assignments_users_from_advisor` FOREIGN KEY (`from_advisor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `advisor_assignments_users_to_advisor` FOREIGN KEY (`to_advisor_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `advisor_assignments_users_changed_by` FOREIGN KEY (`changed_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `advisor_assignments_customers_advisor_assignments` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION);
-- set sequence for "advisor_assignments" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("advisor_assignments", 77309411328);
-- create index "advisorassignment_client_id_changed_at" to table: "advisor_assignments"
CREATE INDEX `advisorassignment_client_id_changed_at` ON `advisor_assignments` (`client_id`, `changed_at`);
-- create "audit_logs" table
CREATE TABLE `audit_logs` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `at` datetime NOT NULL, `actor_id` integer NULL, `actor_name` text NOT NULL DEFAULT ('system'), `actor_role` text NULL, `api_key_id` integer NULL, `ip` text NULL, `operation` text NULL, `action` text NOT NULL, `entity_type` text NOT NULL, `entity_id` text NULL, `fields` json NULL, `before` json NULL, `after` json NULL);
-- set sequence for "audit_logs" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("audit_logs", 81604378624);
-- create index "auditlog_at" to table: "audit_logs"
CREATE INDEX `auditlog_at` ON `audit_logs` (`at`);
-- create index "auditlog_entity_type_entity_id_at" to table: "audit_logs"
CREATE INDEX `auditlog_entity_type_entity_id_at` ON `audit_logs` (`entity_type`, `entity_id`, `at`);
-- create index "auditlog_actor_id_at" to table: "audit_logs"
CREATE INDEX `auditlog_actor_id_at` ON `audit_logs` (`actor_id`, `at`);
-- create "client_shares" table
CREATE TABLE `client_shares` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `reason` text NOT NULL, `ends_on` datetime NOT NULL, `created_at` datetime NOT NULL, `revoked_at` datetime NULL, `grantee_id` integer NOT NULL, `granted_by_id` integer NULL, `client_id` integer NOT NULL, CONSTRAINT `client_shares_users_grantee` FOREIGN KEY (`grantee_id`) REFERENCES `users` (`id`) ON DELETE NO ACTION, CONSTRAINT `client_shares_users_granted_by` FOREIGN KEY (`granted_by_id`) REFERENCES `users` (`id`) ON DELETE SET NULL, CONSTRAINT `client_shares_customers_shares` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION);
-- set sequence for "client_shares" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("client_shares", 85899345920);
-- create index "clientshare_grantee_id_ends_on" to table: "client_shares"
CREATE INDEX `clientshare_grantee_id_ends_on` ON `client_shares` (`grantee_id`, `ends_on`);
-- create index "clientshare_client_id" to table: "client_shares"
CREATE INDEX `clientshare_client_id` ON `client_shares` (`client_id`);
-- create "persisted_operations" table
CREATE TABLE `persisted_operations` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `sha256` text NOT NULL, `name` text NOT NULL, `document` text NOT NULL, `created_by_id` integer NULL, `created_at` datetime NOT NULL);
-- set sequence for "persisted_operations" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("persisted_operations", 90194313216);
-- create index "persisted_operations_sha256_key" to table: "persisted_operations"
CREATE UNIQUE INDEX `persisted_operations_sha256_key` ON `persisted_operations` (`sha256`);
-- create "pushes" table
CREATE TABLE `pushes` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `channel` text NOT NULL DEFAULT ('APP'), `message` text NULL, `status` text NOT NULL DEFAULT ('SENT'), `created_at` datetime NOT NULL, `client_id` integer NOT NULL, `product_id` integer NOT NULL, `advisor_id` integer NULL, CONSTRAINT `pushes_customers_pushes` FOREIGN KEY (`client_id`) REFERENCES `customers` (`id`) ON DELETE NO ACTION, CONSTRAINT `pushes_products_pushes` FOREIGN KEY (`product_id`) REFERENCES `products` (`id`) ON DELETE NO ACTION, CONSTRAINT `pushes_users_advisor` FOREIGN KEY (`advisor_id`) REFERENCES `users` (`id`) ON DELETE SET NULL);
-- set sequence for "pushes" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("pushes", 94489280512);
-- create index "push_client_id_created_at" to table: "pushes"
CREATE INDEX `push_client_id_created_at` ON `pushes` (`client_id`, `created_at`);
-- create index "push_product_id_created_at" to table: "pushes"
CREATE INDEX `push_product_id_created_at` ON `pushes` (`product_id`, `created_at`);
-- create "webhook_deliveries" table
CREATE TABLE `webhook_deliveries` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `event` text NOT NULL, `event_id` text NOT NULL, `payload` text NOT NULL, `status` text NOT NULL DEFAULT ('PENDING'), `attempts` integer NOT NULL DEFAULT (0), `next_attempt_at` datetime NOT NULL, `last_status_code` integer NULL, `last_error` text NULL, `delivered_at` datetime NULL, `created_at` datetime NOT NULL, `endpoint_id` integer NOT NULL, CONSTRAINT `webhook_deliveries_webhook_endpoints_deliveries` FOREIGN KEY (`endpoint_id`) REFERENCES `webhook_endpoints` (`id`) ON DELETE NO ACTION);
-- set sequence for "webhook_deliveries" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("webhook_deliveries", 98784247808);
-- create index "webhookdelivery_status_next_attempt_at" to table: "webhook_deliveries"
CREATE INDEX `webhookdelivery_status_next_attempt_at` ON `webhook_deliveries` (`status`, `next_attempt_at`);
-- create index "webhookdelivery_endpoint_id_event_id" to table: "webhook_deliveries"
CREATE UNIQUE INDEX `webhookdelivery_endpoint_id_event_id` ON `webhook_deliveries` (`endpoint_id`, `event_id`);
-- create "webhook_endpoints" table
CREATE TABLE `webhook_endpoints` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `url` text NOT NULL, `secret` text NOT NULL, `events` json NOT NULL, `active` bool NOT NULL DEFAULT (true), `created_at` datetime NOT NULL, `api_key_id` integer NOT NULL, CONSTRAINT `webhook_endpoints_api_keys_webhooks` FOREIGN KEY (`api_key_id`) REFERENCES `api_keys` (`id`) ON DELETE NO ACTION);
-- set sequence for "webhook_endpoints" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("webhook_endpoints", 103079215104);

-- +goose Down
-- reverse: set sequence for "webhook_endpoints" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "webhook_endpoints";
-- reverse: create "webhook_endpoints" table
DROP TABLE `webhook_endpoints`;
-- reverse: create index "webhookdelivery_endpoint_id_event_id" to table: "webhook_deliveries"
DROP INDEX `webhookdelivery_endpoint_id_event_id`;
-- reverse: create index "webhookdelivery_status_next_attempt_at" to table: "webhook_deliveries"
DROP INDEX `webhookdelivery_status_next_attempt_at`;
-- reverse: set sequence for "webhook_deliveries" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "webhook_deliveries";
-- reverse: create "webhook_deliveries" table
DROP TABLE `webhook_deliveries`;
-- reverse: create index "push_product_id_created_at" to table: "pushes"
DROP INDEX `push_product_id_created_at`;
-- reverse: create index "push_client_id_created_at" to table: "pushes"
DROP INDEX `push_client_id_created_at`;
-- reverse: set sequence for "pushes" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "pushes";
-- reverse: create "pushes" table
DROP TABLE `pushes`;
-- reverse: create index "persisted_operations_sha256_key" to table: "persisted_operations"
DROP INDEX `persisted_operations_sha256_key`;
-- reverse: set sequence for "persisted_operations" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "persisted_operations";
-- reverse: create "persisted_operations" table
DROP TABLE `persisted_operations`;
-- reverse: create index "clientshare_client_id" to table: "client_shares"
DROP INDEX `clientshare_client_id`;
-- reverse: create index "clientshare_grantee_id_ends_on" to table: "client_shares"
DROP INDEX `clientshare_grantee_id_ends_on`;
-- reverse: set sequence for "client_shares" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "client_shares";
-- reverse: create "client_shares" table
DROP TABLE `client_shares`;
-- reverse: create index "auditlog_actor_id_at" to table: "audit_logs"
DROP INDEX `auditlog_actor_id_at`;
-- reverse: create index "auditlog_entity_type_entity_id_at" to table: "audit_logs"
DROP INDEX `auditlog_entity_type_entity_id_at`;
-- reverse: create index "auditlog_at" to table: "audit_logs"
DROP INDEX `auditlog_at`;
-- reverse: set sequence for "audit_logs" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "audit_logs";
-- reverse: create "audit_logs" table
DROP TABLE `audit_logs`;
-- reverse: create index "advisorassignment_client_id_changed_at" to table: "advisor_assignments"
DROP INDEX `advisorassignment_client_id_changed_at`;
-- reverse: set sequence for "advisor_assignments" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "advisor_assignments";
-- reverse: create "advisor_assignments" table
DROP TABLE `advisor_assignments`;
-- reverse: create index "api_keys_key_hash_key" to table: "api_keys"
DROP INDEX `api_keys_key_hash_key`;
-- reverse: create index "api_keys_prefix_key" to table: "api_keys"
DROP INDEX `api_keys_prefix_key`;
-- reverse: set sequence for "api_keys" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "api_keys";
-- reverse: create "api_keys" table
DROP TABLE `api_keys`;
