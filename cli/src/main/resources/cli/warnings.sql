-- The warnings of `fundtrace warnings`: the published fields only, in a stable order.
-- Parameters: rule (twice), region (twice; its subtree through model.region_ancestor).
SELECT warning_id, rule, level, fiscal_year, fund_code, region_code, project_id, indicator_id, payment_id,
       amount, days, reason, department, handler_id, reviewer_id, status
FROM marts.warnings
WHERE (CAST(? AS VARCHAR) IS NULL OR rule = ?)
  AND (CAST(? AS VARCHAR) IS NULL OR region_code IN (SELECT region_code FROM model.region_ancestor WHERE ancestor_code = ?))
ORDER BY rule, warning_id
