-- By name: a history table made before a contract version added a column has it after replaced_by_batch_id.
INSERT INTO clean.${entity}_history (${clean_columns}, batch_id, source_file, source_line, replaced_by_batch_id)
SELECT ${clean_columns}, batch_id, source_file, source_line, ${batch} FROM clean.${entity} c
WHERE EXISTS (SELECT 1 FROM work_changed i WHERE ${key_join})
