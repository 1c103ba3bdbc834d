-- raw_source is the engine's text view of the file (Engine.csvTextView): every column as text, the
-- header as line 1 and the n-th record as line n + 1 (a record with a quoted line break counts as one).
-- A row with another number of fields than the header fails the read: the file is refused.
INSERT INTO raw.${entity} (batch_id, source_file, source_line, sha256, ${target_columns}, unknown_columns)
SELECT ${batch}, ${file}, source_line, '${sha256}', ${source_columns}, ${unknown_columns}
FROM raw_source
