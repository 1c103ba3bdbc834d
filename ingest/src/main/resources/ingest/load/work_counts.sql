-- Per batch and file, the rows validated in this load and how many of them broke a rule (work_violations
-- has one row per row and rule): this batch's rows are read, loaded or quarantined; earlier batches'
-- rows were held and are released when they now pass.
SELECT w.batch_id, w.source_file, count(*) AS rows_read, count(v.source_line) AS rows_held
FROM work_rows w
LEFT JOIN (SELECT DISTINCT batch_id, source_file, source_line FROM work_violations) v
  ON v.batch_id = w.batch_id AND v.source_file = w.source_file AND v.source_line = w.source_line
GROUP BY w.batch_id, w.source_file
