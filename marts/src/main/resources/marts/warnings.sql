-- Every rule hit as of D, with its stable warning_id (rules.md), the fund's department and the status
-- of the latest rectification dated <= D (default open).
WITH hit AS (
  SELECT * FROM ${schema}.rule_issue_overdue
  UNION ALL SELECT * FROM ${schema}.rule_carryover
  UNION ALL SELECT * FROM ${schema}.rule_surplus_recovery
  UNION ALL SELECT * FROM ${schema}.rule_no_performance_target
  UNION ALL SELECT * FROM ${schema}.rule_target_shortfall
  UNION ALL SELECT * FROM ${schema}.rule_out_of_scope
  UNION ALL SELECT * FROM ${schema}.rule_deep_poverty_growth_lag
  UNION ALL SELECT * FROM ${schema}.rule_reconciliation
  UNION ALL SELECT * FROM ${schema}.rule_idle_funds
  UNION ALL SELECT * FROM ${schema}.rule_overspend
  UNION ALL SELECT * FROM ${schema}.rule_paid_before_received
  UNION ALL SELECT * FROM ${schema}.rule_duplicate_payee
  UNION ALL SELECT * FROM ${schema}.rule_doc_not_attached
),
identified AS (
  SELECT h.*, ft_sha16(h.rule || '|' || h.business_key) AS warning_id FROM hit h
),
latest_rectification AS (
  SELECT warning_id, status,
         ROW_NUMBER() OVER (PARTITION BY warning_id ORDER BY at_date DESC, status) AS position
  FROM model.fact_rectification WHERE at_date <= ${as_of}
)
SELECT h.warning_id, h.rule, h.level, h.fiscal_year, h.fund_code, h.region_code, h.project_id,
       h.indicator_id, h.payment_id, h.amount, h.days, h.reason, f.department, h.handler_id, h.reviewer_id,
       COALESCE(lr.status, 'open') AS status, h.evidence, ${as_of} AS as_of,
       r.prefecture_code, r.province_code, f.classified, h.payee_id
FROM identified h
LEFT JOIN model.dim_fund f ON f.fund_code = h.fund_code
LEFT JOIN model.dim_region r ON r.region_code = h.region_code
LEFT JOIN latest_rectification lr ON lr.warning_id = h.warning_id AND lr.position = 1
