CREATE OR REPLACE TEMP TABLE work_violations (
  batch_id BIGINT, source_file VARCHAR, source_line BIGINT, rule VARCHAR, column_name VARCHAR, value VARCHAR);
-- DuckDB 2.0.0.1: when a table's first append in a transaction is empty (most rules hit nothing), a later one
-- holds more than a row group (122,880 rows: a whole file naming unknown indicators) and another follows, the
-- transaction's own reads see none of its rows, and the rows they should have held would load. A row written
-- and deleted first keeps that from happening (RowGroupAppendsTest). Spark: dialect/spark/load/work_violations.sql.
INSERT INTO work_violations VALUES (-1, '', -1, '', '', NULL);
DELETE FROM work_violations WHERE batch_id = -1
