-- The payments the drop's refunds name: loaded before, or valid positive payments of this drop. Only the
-- named ones are looked up (unknown_original_payment, refund_mismatch, refund_exceeds_original), so only
-- they are taken: a copy of every loaded payment made a monthly ingest grow with the history.
-- The refunded ids (a few) come first, then the drop's rows carrying one of them: every other lookup is
-- among those few, where a NOT IN over every payment of the drop hashed them all (10 M at scale 10).
-- One row per id, the version the clean load keeps: of the drop's copies that break no rule, the latest
-- (batch, then file in name order, then line: "a later row replaces an earlier one"), else the loaded row.
-- Every copy before made a refund be judged once per copy, against whichever came first.
CREATE OR REPLACE TEMP TABLE work_originals AS
WITH refunded AS (SELECT DISTINCT "v_refund_of" AS payment_id FROM work_rows WHERE "v_refund_of" IS NOT NULL),
refunded_in_drop AS (
  SELECT w."v_payment_id", w."v_indicator_id", w."v_project_id", w."v_pay_date", w."v_amount",
         row_number() OVER (PARTITION BY w."v_payment_id" ORDER BY w.batch_id DESC, w.source_file DESC, w.source_line DESC) AS pick
  FROM work_rows w WHERE w."v_payment_id" IN (SELECT payment_id FROM refunded)
    AND NOT EXISTS (SELECT 1 FROM work_violations v
                    WHERE v.batch_id = w.batch_id AND v.source_file = w.source_file AND v.source_line = w.source_line))
SELECT c.payment_id, c.indicator_id, c.project_id, c.pay_date, c.amount FROM clean.payments c
WHERE c.payment_id IN (SELECT payment_id FROM refunded)
  AND c.payment_id NOT IN (SELECT "v_payment_id" FROM refunded_in_drop)
UNION ALL
SELECT "v_payment_id", "v_indicator_id", "v_project_id", "v_pay_date", "v_amount" FROM refunded_in_drop
WHERE pick = 1 AND "v_amount" > 0
