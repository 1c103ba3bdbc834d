-- Refunds of one original, loaded and new, in date order: a new one that takes the running total
-- of refunds past the original amount is held. A loaded refund this drop brings again is counted in its
-- new version only; the drop's rows are looked up among the loaded refunds' few ids, not hashed whole.
INSERT INTO work_violations
SELECT r.batch_id, r.source_file, r.source_line, 'refund_exceeds_original', 'amount', r.raw_amount
FROM (
  WITH loaded AS (
    SELECT c.batch_id, c.source_file, c.source_line, c.refund_of, c.pay_date, c.payment_id, c.amount, o.amount AS original_amount
    FROM clean.payments c JOIN work_originals o ON o.payment_id = c.refund_of
    WHERE c.amount < 0)
  SELECT batch_id, source_file, source_line, raw_amount, original_amount,
         sum(amount) OVER (PARTITION BY refund_of ORDER BY pay_date, payment_id
                           ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS refunded
  FROM (
    SELECT l.batch_id, l.source_file, l.source_line, NULL AS raw_amount, l.refund_of, l.pay_date,
           l.payment_id, l.amount, l.original_amount
    FROM loaded l
    WHERE l.payment_id NOT IN (SELECT w."v_payment_id" FROM work_rows w WHERE w."v_payment_id" IN (SELECT payment_id FROM loaded))
    UNION ALL
    SELECT w.batch_id, w.source_file, w.source_line, w."amount", w."v_refund_of", w."v_pay_date",
           w."v_payment_id", w."v_amount", o.amount
    FROM work_rows w JOIN work_originals o ON o.payment_id = w."v_refund_of"
    WHERE w."v_amount" < 0 AND NOT EXISTS (SELECT 1 FROM work_violations v
      WHERE v.batch_id = w.batch_id AND v.source_file = w.source_file AND v.source_line = w.source_line)
  ) refunds
) r
WHERE r.raw_amount IS NOT NULL AND r.original_amount + r.refunded < 0
