-- One row per mart built: which schema, as of which date, how many rows, how long.
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE IF NOT EXISTS audit.mart_builds (
  build_started_at TIMESTAMP NOT NULL, schema_name VARCHAR NOT NULL, as_of DATE NOT NULL,
  position INTEGER NOT NULL, mart VARCHAR NOT NULL, row_count BIGINT NOT NULL, millis BIGINT NOT NULL);
