-- A department's open warnings in scope, largest first; classified funds only in the totals query.
SELECT w.warning_id AS "预警编号", w.rule AS "预警规则", w.level AS "等级", w.fund_code AS "资金代码",
       r.name AS "地区", w.amount AS "金额(万元)"
FROM scope_open_warning w
LEFT JOIN model.dim_region r ON r.region_code = w.region_code
WHERE w.detail_visible
ORDER BY w.amount DESC, w.warning_id
