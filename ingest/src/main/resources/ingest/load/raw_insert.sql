-- The header is line 1, so the n-th record is line n + 1 (a record with a quoted line break counts as
-- one). Every column is read as text. A row with another number of fields than the header is a CSV
-- error: the file is refused. The line numbers (row_number over the whole read) cost more after a
-- parallel read than the parallel read saves: a single-threaded read is faster here.
INSERT INTO raw.${entity} (batch_id, source_file, source_line, sha256, ${target_columns}, unknown_columns)
SELECT ${batch}, '${file}', row_number() OVER () + 1, '${sha256}', ${source_columns}, ${unknown_columns}
FROM read_csv('${path}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
              null_padding = false, parallel = false, columns = {${csv_columns}})
