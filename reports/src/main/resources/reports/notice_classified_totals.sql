-- Open warnings of classified funds in scope, as one total (no fund, region or warning detail).
SELECT COUNT(*) AS "涉密资金未整改预警(条)", COALESCE(SUM(w.amount), 0) AS "涉密资金未整改金额(万元)"
FROM scope_open_warning w
WHERE NOT w.detail_visible
