-- One region's quarantined rows of the batch, one line per (row, reason): file, line, column, value (as
-- the reader's role may see it) and the reason in words, so the clerk can correct and resend them.
SELECT q.source_file AS "文件", q.source_line AS "行号", q.entity AS "数据类型", q.column_name AS "列",
       q.value AS "值", COALESCE(u.description_zh, q.rule) AS "原因"
FROM quarantine.rows q
JOIN receipt_row w ON w.source_file = q.source_file AND w.source_line = q.source_line AND w.entity = q.entity AND NOT w.loaded
LEFT JOIN quarantine.rules u ON u.rule = q.rule
WHERE q.batch_id = CAST(? AS BIGINT) AND w.region_code IS NOT DISTINCT FROM CAST(? AS VARCHAR)
ORDER BY q.source_file, q.source_line, q.rule, q.column_name
