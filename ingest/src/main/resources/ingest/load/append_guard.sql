-- Before the appends to ${table} in the ingest's transaction: a row written and deleted. DuckDB 2.0.0.1 hides
-- every row of a table from the rest of a transaction when its first append there was empty, a later one held
-- more than a row group (122,880 rows) and another followed - an empty file, a big one and a small one of an
-- entity (raw), or rules hitting nothing, then a whole file, then one more row (work_violations) - and those
-- rows would then be lost or loaded as valid. A first append that is not empty keeps it from happening
-- (RowGroupAppendsTest). Spark has no such fault: dialect/spark/load/append_guard.sql does nothing.
INSERT INTO ${table} (batch_id, source_file, source_line${more_columns}) VALUES (-1, '', -1${more_values});
DELETE FROM ${table} WHERE batch_id = -1
