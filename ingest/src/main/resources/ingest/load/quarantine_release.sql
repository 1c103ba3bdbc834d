-- The reasons a held row of an earlier batch no longer has are released by this batch: every one when the row
-- now passes every rule (it is loaded), the resolved ones when it still breaks a rule (the reference it waited
-- for came, and with it a rule that needs the reference found something: a fund that differs from the
-- indicator's, a refund larger than what is left; load/quarantine_held_insert.sql records that). Spark's
-- twin: dialect/spark/load/quarantine_release.sql.
UPDATE quarantine.rows q SET released_batch_id = ${batch}
WHERE q.entity = '${entity}' AND q.released_batch_id IS NULL AND q.batch_id <> ${batch}
  AND EXISTS (SELECT 1 FROM work_rows w WHERE w.batch_id = q.batch_id AND w.source_file = q.source_file
                AND w.source_line = q.source_line)
  AND NOT EXISTS (SELECT 1 FROM work_violations v WHERE v.batch_id = q.batch_id
                    AND v.source_file = q.source_file AND v.source_line = q.source_line
                    AND v.rule = q.rule AND coalesce(v.column_name, '') = coalesce(q.column_name, ''))
