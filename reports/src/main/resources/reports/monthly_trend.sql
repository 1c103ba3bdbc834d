-- Cumulative payment against time progress, month by month up to the report month, at the scope root.
SELECT p.month AS "月份",
       SUM(p.cumulative_received) AS "累计到位(万元)",
       SUM(p.cumulative_paid) AS "累计支出(万元)",
       SUM(p.cumulative_paid) AS "支出进度(%)|num", SUM(p.cumulative_received) AS "支出进度(%)|den",
       p.month AS "时间进度(%)|num", 12 AS "时间进度(%)|den"
FROM marts.progress p
JOIN scope_root r ON r.region_code = p.region_code
JOIN scope_fund f ON f.fund_code = p.fund_code
JOIN report_period d ON p.year = d.year AND p.month <= d.month
GROUP BY p.month
ORDER BY p.month
