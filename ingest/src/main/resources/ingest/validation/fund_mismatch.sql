-- Checked only when the indicator is known (an unknown one is its own rule).
INSERT INTO work_violations
SELECT w.batch_id, w.source_file, w.source_line, 'fund_mismatch', 'fund_code', w."fund_code"
FROM work_rows w JOIN clean.indicators i ON i.indicator_id = w."v_indicator_id"
WHERE w."v_fund_code" IS NOT NULL AND i.fund_code <> w."v_fund_code"
