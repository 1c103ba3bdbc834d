-- The warnings of `fundtrace warnings`: the published fields (rules.md's, in its order, the evidence too) and the lifecycle (rules.md "Warning
-- lifecycle"), in a stable order. A dispatched warning that no longer hits is listed with hit false.
-- Parameters: rule (twice), region (twice; its subtree through model.region_ancestor), status group
-- (twice): open = open, confirmed_violation, rectifying; overdue = overdue_days set; closed = rectified,
-- confirmed_normal, resolved_by_data; new = not dispatched.
SELECT warning_id, rule, level, fiscal_year, fund_code, region_code, project_id, indicator_id, payment_id,
       amount, days, reason, department, handler_id, reviewer_id, evidence, status,
       dispatched_on, due_on, status_on, overdue_days, hit
FROM marts.warnings
WHERE (CAST(? AS VARCHAR) IS NULL OR rule = ?)
  AND (CAST(? AS VARCHAR) IS NULL OR region_code IN (SELECT region_code FROM model.region_ancestor WHERE ancestor_code = ?))
  AND (CAST(? AS VARCHAR) IS NULL
       OR ? IN (CASE WHEN status IN ('open', 'confirmed_violation', 'rectifying') THEN 'open'
                     WHEN status IN ('rectified', 'confirmed_normal', 'resolved_by_data') THEN 'closed'
                     WHEN status = 'new' THEN 'new' END,
                CASE WHEN overdue_days IS NOT NULL THEN 'overdue' END))
ORDER BY rule, warning_id
