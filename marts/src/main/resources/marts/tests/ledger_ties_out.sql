-- The month rows summed over all periods against the facts themselves (not the ledger's own events).
WITH ledger_total AS (
  SELECT SUM(received) AS received, SUM(issued_down) AS issued_down, SUM(allocated) AS allocated, SUM(paid) AS paid
  FROM ${schema}.ledger WHERE month IS NOT NULL
),
fact_total AS (
  SELECT (SELECT COALESCE(SUM(poverty_amount), 0) FROM model.fact_indicator
          WHERE doc_date <= ${as_of} AND receipt_date <= ${as_of})
       + (SELECT COALESCE(SUM(poverty_amount), 0) FROM model.fact_indicator
          WHERE doc_date <= ${as_of} AND parent_indicator_id IS NULL AND issuer_region <> recipient_region) AS received,
         (SELECT COALESCE(SUM(poverty_amount), 0) FROM model.fact_indicator
          WHERE doc_date <= ${as_of} AND issuer_region <> recipient_region) AS issued_down,
         (SELECT COALESCE(SUM(a.amount), 0) FROM model.fact_allocation a
          JOIN model.fact_indicator i ON i.indicator_id = a.indicator_id WHERE a.alloc_date <= ${as_of}) AS allocated,
         (SELECT COALESCE(SUM(p.amount), 0) FROM model.fact_payment p
          JOIN model.fact_indicator i ON i.indicator_id = p.indicator_id WHERE p.pay_date <= ${as_of}) AS paid
),
last_balance AS (
  SELECT COALESCE(SUM(balance), 0) AS balance FROM (
    SELECT balance, ROW_NUMBER() OVER (PARTITION BY fund_code, region_code ORDER BY year DESC, month DESC) AS position
    FROM ${schema}.ledger WHERE month IS NOT NULL) last_month
  WHERE position = 1
)
SELECT l.received, f.received AS fact_received, l.issued_down, f.issued_down AS fact_issued_down,
       l.allocated, f.allocated AS fact_allocated, l.paid, f.paid AS fact_paid, b.balance
FROM ledger_total l CROSS JOIN fact_total f CROSS JOIN last_balance b
WHERE COALESCE(l.received, 0) <> f.received OR COALESCE(l.issued_down, 0) <> f.issued_down
   OR COALESCE(l.allocated, 0) <> f.allocated OR COALESCE(l.paid, 0) <> f.paid
   OR b.balance <> f.received - f.issued_down - f.paid
