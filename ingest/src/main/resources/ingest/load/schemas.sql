-- Layers the ingest owns besides clean and audit: raw (append-only text) and quarantine.
CREATE SCHEMA IF NOT EXISTS raw;
CREATE SCHEMA IF NOT EXISTS quarantine;
-- One row per (row, rule): a row that breaks several rules appears once per rule. A row held for an
-- unknown reference is released (released_batch_id set) when a later batch brings the reference.
CREATE TABLE IF NOT EXISTS quarantine.rows (
  batch_id BIGINT NOT NULL, source_file VARCHAR NOT NULL, source_line BIGINT NOT NULL,
  entity VARCHAR NOT NULL, rule VARCHAR NOT NULL, column_name VARCHAR, value VARCHAR,
  raw_values VARCHAR NOT NULL, released_batch_id BIGINT);
CREATE TABLE IF NOT EXISTS quarantine.rules (
  rule VARCHAR NOT NULL PRIMARY KEY, applies_to VARCHAR, description_en VARCHAR, description_zh VARCHAR);
