UPDATE quarantine.rows q SET released_batch_id = ${batch}
WHERE q.entity = '${entity}' AND q.released_batch_id IS NULL AND q.batch_id <> ${batch}
  AND EXISTS (SELECT 1 FROM work_rows w WHERE w.batch_id = q.batch_id AND w.source_file = q.source_file
                AND w.source_line = q.source_line)
  AND NOT EXISTS (SELECT 1 FROM work_violations v WHERE v.batch_id = q.batch_id
                    AND v.source_file = q.source_file AND v.source_line = q.source_line)
