-- The payments the drop's refunds name: loaded before, or valid positive payments of this drop. Only the
-- named ones are looked up (unknown_original_payment, refund_mismatch, refund_exceeds_original), so only
-- they are taken: a copy of every loaded payment made a monthly ingest grow with the history.
CREATE OR REPLACE TEMP TABLE work_originals AS
SELECT payment_id, indicator_id, project_id, pay_date, amount FROM clean.payments
WHERE payment_id IN (SELECT "v_refund_of" FROM work_rows WHERE "v_refund_of" IS NOT NULL)
  AND payment_id NOT IN (SELECT "v_payment_id" FROM work_rows WHERE "v_payment_id" IS NOT NULL)
UNION ALL
SELECT "v_payment_id", "v_indicator_id", "v_project_id", "v_pay_date", "v_amount" FROM work_rows w
WHERE "v_amount" > 0 AND "v_payment_id" IN (SELECT "v_refund_of" FROM work_rows WHERE "v_refund_of" IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM work_violations v
  WHERE v.batch_id = w.batch_id AND v.source_file = w.source_file AND v.source_line = w.source_line)
