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
-- The warning lifecycle's dispatch record (rules.md "Warning lifecycle"), written only by the monthly
-- cycle through WarningDispatch, never by a build; the lifecycle marts read it as of D. Rows are only
-- ever added. One row per month a cycle dispatched, also a month with no warning, so a month is
-- dispatched once and months run in order.
CREATE TABLE IF NOT EXISTS audit.dispatch_months (
  month_end DATE NOT NULL, dispatched_at TIMESTAMP NOT NULL,
  warnings_hit BIGINT NOT NULL, warnings_dispatched BIGINT NOT NULL);
-- One row per warning, from the first month-end it hit at: the day and the level the notice gave.
CREATE TABLE IF NOT EXISTS audit.warning_dispatches (
  warning_id VARCHAR NOT NULL, dispatched_on DATE NOT NULL, dispatched_level VARCHAR NOT NULL);
-- Every warning hitting at a dispatched month's end, with its row as marts.warning_hit had it: a
-- dispatched warning that no longer hits is listed with its latest such row.
CREATE TABLE IF NOT EXISTS audit.warning_month_end_hits (
  month_end DATE NOT NULL, warning_id VARCHAR NOT NULL, rule VARCHAR NOT NULL, level VARCHAR NOT NULL,
  fiscal_year INTEGER, fund_code VARCHAR, region_code VARCHAR, project_id VARCHAR, indicator_id VARCHAR,
  payment_id VARCHAR, amount DECIMAL(18,2), days INTEGER, reason VARCHAR, department VARCHAR,
  handler_id VARCHAR, reviewer_id VARCHAR, evidence VARCHAR, prefecture_code VARCHAR, province_code VARCHAR,
  classified BOOLEAN, payee_id VARCHAR);
