-- Delta runs no UPDATE with a subquery: the twin of load/quarantine_release.sql as a MERGE. The held
-- rows that passed every rule this time are released by this batch.
MERGE INTO quarantine.rows q
USING (SELECT DISTINCT w.batch_id, w.source_file, w.source_line FROM work_rows w
       WHERE w.batch_id <> ${batch}
         AND NOT EXISTS (SELECT 1 FROM work_violations v WHERE v.batch_id = w.batch_id
                           AND v.source_file = w.source_file AND v.source_line = w.source_line)) passed
ON q.entity = '${entity}' AND q.released_batch_id IS NULL AND q.batch_id = passed.batch_id
   AND q.source_file = passed.source_file AND q.source_line = passed.source_line
WHEN MATCHED THEN UPDATE SET released_batch_id = ${batch}
