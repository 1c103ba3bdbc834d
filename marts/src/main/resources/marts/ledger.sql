-- 总台账: one row per fund x region x month from the first event of that fund at that region to D,
-- plus a year-to-date row (month NULL) per year. Progress ratios year to date, 4 decimals half-up.
WITH first_event AS (
  SELECT fund_code, region_code, MIN(first_date) AS first_date
  FROM ${schema}.ledger_month GROUP BY fund_code, region_code
),
month_row AS (
  SELECT fe.fund_code, fe.region_code, c.year, c.month,
         CAST(COALESCE(mf.received, 0) AS DECIMAL(18,2)) AS received,
         CAST(COALESCE(mf.issued_down, 0) AS DECIMAL(18,2)) AS issued_down,
         CAST(COALESCE(mf.allocated, 0) AS DECIMAL(18,2)) AS allocated,
         CAST(COALESCE(mf.paid, 0) AS DECIMAL(18,2)) AS paid
  FROM first_event fe
  JOIN ${schema}.calendar_month c ON c.month_end >= fe.first_date
  LEFT JOIN ${schema}.ledger_month mf ON mf.fund_code = fe.fund_code AND mf.region_code = fe.region_code
   AND mf.year = c.year AND mf.month = c.month
),
month_running AS (
  SELECT m.*,
         SUM(received - issued_down - paid) OVER (PARTITION BY fund_code, region_code ORDER BY year, month
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance,
         SUM(received) OVER (PARTITION BY fund_code, region_code, year ORDER BY month
                             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ytd_received,
         SUM(issued_down) OVER (PARTITION BY fund_code, region_code, year ORDER BY month
                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ytd_issued_down,
         SUM(allocated) OVER (PARTITION BY fund_code, region_code, year ORDER BY month
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ytd_allocated,
         SUM(paid) OVER (PARTITION BY fund_code, region_code, year ORDER BY month
                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ytd_paid,
         ROW_NUMBER() OVER (PARTITION BY fund_code, region_code, year ORDER BY month DESC) AS from_year_end
  FROM month_row m
),
period AS (
  SELECT fund_code, region_code, year, month, received, issued_down, allocated, paid, balance,
         ytd_received, ytd_issued_down, ytd_paid
  FROM month_running
  UNION ALL
  -- the year's row is its last month's running totals: month_row has every month of the year up to D, so
  -- they are the year's sums (one pass over the months; a GROUP BY joined back read them all twice)
  SELECT fund_code, region_code, year, CAST(NULL AS INTEGER), ytd_received, ytd_issued_down, ytd_allocated, ytd_paid,
         balance, ytd_received, ytd_issued_down, ytd_paid
  FROM month_running
  WHERE from_year_end = 1
),
open_warning AS (
  -- v1.2: warnings that hit as of D (not those listed only because they were dispatched) and are not closed
  SELECT fund_code, region_code, COUNT(*) AS open_warnings FROM ${schema}.warnings
  WHERE hit AND status NOT IN ('confirmed_normal', 'rectified')
  GROUP BY fund_code, region_code
)
SELECT p.fund_code, p.region_code, p.year, p.month,
       CAST(p.received AS DECIMAL(18,2)) AS received, CAST(p.issued_down AS DECIMAL(18,2)) AS issued_down,
       CAST(p.allocated AS DECIMAL(18,2)) AS allocated, CAST(p.paid AS DECIMAL(18,2)) AS paid,
       CAST(p.balance AS DECIMAL(18,2)) AS balance,
       CAST(CASE WHEN p.ytd_received > 0
                 THEN ft_divide_half_up(CAST(p.ytd_issued_down * 100 AS DECIMAL(38,0)) * 10000,
                                        CAST(p.ytd_received * 100 AS DECIMAL(38,0))) * 0.0001 END AS DECIMAL(18,4)) AS issue_progress,
       CAST(CASE WHEN p.ytd_received - p.ytd_issued_down > 0
                 THEN ft_divide_half_up(CAST(p.ytd_paid * 100 AS DECIMAL(38,0)) * 10000,
                                        CAST((p.ytd_received - p.ytd_issued_down) * 100 AS DECIMAL(38,0))) * 0.0001 END AS DECIMAL(18,4)) AS spend_progress,
       COALESCE(w.open_warnings, 0) AS open_warnings,
       r.level AS region_level, r.prefecture_code, r.province_code, f.department, f.classified
FROM period p
LEFT JOIN open_warning w ON w.fund_code = p.fund_code AND w.region_code = p.region_code
LEFT JOIN model.dim_region r ON r.region_code = p.region_code
LEFT JOIN model.dim_fund f ON f.fund_code = p.fund_code
