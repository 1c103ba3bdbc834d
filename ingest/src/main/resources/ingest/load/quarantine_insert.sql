-- Only this batch's rows are recorded; a held row of an earlier batch that still fails stays as it was.
INSERT INTO quarantine.rows
SELECT v.batch_id, v.source_file, v.source_line, '${entity}', v.rule, v.column_name, v.value, ${raw_values}, NULL
FROM work_violations v JOIN work_rows w
  ON w.batch_id = v.batch_id AND w.source_file = v.source_file AND w.source_line = v.source_line
WHERE v.batch_id = ${batch}
