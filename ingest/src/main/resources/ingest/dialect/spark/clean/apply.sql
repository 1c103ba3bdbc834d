-- Delta runs no DELETE with a subquery; one MERGE does what clean/apply.sql does in two statements: a
-- changed key's row is replaced (its old version is already in the history), a new key is inserted,
-- an equal row is left alone, so a drop that changes nothing writes nothing but an unchanged table.
MERGE INTO clean.${entity} c
USING (SELECT ${clean_columns}, batch_id, source_file, source_line FROM work_incoming) i
ON ${key_join}
WHEN MATCHED AND (${any_difference}) THEN UPDATE SET *
WHEN NOT MATCHED THEN INSERT *
