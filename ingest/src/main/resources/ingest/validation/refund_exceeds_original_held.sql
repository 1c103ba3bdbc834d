-- The refunds RefundsLeft found larger than what is left of their originals (refund_exceeds_original.sql):
-- their lineage and raw amount as rows of (batch_id, source_file, source_line, raw_amount).
INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'refund_exceeds_original', 'amount', raw_amount
FROM (VALUES ${held}) AS held(batch_id, source_file, source_line, raw_amount)
