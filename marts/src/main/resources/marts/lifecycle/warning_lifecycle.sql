-- The warnings the lifecycle knows as of D (rules.md "Warning lifecycle"): every warning hitting as of
-- D, and every warning dispatched by D that no longer hits, with the fields of its last hit - read as
-- its latest month-end hit on or before D that a cycle recorded (a dispatch records one at once). Each
-- with its dispatch, the level the lifecycle follows (the level recorded at dispatch, else the level as
-- of D) and the due date that level gives (blue: none; not dispatched: none).
WITH recorded AS (
  SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.warning_id ORDER BY m.month_end DESC) AS position
  FROM audit.warning_month_end_hits m
  JOIN ${schema}.warning_dispatch d ON d.warning_id = m.warning_id
  WHERE m.month_end <= ${as_of}
    AND NOT EXISTS (SELECT 1 FROM ${schema}.warning_hit h WHERE h.warning_id = m.warning_id)
),
known AS (
  SELECT h.warning_id, h.rule, h.level, h.fiscal_year, h.fund_code, h.region_code, h.project_id, h.indicator_id,
         h.payment_id, h.amount, h.days, h.reason, h.department, h.handler_id, h.reviewer_id, h.evidence,
         h.prefecture_code, h.province_code, h.classified, h.payee_id, TRUE AS hit, ${as_of} AS last_hit_on
  FROM ${schema}.warning_hit h
  UNION ALL
  SELECT r.warning_id, r.rule, r.level, r.fiscal_year, r.fund_code, r.region_code, r.project_id, r.indicator_id,
         r.payment_id, r.amount, r.days, r.reason, r.department, r.handler_id, r.reviewer_id, r.evidence,
         r.prefecture_code, r.province_code, r.classified, r.payee_id, FALSE, r.month_end
  FROM recorded r WHERE r.position = 1
),
levelled AS (
  SELECT k.*, d.dispatched_on, d.dispatched_level, COALESCE(d.dispatched_level, k.level) AS lifecycle_level
  FROM known k LEFT JOIN ${schema}.warning_dispatch d ON d.warning_id = k.warning_id
)
SELECT l.*,
       CASE WHEN l.lifecycle_level = 'orange' THEN CAST(l.dispatched_on + INTERVAL '${rectify_days_orange}' DAY AS DATE)
            WHEN l.lifecycle_level = 'yellow' THEN CAST(l.dispatched_on + INTERVAL '${rectify_days_yellow}' DAY AS DATE)
       END AS due_on
FROM levelled l
