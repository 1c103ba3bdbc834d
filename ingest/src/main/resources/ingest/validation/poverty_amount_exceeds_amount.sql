INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'poverty_amount_exceeds_amount', 'poverty_amount', "poverty_amount"
FROM work_rows WHERE "v_poverty_amount" > "v_amount"
