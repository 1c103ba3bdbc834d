-- Every row of a key that appears more than once in one file: which one is meant cannot be told.
INSERT INTO work_violations
SELECT w.batch_id, w.source_file, w.source_line, 'duplicate_key_in_file', '${key_columns}', ${key_raw}
FROM work_rows w
JOIN (SELECT batch_id, source_file, ${key_typed} FROM work_rows
      WHERE ${key_present} GROUP BY batch_id, source_file, ${key_typed} HAVING count(*) > 1) d
  ON w.batch_id = d.batch_id AND w.source_file = d.source_file AND ${key_join}
