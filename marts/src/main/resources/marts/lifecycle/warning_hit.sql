-- Every rule hit as of D with its stable warning_id (rules.md "Grain and fields of each hit"), the
-- fund's department and the region's prefecture and province: the warnings before their lifecycle.
-- The monthly cycle records these rows at each month end (audit.warning_month_end_hits).
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
)
-- Types as the dispatch record stores them, so a live hit and a recorded one have the same columns.
SELECT ft_sha16(h.rule || '|' || h.business_key) AS warning_id, h.rule, h.level,
       CAST(h.fiscal_year AS INTEGER) AS fiscal_year, h.fund_code, h.region_code, h.project_id,
       h.indicator_id, h.payment_id, CAST(h.amount AS DECIMAL(18,2)) AS amount, CAST(h.days AS INTEGER) AS days,
       h.reason, f.department, h.handler_id, h.reviewer_id, h.evidence,
       r.prefecture_code, r.province_code, f.classified, h.payee_id
FROM hit h
LEFT JOIN model.dim_fund f ON f.fund_code = h.fund_code
LEFT JOIN model.dim_region r ON r.region_code = h.region_code
