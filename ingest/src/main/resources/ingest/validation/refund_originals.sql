-- The payments a refund may name: loaded before, or valid positive payments of this drop.
CREATE OR REPLACE TEMP TABLE work_originals AS
SELECT payment_id, indicator_id, project_id, pay_date, amount FROM clean.payments
WHERE payment_id NOT IN (SELECT "v_payment_id" FROM work_rows WHERE "v_payment_id" IS NOT NULL)
UNION ALL
SELECT "v_payment_id", "v_indicator_id", "v_project_id", "v_pay_date", "v_amount" FROM work_rows w
WHERE "v_amount" > 0 AND NOT EXISTS (SELECT 1 FROM work_violations v
  WHERE v.batch_id = w.batch_id AND v.source_file = w.source_file AND v.source_line = w.source_line)
