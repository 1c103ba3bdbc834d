-- The counties in scope ranked by 短进度 (time progress minus spend progress, year to date at the
-- report month's end; the worst first), with up to three funds that lag most there by more than the
-- lag. Parameters: the lag (a ratio, report_lag_points) and how many counties are listed.
WITH fund_lag AS (
  -- short progress > lag  <=>  received * month - paid * 12 > lag * received * 12 (no division)
  SELECT l.region_code, f.name,
         ROW_NUMBER() OVER (PARTITION BY l.region_code
                            ORDER BY (l.cumulative_received * d.month - l.cumulative_paid * 12) / (l.cumulative_received * 12) DESC,
                                     l.fund_code) AS position
  FROM scope_county_fund_progress l JOIN scope_fund f ON f.fund_code = l.fund_code CROSS JOIN report_period d
  WHERE l.cumulative_received > 0
    AND l.cumulative_received * d.month - l.cumulative_paid * 12 > CAST(? AS DECIMAL(9,4)) * l.cumulative_received * 12)
SELECT r.name AS "县", p.name AS "所属地区",
       c.received AS "到位资金(万元)", c.paid AS "支出(万元)",
       c.paid AS "支出进度(%)|num", c.received AS "支出进度(%)|den",
       c.received * d.month - c.paid * 12 AS "短进度(%)|num", c.received * 12 AS "短进度(%)|den",
       COALESCE((SELECT string_agg(g.name, '、' ORDER BY g.position) FROM fund_lag g
                 WHERE g.region_code = c.region_code AND g.position <= 3), '—') AS "落后最多的资金"
FROM scope_county_progress c
CROSS JOIN report_period d
JOIN model.dim_region r ON r.region_code = c.region_code
LEFT JOIN model.dim_region p ON p.region_code = r.parent_code
ORDER BY (c.received * d.month - c.paid * 12) / (c.received * 12) DESC, c.region_code
LIMIT CAST(? AS INTEGER)
