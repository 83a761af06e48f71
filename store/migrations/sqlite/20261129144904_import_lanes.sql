-- +goose Up
-- create "import_lanes" table
CREATE TABLE `import_lanes` (`id` integer NOT NULL PRIMARY KEY AUTOINCREMENT, `lane` integer NOT NULL, `lines_done` integer NOT NULL DEFAULT (0), `job_id` integer NOT NULL, CONSTRAINT `import_lanes_import_jobs_lanes` FOREIGN KEY (`job_id`) REFERENCES `import_jobs` (`id`) ON DELETE NO ACTION);
-- set sequence for "import_lanes" table
INSERT INTO sqlite_sequence (name, seq) VALUES ("import_lanes", 158913789952);
-- create index "importlane_job_id_lane" to table: "import_lanes"
CREATE UNIQUE INDEX `importlane_job_id_lane` ON `import_lanes` (`job_id`, `lane`);

-- +goose Down
-- reverse: create index "importlane_job_id_lane" to table: "import_lanes"
DROP INDEX `importlane_job_id_lane`;
-- reverse: set sequence for "import_lanes" table
UPDATE sqlite_sequence SET seq = 0 WHERE name = "import_lanes";
-- reverse: create "import_lanes" table
DROP TABLE `import_lanes`;
