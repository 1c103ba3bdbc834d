INSERT INTO work_violations
SELECT batch_id, source_file, source_line, 'unknown_original_payment', 'refund_of', "refund_of"
FROM work_rows w
WHERE "v_amount" < 0 AND NOT ft_blank("refund_of")
  AND NOT EXISTS (SELECT 1 FROM work_originals o WHERE o.payment_id = w."v_refund_of")
