-- TARGET_SHORTFALL (seed rule 3): an ended project whose latest actual misses a target's
-- completion minimum; the judgement itself is in the performance mart.
SELECT 'TARGET_SHORTFALL' AS rule, 'yellow' AS level, i.fiscal_year, i.fund_code, pr.county_code AS region_code,
       pr.project_id, pr.first_indicator_id AS indicator_id, CAST(NULL AS STRING) AS payment_id,
       CAST(COALESCE(pr.allocated, 0) AS DECIMAL(18,2)) AS amount,
       CAST(NULL AS INTEGER) AS days, short.target_ids AS reason,
       i.handler_id, i.reviewer_id, 'project:' || pr.project_id AS evidence,
       pr.project_id AS business_key, CAST(NULL AS STRING) AS payee_id
FROM (SELECT project_id, ft_join_sorted(target_id) AS target_ids
      FROM ${schema}.performance
      WHERE project_ended AND met = FALSE
      GROUP BY project_id) short
JOIN ${schema}.project_state pr ON pr.project_id = short.project_id
LEFT JOIN model.fact_indicator i ON i.indicator_id = pr.first_indicator_id
