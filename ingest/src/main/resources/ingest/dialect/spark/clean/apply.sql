-- Delta runs no DELETE with a subquery; one MERGE does what clean/apply.sql does in two statements: a
-- changed key's row is replaced (its old version is already in the history), a new key is inserted,
-- an equal row is left alone. Run only when some key changed: otherwise clean/insert_new_keys.sql, as
-- this MERGE rewrites the files of the rows it matches and commits a version even when nothing changed.
MERGE INTO clean.${entity} c
USING (SELECT ${clean_columns}, batch_id, source_file, source_line FROM work_incoming) i
ON ${key_join}
WHEN MATCHED AND (${any_difference}) THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
