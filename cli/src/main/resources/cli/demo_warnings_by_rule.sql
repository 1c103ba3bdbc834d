-- The demo's summary: the warnings of the last month end by rule with their lifecycle - hitting, ever
-- dispatched, still open (open, confirmed_violation, rectifying), overdue, closed by feedback (rectified,
-- confirmed_normal), resolved by the data - and the amount the hits flag.
SELECT w.rule, count(*) AS warnings, sum(CASE WHEN w.hit THEN 1 ELSE 0 END) AS hitting,
       sum(CASE WHEN w.dispatched_on IS NOT NULL THEN 1 ELSE 0 END) AS dispatched,
       sum(CASE WHEN w.status IN ('open', 'confirmed_violation', 'rectifying') THEN 1 ELSE 0 END) AS still_open,
       sum(CASE WHEN w.overdue_days IS NOT NULL THEN 1 ELSE 0 END) AS overdue,
       sum(CASE WHEN w.status IN ('rectified', 'confirmed_normal') THEN 1 ELSE 0 END) AS closed_by_feedback,
       sum(CASE WHEN w.status = 'resolved_by_data' THEN 1 ELSE 0 END) AS resolved_by_data,
       sum(CASE WHEN w.hit THEN w.amount END) AS amount_yuan
FROM marts.warnings w
GROUP BY w.rule
ORDER BY w.rule
