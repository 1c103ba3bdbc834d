-- Progress of each region one level below the scope root (the prefectures of a province, the counties
-- of a prefecture), each with its subtree, all funds the role may see, year to date.
WITH latest AS (
  SELECT p.region_code, p.fund_code, p.cumulative_received, p.cumulative_paid,
         ROW_NUMBER() OVER (PARTITION BY p.region_code, p.fund_code ORDER BY p.month DESC) AS recency
  FROM marts.progress p
  JOIN scope_region s ON s.region_code = p.region_code
  JOIN scope_fund f ON f.fund_code = p.fund_code
  JOIN report_period d ON p.year = d.year AND p.month <= d.month)
SELECT r.region_code AS "地区代码", r.name AS "地区",
       SUM(l.cumulative_received) AS "到位资金(万元)",
       SUM(l.cumulative_paid) AS "支出(万元)",
       SUM(l.cumulative_paid) AS "支出进度(%)|num", SUM(l.cumulative_received) AS "支出进度(%)|den"
FROM latest l
JOIN model.dim_region r ON r.region_code = l.region_code
JOIN scope_root root ON r.parent_code = root.region_code
WHERE l.recency = 1
GROUP BY r.region_code, r.name
ORDER BY r.region_code
