-- Cumulative payment against time progress, month by month up to the report month, at the scope root,
-- beside last year's cumulative spend progress at the same month (the current marts hold last year's
-- months too).
WITH month_total AS (
  SELECT p.year, p.month, SUM(p.cumulative_received) AS received, SUM(p.cumulative_paid) AS paid
  FROM marts.progress p
  JOIN scope_root r ON r.region_code = p.region_code
  JOIN scope_fund f ON f.fund_code = p.fund_code
  JOIN report_period d ON p.year IN (d.year, d.year - 1) AND p.month <= d.month
  GROUP BY p.year, p.month)
SELECT m.month AS "月份",
       m.received AS "累计到位(万元)",
       m.paid AS "累计支出(万元)",
       m.paid AS "支出进度(%)|num", m.received AS "支出进度(%)|den",
       m.month AS "时间进度(%)|num", 12 AS "时间进度(%)|den",
       l.paid AS "上年同期支出进度(%)|num", l.received AS "上年同期支出进度(%)|den"
FROM month_total m
JOIN report_period d ON m.year = d.year
LEFT JOIN month_total l ON l.year = d.year - 1 AND l.month = m.month
ORDER BY m.month
