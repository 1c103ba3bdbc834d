-- SURPLUS_RECOVERY (seed rule 2): first form, money of I unspent two years on (结余, to be
-- recovered); second form, money allocated from I to a project that has ended and was never paid.
SELECT 'SURPLUS_RECOVERY' AS rule, 'orange' AS level, s.fiscal_year, s.fund_code, s.recipient_region AS region_code,
       CAST(NULL AS STRING) AS project_id, s.indicator_id, CAST(NULL AS STRING) AS payment_id,
       s.balance AS amount, CAST(NULL AS INTEGER) AS days, CAST(NULL AS STRING) AS reason,
       s.handler_id, s.reviewer_id, 'indicator:' || s.indicator_id AS evidence,
       s.indicator_id AS business_key, CAST(NULL AS STRING) AS payee_id
FROM ${schema}.indicator_state s
WHERE s.balance > 0 AND ${as_of} >= make_date(s.fiscal_year + 1, 12, 31)
UNION ALL
SELECT 'SURPLUS_RECOVERY', 'orange', i.fiscal_year, i.fund_code, pr.county_code,
       left_over.project_id, left_over.indicator_id, CAST(NULL AS STRING),
       CAST(left_over.allocated - left_over.paid AS DECIMAL(18,2)), CAST(NULL AS INTEGER), 'project_ended',
       i.handler_id, i.reviewer_id,
       'indicator:' || left_over.indicator_id || ';project:' || left_over.project_id,
       left_over.indicator_id || '|' || left_over.project_id, CAST(NULL AS STRING)
FROM (SELECT flow.indicator_id, flow.project_id, SUM(flow.allocated) AS allocated, SUM(flow.paid) AS paid
      FROM (SELECT indicator_id, project_id, amount AS allocated, 0 AS paid
            FROM model.fact_allocation WHERE alloc_date <= ${as_of}
            UNION ALL
            SELECT indicator_id, project_id, 0, amount
            FROM model.fact_payment WHERE pay_date <= ${as_of} AND project_id IS NOT NULL) flow
      GROUP BY flow.indicator_id, flow.project_id) left_over
JOIN ${schema}.project_state pr ON pr.project_id = left_over.project_id AND pr.ended
JOIN model.fact_indicator i ON i.indicator_id = left_over.indicator_id
WHERE left_over.allocated - left_over.paid > 0
