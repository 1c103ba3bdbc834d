-- The largest open warnings in scope with the department responsible. Classified funds the role
-- may not see in detail are left out of this list (they stay in the totals).
SELECT w.warning_id AS "预警编号", w.rule AS "预警规则", w.level AS "等级", w.fund_code AS "资金代码",
       r.name AS "地区", w.amount AS "金额(万元)", w.department AS "责任处室", w.payee_id AS "收款人证件号"
FROM scope_open_warning w
LEFT JOIN model.dim_region r ON r.region_code = w.region_code
WHERE w.detail_visible
ORDER BY w.amount DESC, w.warning_id
LIMIT 15
