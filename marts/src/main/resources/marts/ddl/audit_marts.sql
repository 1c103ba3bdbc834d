-- One row per mart built: which schema, as of which date, how many rows, how long, in which build
-- (build_number counts the builds of the warehouse, 1, 2, ...).
CREATE SCHEMA IF NOT EXISTS audit;
CREATE TABLE IF NOT EXISTS audit.mart_builds (
  build_started_at TIMESTAMP NOT NULL, schema_name VARCHAR NOT NULL, as_of DATE NOT NULL,
  position INTEGER NOT NULL, mart VARCHAR NOT NULL, row_count BIGINT NOT NULL, millis BIGINT NOT NULL,
  build_number BIGINT);
-- On an engine with table versions (Delta), the version of every warehouse table as a build left it:
-- the marts it wrote and every other table (clean, audit, other mart schemas) as it was then. A
-- reader that reads these versions sees exactly what the build saw, however much has landed since.
-- A DuckDB warehouse keeps no versions: its rows all say version 0.
CREATE TABLE IF NOT EXISTS audit.mart_versions (
  build_number BIGINT NOT NULL, table_name VARCHAR NOT NULL, version BIGINT NOT NULL);
