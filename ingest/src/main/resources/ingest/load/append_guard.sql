-- Before the appends to ${table} in the ingest's transaction: a row written and deleted. DuckDB 2.0.0.1 hides
-- every row of a table from the rest of a transaction when its first append there was empty, a later one held
-- more than a row group (122,880 rows) and another followed - rules hitting nothing, then a whole file, then one
-- more row in work_violations - and those rows would then be loaded as valid. A first append that is not empty
-- keeps it from happening (RowGroupAppendsTest). Only for temporary tables: in a stored table the deleted row
-- makes the commit rewrite what the transaction appended (half a second a payments file), so raw tables are kept
-- safe by never appending an empty file (RawLoader). Spark has no such fault: dialect/spark/load/append_guard.sql
-- does nothing.
INSERT INTO ${table} (batch_id, source_file, source_line${more_columns}) VALUES (-1, '', -1${more_values});
DELETE FROM ${table} WHERE batch_id = -1
