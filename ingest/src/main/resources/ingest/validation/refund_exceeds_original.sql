-- The drop's refunds to judge against what is left of their originals, read by RefundsLeft, which holds, in
-- (pay_date, payment_id) order per original, each refund that is larger than what is left once the refunds
-- accepted before it are taken off: the contract's "a refund larger than what is left of its original
-- payment", and "the refunds never exceed" its amount. What is left before the drop is the original's amount
-- less every loaded refund of it (whatever its date), except those this drop brings again in a version that
-- breaks no other rule: that version is judged here instead. A refund this rule holds leaves the original as it was for the refunds after it.
-- Refunds already breaking another rule are not candidates (they are held anyway).
WITH loaded AS (
  SELECT c.refund_of, sum(c.amount) AS refunded
  FROM clean.payments c JOIN work_originals o ON o.payment_id = c.refund_of
  WHERE c.amount < 0
    AND c.payment_id NOT IN (SELECT w."v_payment_id" FROM work_rows w
                             WHERE w."v_payment_id" IN (SELECT x.payment_id FROM clean.payments x
                                                        JOIN work_originals y ON y.payment_id = x.refund_of)
                               AND NOT EXISTS (SELECT 1 FROM work_violations v WHERE v.batch_id = w.batch_id
                                               AND v.source_file = w.source_file AND v.source_line = w.source_line))
  GROUP BY c.refund_of)
-- A refund sent in two files of the drop comes once per copy, each after the one it replaces (RefundsLeft gives back
-- the copy before when it takes the next), all at the date of the latest copy, the version that stands.
SELECT refund_of, left_before, amount, batch_id, source_file, source_line, raw_amount, payment_id
FROM (
  SELECT w."v_refund_of" AS refund_of, o.amount + coalesce(l.refunded, 0) AS left_before,
         w."v_amount" AS amount, w.batch_id, w.source_file, w.source_line, w."amount" AS raw_amount, w."v_payment_id" AS payment_id,
         first_value(w."v_pay_date") OVER (PARTITION BY w."v_payment_id"
                                           ORDER BY w.batch_id DESC, w.source_file DESC, w.source_line DESC) AS standing_date
  FROM work_rows w
  JOIN work_originals o ON o.payment_id = w."v_refund_of"
  LEFT JOIN loaded l ON l.refund_of = w."v_refund_of"
  WHERE w."v_amount" < 0
    AND NOT EXISTS (SELECT 1 FROM work_violations v
                    WHERE v.batch_id = w.batch_id AND v.source_file = w.source_file AND v.source_line = w.source_line)) refunds
ORDER BY refund_of, standing_date, payment_id, batch_id, source_file, source_line
