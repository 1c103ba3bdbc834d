-- Into an empty clean table from one file with no held rows: no key can repeat (duplicates in the file
-- are quarantined) and none was loaded before, so the valid rows go straight in, with nothing replaced.
-- The same result as incoming.sql, changed.sql and apply.sql without the intermediate table.
INSERT INTO clean.${entity} (${clean_columns}, batch_id, source_file, source_line)
SELECT ${clean_select}, ${batch}, source_file, source_line
FROM work_rows w
WHERE NOT EXISTS (SELECT 1 FROM work_violations v WHERE v.batch_id = w.batch_id
                    AND v.source_file = w.source_file AND v.source_line = w.source_line)
