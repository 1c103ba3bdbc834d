-- The changed keys' old versions (already copied to the history) give way to the incoming ones, and new
-- keys are added; equal rows stay as they are. Spark's twin is one Delta MERGE (dialect/spark/). Run
-- only when some key changed (work_changed has rows); otherwise clean/insert_new_keys.sql.
DELETE FROM clean.${entity} c WHERE EXISTS (SELECT 1 FROM work_changed i WHERE ${key_join});
INSERT INTO clean.${entity} (${clean_columns}, batch_id, source_file, source_line)
SELECT ${clean_columns}, batch_id, source_file, source_line FROM work_incoming i
WHERE NOT EXISTS (SELECT 1 FROM clean.${entity} c WHERE ${key_join})
