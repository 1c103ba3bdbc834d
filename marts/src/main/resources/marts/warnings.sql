-- marts.warnings: every warning the lifecycle knows as of D - each rule hit as of D, and each warning
-- dispatched by D that no longer hits (hit = FALSE, with the fields of its last recorded month-end hit)
-- - with its stable warning_id, the fund's department, and its lifecycle: dispatch, the level recorded
-- at dispatch, due date, status and the day it was set, overdue days (rules.md "Warning lifecycle").
SELECT k.warning_id, k.rule, k.level, k.fiscal_year, k.fund_code, k.region_code, k.project_id,
       k.indicator_id, k.payment_id, k.amount, k.days, k.reason, k.department, k.handler_id, k.reviewer_id,
       s.status, k.evidence, ${as_of} AS as_of, k.prefecture_code, k.province_code, k.classified, k.payee_id,
       k.dispatched_on, k.dispatched_level, k.due_on, s.status_on, s.overdue_days, k.hit, k.last_hit_on
FROM ${schema}.warning_lifecycle k
JOIN ${schema}.warning_status s ON s.warning_id = k.warning_id
