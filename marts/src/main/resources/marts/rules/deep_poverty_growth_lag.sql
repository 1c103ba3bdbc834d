-- DEEP_POVERTY_GROWTH_LAG (seed rule 5): the deep-poverty counties' share of a central fund grew
-- slower than all counties' (the comparison is the deep_poverty_growth mart).
SELECT 'DEEP_POVERTY_GROWTH_LAG' AS rule, 'orange' AS level, g.fiscal_year, g.fund_code,
       g.province_code AS region_code, CAST(NULL AS STRING) AS project_id, CAST(NULL AS STRING) AS indicator_id,
       CAST(NULL AS STRING) AS payment_id, g.shortfall AS amount, CAST(NULL AS INTEGER) AS days,
       CAST(NULL AS STRING) AS reason, CAST(NULL AS STRING) AS handler_id, CAST(NULL AS STRING) AS reviewer_id,
       'fund:' || g.fund_code || ';province:' || g.province_code || ';year:' || CAST(g.fiscal_year AS STRING) AS evidence,
       g.fund_code || '|' || g.province_code || '|' || CAST(g.fiscal_year AS STRING) AS business_key,
       CAST(NULL AS STRING) AS payee_id
FROM ${schema}.deep_poverty_growth g
WHERE g.lagging
