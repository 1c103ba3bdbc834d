SELECT 'payment' AS fact, p.payment_id AS id, 'indicator_id' AS column_name FROM model.fact_payment p
LEFT JOIN model.fact_indicator i ON i.indicator_id = p.indicator_id WHERE i.indicator_id IS NULL
UNION ALL
SELECT 'allocation', a.allocation_id, 'indicator_id' FROM model.fact_allocation a
LEFT JOIN model.fact_indicator i ON i.indicator_id = a.indicator_id WHERE i.indicator_id IS NULL
UNION ALL
SELECT 'indicator', i.indicator_id, 'fund_code' FROM model.fact_indicator i
LEFT JOIN model.dim_fund f ON f.fund_code = i.fund_code WHERE f.fund_code IS NULL
UNION ALL
SELECT 'indicator', i.indicator_id, 'recipient_region' FROM model.fact_indicator i
LEFT JOIN model.dim_region r ON r.region_code = i.recipient_region WHERE r.region_code IS NULL
UNION ALL
SELECT 'payment', p.payment_id, 'fund_code' FROM model.fact_payment p
LEFT JOIN model.dim_fund f ON f.fund_code = p.fund_code WHERE f.fund_code IS NULL
