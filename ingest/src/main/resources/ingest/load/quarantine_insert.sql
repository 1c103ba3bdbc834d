-- Only this batch's rows are recorded here (the reasons of held rows read again: load/quarantine_held_insert.sql).
-- A record of another width than its header is recorded as that alone (ragged: the batch has one): its values
-- stand in the wrong columns, so what the other rules found in them means nothing.
INSERT INTO quarantine.rows
SELECT v.batch_id, v.source_file, v.source_line, '${entity}', v.rule, v.column_name, v.value, ${raw_values}, NULL
FROM work_violations v JOIN work_rows w
  ON w.batch_id = v.batch_id AND w.source_file = v.source_file AND w.source_line = v.source_line
WHERE v.batch_id = ${batch}
  AND (NOT ${ragged} OR v.rule = 'wrong_field_count'
       OR NOT EXISTS (SELECT 1 FROM work_violations x WHERE x.rule = 'wrong_field_count' AND x.batch_id = v.batch_id
                        AND x.source_file = v.source_file AND x.source_line = v.source_line))
