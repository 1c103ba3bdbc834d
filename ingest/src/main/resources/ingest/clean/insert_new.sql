INSERT INTO clean.${entity} (${clean_columns}, batch_id, source_file, source_line)
SELECT ${clean_columns}, batch_id, source_file, source_line FROM work_incoming i
WHERE NOT EXISTS (SELECT 1 FROM clean.${entity} c WHERE ${key_join})
