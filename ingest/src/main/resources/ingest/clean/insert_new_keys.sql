-- No incoming key comes with other values than its loaded row (work_changed is empty): the new keys go
-- in and the equal rows stay as they are, which is all apply.sql would do. On Spark this replaces a
-- Delta MERGE that rewrites the files of the rows it matches and commits a version even when nothing
-- changed; an insert of no rows commits none.
INSERT INTO clean.${entity} (${clean_columns}, batch_id, source_file, source_line)
SELECT ${clean_columns}, batch_id, source_file, source_line FROM work_incoming i
WHERE NOT EXISTS (SELECT 1 FROM clean.${entity} c WHERE ${key_join})
