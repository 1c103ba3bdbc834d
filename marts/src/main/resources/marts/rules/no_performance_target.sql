-- NO_PERFORMANCE_TARGET (seed rule 3): a project of the library that received money without any
-- performance target to judge it by.
SELECT 'NO_PERFORMANCE_TARGET' AS rule, 'orange' AS level, i.fiscal_year, i.fund_code, pr.county_code AS region_code,
       pr.project_id, pr.first_indicator_id AS indicator_id, CAST(NULL AS STRING) AS payment_id,
       CAST(CASE WHEN pr.allocation_count > 0 THEN pr.allocated ELSE pr.paid END AS DECIMAL(18,2)) AS amount,
       CAST(NULL AS INTEGER) AS days, CAST(NULL AS STRING) AS reason,
       i.handler_id, i.reviewer_id, 'project:' || pr.project_id || ';' || pr.first_evidence AS evidence,
       pr.project_id AS business_key, CAST(NULL AS STRING) AS payee_id
FROM ${schema}.project_state pr
LEFT JOIN model.fact_indicator i ON i.indicator_id = pr.first_indicator_id
WHERE (pr.allocation_count > 0 OR pr.payment_count > 0)
  AND NOT EXISTS (SELECT 1 FROM model.fact_performance_target t WHERE t.project_id = pr.project_id)
