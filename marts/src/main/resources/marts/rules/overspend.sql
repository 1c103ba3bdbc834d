-- OVERSPEND (超支): payments of I beyond what I could pay after issuing down.
SELECT 'OVERSPEND' AS rule, 'orange' AS level, s.fiscal_year, s.fund_code, s.recipient_region AS region_code,
       CAST(NULL AS STRING) AS project_id, s.indicator_id, CAST(NULL AS STRING) AS payment_id,
       CAST(s.paid - (s.poverty_amount - s.issued_down) AS DECIMAL(18,2)) AS amount,
       CAST(NULL AS INTEGER) AS days, CAST(NULL AS STRING) AS reason,
       s.handler_id, s.reviewer_id, 'indicator:' || s.indicator_id AS evidence,
       s.indicator_id AS business_key, CAST(NULL AS STRING) AS payee_id
FROM ${schema}.indicator_state s
WHERE s.paid > s.poverty_amount - s.issued_down
