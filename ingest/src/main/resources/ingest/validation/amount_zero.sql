INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'amount_zero', '${column}', ${raw}
FROM work_rows WHERE ${typed} = 0
