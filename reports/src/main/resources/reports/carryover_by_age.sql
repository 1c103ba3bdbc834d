-- Balances at the month's end by age: current year, 结转 (one year), 结余 (two years or more).
SELECT CASE c.age_band WHEN 'current' THEN '当年' WHEN 'carryover' THEN '结转（1年）' ELSE '结余（2年以上）' END
         AS "账龄",
       COUNT(*) AS "指标(个)", SUM(c.balance) AS "结存(万元)"
FROM marts.carryover c
JOIN scope_region s ON s.region_code = c.region_code
JOIN scope_fund f ON f.fund_code = c.fund_code
GROUP BY c.age_band
ORDER BY CASE c.age_band WHEN 'current' THEN 1 WHEN 'carryover' THEN 2 ELSE 3 END
