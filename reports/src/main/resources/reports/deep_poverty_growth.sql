-- Rule 5 per central fund for the provinces in scope: deep-poverty counties' growth against the
-- fund's growth over all counties, for the last complete year (the report year in December).
SELECT g.fiscal_year AS "年度", g.fund_code AS "资金代码", f.name AS "资金名称",
       g.growth_all AS "全部县增幅(%)", g.growth_deep AS "深度贫困县增幅(%)", g.gap AS "差距(%)",
       g.shortfall AS "少安排(万元)",
       CASE WHEN g.skipped_reason IS NOT NULL THEN '不适用' WHEN g.lagging THEN '低于平均' ELSE '不低于平均' END
         AS "结论"
FROM marts.deep_poverty_growth g
JOIN scope_region s ON s.region_code = g.province_code
JOIN scope_fund f ON f.fund_code = g.fund_code
JOIN report_period d ON g.fiscal_year = CASE WHEN d.month = 12 THEN d.year ELSE d.year - 1 END
WHERE f.detail_visible
ORDER BY g.fund_code
