-- RECONCILIATION (seed §三(一)3): indicator and treasury transfer disagree; the comparison itself
-- (both directions, grace days) is the reconciliation mart.
SELECT 'RECONCILIATION' AS rule, 'orange' AS level, r.fiscal_year, r.fund_code, r.to_region AS region_code,
       CAST(NULL AS STRING) AS project_id, r.indicator_id, CAST(NULL AS STRING) AS payment_id,
       CAST(CASE WHEN r.status = 'amount_mismatch' THEN abs(r.difference)
                 WHEN r.status = 'missing_transfer' THEN r.indicator_amount
                 ELSE r.transfer_amount END AS DECIMAL(18,2)) AS amount,
       CAST(NULL AS INTEGER) AS days, r.status AS reason,
       i.handler_id, i.reviewer_id, r.evidence,
       r.doc_no_normalised || '|' || r.fund_code || '|' || r.from_region || '|' || r.to_region AS business_key,
       CAST(NULL AS STRING) AS payee_id
FROM ${schema}.reconciliation r
LEFT JOIN model.fact_indicator i ON i.indicator_id = r.indicator_id
WHERE r.status IN ('amount_mismatch', 'missing_transfer', 'transfer_without_indicator')
