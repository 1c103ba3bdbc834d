-- How many counties in scope had money year to date, and how many of them lag time progress by more
-- than the lag (report_lag_points): received * month - paid * 12 > lag * received * 12, no division.
SELECT COUNT(*) AS "有到位资金的县(个)",
       COUNT(*) FILTER (WHERE c.received * d.month - c.paid * 12 > CAST(? AS DECIMAL(9,4)) * c.received * 12)
         AS "落后超过阈值的县(个)"
FROM scope_county_progress c CROSS JOIN report_period d
