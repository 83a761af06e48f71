// Package ingest imports bulk files from the core systems (PRODUCT.md §9):
// clients, accounts, holdings, trades, fund flows, interactions,
// assessments and products, as CSV (UTF-8 or GBK/GB18030) or NDJSON.
//
// A file is read as a stream, in chunks. Each chunk is validated row by
// row (a bad row becomes a rejection with its line, column, value and
// reason, and never stops the others), its references (account numbers,
// client numbers, instrument codes…) are resolved in batches, and it is
// merged into its table by the source system's natural key in one
// transaction that also advances the job's checkpoint
// (ImportJob.lines_done) and records its rejections. So:
//
//   - re-importing a file changes nothing: a row whose values are already
//     stored is counted unchanged and not written;
//   - a corrected file updates exactly the rows that changed;
//   - a run killed at any point leaves whole chunks and a checkpoint that
//     agrees with them, and running the same file again resumes after the
//     last committed chunk and ends in the state of one clean run.
//
// On PostgreSQL a chunk first tries a plain COPY into the table, which is
// what a first import of new rows is; a unique violation (some rows exist)
// rolls that back to a savepoint and the chunk is merged through a
// temporary staging table with INSERT … ON CONFLICT instead. On SQLite
// chunks are merged with multi-row upserts.
//
// Imports bypass ent's hooks for speed, so this package keeps what the
// hooks would: search keys and name grams of clients, clients' risk
// profiles, and a MetricsMark for every client whose data changed. The
// audit trail gets one entry per job, with its counts.
package ingest
