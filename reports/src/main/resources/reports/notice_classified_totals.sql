-- Open warnings of classified funds in scope, as one total (no fund, region or warning detail).
SELECT COUNT(*) AS "涉密资金未整改预警(条)", COALESCE(SUM(w.amount), 0) AS "涉密资金未整改金额(万元)"
FROM marts.warnings w
JOIN scope_region s ON s.region_code = w.region_code
JOIN scope_fund f ON f.fund_code = w.fund_code
WHERE w.status = 'open' AND NOT f.detail_visible
