-- The records of another width than their file's header (CsvScanner; RaggedRecords gave the engine every
-- one of them at the header's width): held as wrong_field_count, with no column, their width as the value.
-- An INSERT ... SELECT, as every statement that adds to a scratch table on Spark.
INSERT INTO work_violations
SELECT CAST(r.batch_id AS BIGINT), r.source_file, CAST(r.source_line AS BIGINT), 'wrong_field_count', CAST(NULL AS STRING), r.width
FROM (VALUES ${rows}) AS r(batch_id, source_file, source_line, width)
