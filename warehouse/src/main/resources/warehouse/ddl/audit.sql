-- Audit layer: one row per batch (one drop ingested in one transaction) and one per file of it.
CREATE SCHEMA IF NOT EXISTS audit;

CREATE TABLE IF NOT EXISTS audit.batches (
  batch_id BIGINT NOT NULL PRIMARY KEY,
  drop_folder VARCHAR NOT NULL,
  drop_date DATE NOT NULL,            -- the drop's date: --today, or the day it was ingested
  engine VARCHAR NOT NULL,            -- duckdb | spark
  fundtrace_version VARCHAR NOT NULL,
  started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP NOT NULL,
  files INTEGER NOT NULL, files_skipped INTEGER NOT NULL, files_refused INTEGER NOT NULL,
  rows_read BIGINT NOT NULL, rows_loaded BIGINT NOT NULL, rows_replaced BIGINT NOT NULL,
  rows_quarantined BIGINT NOT NULL, rows_released BIGINT NOT NULL);

CREATE TABLE IF NOT EXISTS audit.batch_files (
  batch_id BIGINT NOT NULL, file_name VARCHAR NOT NULL, entity VARCHAR,
  sha256 VARCHAR NOT NULL, encoding VARCHAR, header_language VARCHAR,
  outcome VARCHAR NOT NULL,           -- loaded | skipped (same bytes seen before) | refused | unknown_entity
  message VARCHAR,
  rows_read BIGINT NOT NULL, rows_loaded BIGINT NOT NULL, rows_replaced BIGINT NOT NULL,
  rows_quarantined BIGINT NOT NULL, millis BIGINT NOT NULL,
  PRIMARY KEY (batch_id, file_name));

-- The payee secret this warehouse is bound to, as its fingerprint (HMAC-SHA256 of a fixed label under
-- the secret; PayeeKeyring): one row, written the first time a mart build or the SQL gate uses a secret
-- with the warehouse. Pseudonyms and DUPLICATE_PAYEE warning ids made under another secret would not
-- match the recorded ones, so a build or a gate with another secret is refused (PayeeSecretBinding).
CREATE TABLE IF NOT EXISTS audit.payee_secret (
  fingerprint VARCHAR NOT NULL,
  bound_at TIMESTAMP NOT NULL);
