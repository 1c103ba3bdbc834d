-- One instance per row of references.csv. Only a well-formed value is looked up.
INSERT INTO work_violations
SELECT batch_id, source_file, source_line, '${rule}', '${column}', ${raw}
FROM work_rows w
WHERE ${typed} IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM ${target_table} t WHERE t.${target_column} = w.${typed})
