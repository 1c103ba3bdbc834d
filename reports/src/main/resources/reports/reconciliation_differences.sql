-- Reconciliation keys in scope that do not match (awaiting transfers are still within the grace days).
SELECT CASE c.status WHEN 'amount_mismatch' THEN '金额不符' WHEN 'missing_transfer' THEN '无国库调拨'
            WHEN 'transfer_without_indicator' THEN '无指标文件' ELSE '待调拨' END AS "差异类型",
       COUNT(*) AS "笔数", SUM(c.indicator_amount) AS "指标金额(万元)", SUM(c.transfer_amount) AS "调拨金额(万元)",
       SUM(CASE WHEN c.difference < 0 THEN -c.difference ELSE c.difference END) AS "差额绝对值(万元)"
FROM marts.reconciliation c
JOIN scope_region s ON s.region_code = c.to_region
JOIN scope_fund f ON f.fund_code = c.fund_code
WHERE c.status <> 'matched'
GROUP BY c.status
ORDER BY 1
