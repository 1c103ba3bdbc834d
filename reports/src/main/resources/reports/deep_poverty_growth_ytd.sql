-- rules.md v1.2, deep-poverty growth so far this year, per central fund for the provinces in scope:
-- the report year's indicators dated by the month's end against last year's by the same day.
SELECT g.fund_code AS "资金代码", f.name AS "资金名称",
       g.all_current AS "全部县本年(万元)", g.all_previous AS "全部县上年同期(万元)",
       g.growth_all AS "全部县增幅(%)", g.growth_deep AS "深度贫困县增幅(%)", g.gap AS "差距(%)",
       CASE WHEN g.skipped_reason IS NOT NULL THEN '不适用' WHEN g.lagging THEN '低于平均' ELSE '不低于平均' END
         AS "结论"
FROM marts.deep_poverty_growth_ytd g
JOIN scope_region s ON s.region_code = g.province_code
JOIN scope_fund f ON f.fund_code = g.fund_code
JOIN report_period d ON g.fiscal_year = d.year
WHERE f.detail_visible
ORDER BY g.fund_code
