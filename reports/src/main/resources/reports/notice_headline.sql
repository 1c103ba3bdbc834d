-- A department's headline: its funds' received and paid at the scope root, and its open warnings.
WITH latest AS (
  SELECT p.fund_code, p.cumulative_received, p.cumulative_paid,
         ROW_NUMBER() OVER (PARTITION BY p.fund_code ORDER BY p.month DESC) AS recency
  FROM marts.progress p
  JOIN scope_root r ON r.region_code = p.region_code
  JOIN scope_fund f ON f.fund_code = p.fund_code
  JOIN report_period d ON p.year = d.year AND p.month <= d.month)
SELECT COALESCE(SUM(l.cumulative_received), 0) AS "到位资金(万元)", COALESCE(SUM(l.cumulative_paid), 0) AS "支出(万元)",
       SUM(l.cumulative_paid) AS "支出进度(%)|num", SUM(l.cumulative_received) AS "支出进度(%)|den",
       (SELECT COUNT(*) FROM marts.warnings w JOIN scope_region s ON s.region_code = w.region_code
          JOIN scope_fund f ON f.fund_code = w.fund_code WHERE w.status = 'open') AS "未整改预警(条)"
FROM latest l
WHERE l.recency = 1
