-- Rows a walk on the driver found breaking ${rule} (RefundsLeft, HeldParents): their lineage and raw
-- value as rows of (batch_id, source_file, source_line, raw_value).
INSERT INTO work_violations
SELECT batch_id, source_file, source_line, '${rule}', '${column}', raw_value
FROM (VALUES ${held}) AS held(batch_id, source_file, source_line, raw_value)
