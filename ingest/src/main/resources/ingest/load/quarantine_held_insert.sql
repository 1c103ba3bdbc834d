-- A held row of an earlier batch that still breaks a rule: the reasons it has now and had not yet (the
-- reference it waited for came, and with it a rule that needs the reference found something), recorded
-- under the row's own batch, file and line. load/quarantine_release.sql releases the reasons it no longer has.
INSERT INTO quarantine.rows
SELECT v.batch_id, v.source_file, v.source_line, '${entity}', v.rule, v.column_name, v.value, ${raw_values}, NULL
FROM work_violations v JOIN work_rows w
  ON w.batch_id = v.batch_id AND w.source_file = v.source_file AND w.source_line = v.source_line
WHERE v.batch_id <> ${batch}
  AND NOT EXISTS (SELECT 1 FROM quarantine.rows q WHERE q.entity = '${entity}' AND q.released_batch_id IS NULL
                    AND q.batch_id = v.batch_id AND q.source_file = v.source_file AND q.source_line = v.source_line
                    AND q.rule = v.rule AND coalesce(q.column_name, '') = coalesce(v.column_name, ''))
