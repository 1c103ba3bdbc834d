-- The original must have the same indicator and project and must not be later than the refund.
INSERT INTO work_violations
SELECT w.batch_id, w.source_file, w.source_line, 'refund_mismatch', 'refund_of', w."refund_of"
FROM work_rows w JOIN work_originals o ON o.payment_id = w."v_refund_of"
WHERE w."v_amount" < 0 AND (o.indicator_id IS DISTINCT FROM w."v_indicator_id"
  OR o.project_id IS DISTINCT FROM w."v_project_id" OR o.pay_date > w."v_pay_date")
