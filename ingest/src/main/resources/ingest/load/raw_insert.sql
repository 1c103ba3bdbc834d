-- raw_source is the engine's text view of the file (Engine.csvTextView): every column as text, the
-- header as line 1 and the n-th record as line n + 1 (a record with a quoted line break counts as one).
-- A row with another number of fields than the header fails the read: the file is refused.
-- DuckDB 2.0.0.1 hides a table's rows from the rest of the transaction after an empty first append (a file
-- with no rows), one of more than a row group and another (load/work_violations.sql): a row written and
-- deleted before each file keeps the first append from being empty. Spark: dialect/spark/load/raw_insert.sql.
INSERT INTO raw.${entity} (batch_id, source_file, source_line, sha256) VALUES (-1, '', -1, '');
DELETE FROM raw.${entity} WHERE batch_id = -1;
INSERT INTO raw.${entity} (batch_id, source_file, source_line, sha256, ${target_columns}, unknown_columns)
SELECT ${batch}, ${file}, source_line, '${sha256}', ${source_columns}, ${unknown_columns}
FROM raw_source
