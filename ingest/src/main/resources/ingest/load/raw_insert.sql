-- The header is line 1, so the n-th record is line n + 1. Every column is read as text.
INSERT INTO raw.${entity} (batch_id, source_file, source_line, sha256, ${target_columns}, unknown_columns)
SELECT ${batch}, '${file}', row_number() OVER () + 1, '${sha256}', ${source_columns}, ${unknown_columns}
FROM read_csv('${path}', header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
              null_padding = true, columns = {${csv_columns}})
