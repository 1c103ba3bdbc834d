-- The overdue warnings of the regions below the scope root, longest overdue first: each is reported
-- to its region's parent (逐级督办). Classified funds the role may not see in detail are left out.
SELECT w.warning_id AS "预警编号", w.rule AS "预警规则", w.level AS "等级", g.name AS "地区",
       u.name AS "督办上级", w.department AS "责任处室", w.amount AS "金额(万元)",
       w.due_on AS "整改期限", w.overdue_days AS "逾期(天)"
FROM scope_lifecycle_warning w
JOIN model.dim_region g ON g.region_code = w.region_code
LEFT JOIN model.dim_region u ON u.region_code = g.parent_code
WHERE w.escalated AND w.detail_visible
ORDER BY w.overdue_days DESC, w.amount DESC, w.warning_id
LIMIT 15
