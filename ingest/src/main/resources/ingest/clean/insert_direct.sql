-- Into an empty clean table, with no held rows, from files no key comes in twice (keys_across_files.sql;
-- duplicates in a file are quarantined) and none was loaded before: the valid rows go straight in, with
-- nothing replaced.
-- The same result as incoming.sql, changed.sql and apply.sql without the intermediate table.
INSERT INTO clean.${entity} (${clean_columns}, batch_id, source_file, source_line)
SELECT ${clean_select}, ${batch}, source_file, source_line
FROM work_rows w
-- no_row_held is true when the load's counts found no row breaking a rule: both engines then drop the
-- subquery before planning it (Spark would still plan an anti join with the empty work_violations)
WHERE (${no_row_held} OR NOT EXISTS (SELECT 1 FROM work_violations v WHERE v.batch_id = w.batch_id
                    AND v.source_file = w.source_file AND v.source_line = w.source_line))
