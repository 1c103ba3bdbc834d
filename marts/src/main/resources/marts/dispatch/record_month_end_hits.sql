-- Every warning hitting at the month end E (${as_of}), row as it is: the fields a dispatched warning is
-- listed with once it no longer hits.
INSERT INTO audit.warning_month_end_hits (month_end, warning_id, rule, level, fiscal_year, fund_code, region_code,
  project_id, indicator_id, payment_id, amount, days, reason, department, handler_id, reviewer_id, evidence,
  prefecture_code, province_code, classified, payee_id)
SELECT ${as_of}, h.warning_id, h.rule, h.level, h.fiscal_year, h.fund_code, h.region_code,
       h.project_id, h.indicator_id, h.payment_id, h.amount, h.days, h.reason, h.department, h.handler_id, h.reviewer_id, h.evidence,
       h.prefecture_code, h.province_code, h.classified, h.payee_id
FROM ${schema}.warning_hit h
