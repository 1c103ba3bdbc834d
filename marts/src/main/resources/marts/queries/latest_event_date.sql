-- The drop's last event date: the default as-of of every build.
SELECT MAX(d) FROM (
  SELECT MAX(doc_date) AS d FROM model.fact_indicator
  UNION ALL SELECT MAX(received_date) FROM model.fact_indicator
  UNION ALL SELECT MAX(alloc_date) FROM model.fact_allocation
  UNION ALL SELECT MAX(pay_date) FROM model.fact_payment
  UNION ALL SELECT MAX(transfer_date) FROM model.fact_treasury_transfer
  UNION ALL SELECT MAX(as_of) FROM model.fact_performance_actual
  UNION ALL SELECT MAX(at_date) FROM model.fact_rectification
) event_date
