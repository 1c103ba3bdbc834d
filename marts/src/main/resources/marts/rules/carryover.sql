-- CARRYOVER (seed rule 2): money of I still unspent once its fiscal year has ended, and not yet
-- two years old (that is SURPLUS_RECOVERY's first form).
SELECT 'CARRYOVER' AS rule, 'yellow' AS level, s.fiscal_year, s.fund_code, s.recipient_region AS region_code,
       CAST(NULL AS STRING) AS project_id, s.indicator_id, CAST(NULL AS STRING) AS payment_id,
       s.balance AS amount, CAST(NULL AS INTEGER) AS days, CAST(NULL AS STRING) AS reason,
       s.handler_id, s.reviewer_id, 'indicator:' || s.indicator_id AS evidence,
       s.indicator_id AS business_key, CAST(NULL AS STRING) AS payee_id
FROM ${schema}.indicator_state s
WHERE s.balance > 0 AND ${as_of} >= make_date(s.fiscal_year, 12, 31)
  AND ${as_of} < make_date(s.fiscal_year + 1, 12, 31)
