-- Delta runs no UPDATE with a subquery: the twin of load/quarantine_release.sql as a MERGE. The reasons of
-- the held rows read again that no rule gave this time are released by this batch.
MERGE INTO quarantine.rows q
USING (SELECT DISTINCT o.batch_id, o.source_file, o.source_line, o.rule, o.column_name
       FROM quarantine.rows o
       JOIN (SELECT DISTINCT batch_id, source_file, source_line FROM work_rows WHERE batch_id <> ${batch}) w
         ON w.batch_id = o.batch_id AND w.source_file = o.source_file AND w.source_line = o.source_line
       WHERE o.entity = '${entity}' AND o.released_batch_id IS NULL
         AND NOT EXISTS (SELECT 1 FROM work_violations v WHERE v.batch_id = o.batch_id
                           AND v.source_file = o.source_file AND v.source_line = o.source_line
                           AND v.rule = o.rule AND coalesce(v.column_name, '') = coalesce(o.column_name, ''))) resolved
ON q.entity = '${entity}' AND q.released_batch_id IS NULL AND q.batch_id = resolved.batch_id
   AND q.source_file = resolved.source_file AND q.source_line = resolved.source_line
   AND q.rule = resolved.rule AND coalesce(q.column_name, '') = coalesce(resolved.column_name, '')
WHEN MATCHED THEN UPDATE SET released_batch_id = ${batch}
