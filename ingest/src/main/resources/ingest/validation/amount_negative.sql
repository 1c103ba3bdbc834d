-- One instance per amount column that may be zero but not negative (projects.budget, indicators.poverty_amount):
-- "Negative amounts only where the entity allows them" (contract.md), and only a payment is a refund.
INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'amount_negative', '${column}', ${raw}
FROM work_rows WHERE ${typed} < 0
