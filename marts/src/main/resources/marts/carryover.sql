-- Every indicator with a balance > 0 at D, aged by fiscal year: 结转 after one year, 结余 after two.
SELECT s.indicator_id, s.fund_code, s.fiscal_year, s.recipient_region AS region_code,
       s.recipient_level AS region_level, r.prefecture_code, s.poverty_amount, s.issued_down, s.paid,
       s.balance, year(${as_of}) - s.fiscal_year AS age_years,
       CASE WHEN ${as_of} >= make_date(s.fiscal_year + 1, 12, 31) THEN 'surplus'
            WHEN ${as_of} >= make_date(s.fiscal_year, 12, 31) THEN 'carryover'
            ELSE 'current' END AS age_band,
       f.department, f.classified
FROM ${schema}.indicator_state s
LEFT JOIN model.dim_region r ON r.region_code = s.recipient_region
LEFT JOIN model.dim_fund f ON f.fund_code = s.fund_code
WHERE s.balance > 0
