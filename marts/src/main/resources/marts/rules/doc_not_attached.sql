-- DOC_NOT_ATTACHED (seed §三(二)4): a received indicator without its scanned document.
SELECT 'DOC_NOT_ATTACHED' AS rule, 'blue' AS level, s.fiscal_year, s.fund_code, s.recipient_region AS region_code,
       CAST(NULL AS STRING) AS project_id, s.indicator_id, CAST(NULL AS STRING) AS payment_id,
       s.poverty_amount AS amount, CAST(NULL AS INTEGER) AS days, CAST(NULL AS STRING) AS reason,
       s.handler_id, s.reviewer_id, 'indicator:' || s.indicator_id AS evidence,
       s.indicator_id AS business_key, CAST(NULL AS STRING) AS payee_id
FROM ${schema}.indicator_state s
WHERE s.receipt_date <= ${as_of} AND (s.attachment IS NULL OR s.attachment = '')
