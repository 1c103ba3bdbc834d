-- IDLE_FUNDS (闲置): a county indicator received ${idle_days} days ago or more, with money left and
-- not a single payment yet.
SELECT 'IDLE_FUNDS' AS rule, 'yellow' AS level, s.fiscal_year, s.fund_code, s.recipient_region AS region_code,
       CAST(NULL AS STRING) AS project_id, s.indicator_id, CAST(NULL AS STRING) AS payment_id,
       s.balance AS amount, CAST(NULL AS INTEGER) AS days, CAST(NULL AS STRING) AS reason,
       s.handler_id, s.reviewer_id, 'indicator:' || s.indicator_id AS evidence,
       s.indicator_id AS business_key, CAST(NULL AS STRING) AS payee_id
FROM ${schema}.indicator_state s
WHERE s.recipient_level = 'county' AND ft_days_between(s.receipt_date, ${as_of}) >= ${idle_days}
  AND s.balance > 0 AND s.payment_count = 0
