-- What waits in the quarantine, one row per (row, rule), in file and line order.
SELECT q.source_file AS file, q.source_line AS line, q.entity, q.rule, q.column_name AS "column", q.value,
       q.batch_id AS batch, r.description_en AS reason, q.raw_values
FROM quarantine.rows q LEFT JOIN quarantine.rules r ON r.rule = q.rule
WHERE q.released_batch_id IS NULL AND (CAST(? AS VARCHAR) IS NULL OR q.entity = CAST(? AS VARCHAR))
ORDER BY q.batch_id, q.source_file, q.source_line, q.rule, q.column_name
