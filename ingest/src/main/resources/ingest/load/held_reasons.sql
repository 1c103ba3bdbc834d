-- The held rows of earlier batches read again in this load: how many reasons the rules give them now that
-- the quarantine does not hold open (recorded by load/quarantine_held_insert.sql), and how many reasons it
-- holds open that no rule gave this time (released by load/quarantine_release.sql). Either statement is
-- run only when it has something to write: on Delta an empty write still commits a table version.
WITH held AS (
  SELECT DISTINCT batch_id, source_file, source_line FROM work_rows WHERE batch_id <> ${batch}
), open_reasons AS (
  SELECT q.batch_id, q.source_file, q.source_line, q.rule, coalesce(q.column_name, '') AS column_name
  FROM quarantine.rows q
  JOIN held h ON h.batch_id = q.batch_id AND h.source_file = q.source_file AND h.source_line = q.source_line
  WHERE q.entity = '${entity}' AND q.released_batch_id IS NULL
), reasons_now AS (
  SELECT batch_id, source_file, source_line, rule, coalesce(column_name, '') AS column_name
  FROM work_violations WHERE batch_id <> ${batch}
)
SELECT count(CASE WHEN o.rule IS NULL THEN 1 END) AS new_reasons, count(CASE WHEN n.rule IS NULL THEN 1 END) AS resolved_reasons
FROM reasons_now n
FULL OUTER JOIN open_reasons o
  ON o.batch_id = n.batch_id AND o.source_file = n.source_file AND o.source_line = n.source_line
 AND o.rule = n.rule AND o.column_name = n.column_name
