-- Progress of each fund at the scope root, year to date at the report month. A classified fund the
-- role may not see in detail folds into one row 涉密资金（合计）. A fund with nothing received and
-- nothing paid this year is left out: early in a year a prefecture's notice would otherwise list every
-- fund it ever had as a line of zeros (the section's note says so).
WITH latest AS (
  SELECT p.fund_code, p.cumulative_received, p.cumulative_paid,
         ROW_NUMBER() OVER (PARTITION BY p.fund_code ORDER BY p.month DESC) AS recency
  FROM marts.progress p
  JOIN scope_root r ON r.region_code = p.region_code
  JOIN report_period d ON p.year = d.year AND p.month <= d.month)
SELECT CASE WHEN f.detail_visible THEN f.fund_code ELSE '—' END AS "资金代码",
       CASE WHEN f.detail_visible THEN f.name ELSE '涉密资金（合计）' END AS "资金名称",
       MIN(f.department) AS "责任处室",
       SUM(l.cumulative_received) AS "到位资金(万元)",
       SUM(l.cumulative_paid) AS "支出(万元)",
       SUM(l.cumulative_paid) AS "支出进度(%)|num", SUM(l.cumulative_received) AS "支出进度(%)|den",
       MIN(d.month) AS "时间进度(%)|num", 12 AS "时间进度(%)|den"
FROM latest l JOIN scope_fund f ON f.fund_code = l.fund_code CROSS JOIN report_period d
WHERE l.recency = 1
GROUP BY CASE WHEN f.detail_visible THEN f.fund_code ELSE '—' END,
         CASE WHEN f.detail_visible THEN f.name ELSE '涉密资金（合计）' END
HAVING SUM(l.cumulative_received) <> 0 OR SUM(l.cumulative_paid) <> 0
ORDER BY 1
