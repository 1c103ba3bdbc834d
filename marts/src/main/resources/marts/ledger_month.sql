-- The master ledger's flows (rules.md 总台账) per fund, region and calendar month, dated <= D: every
-- money movement booked to the fund and region it concerns, summed over the month it falls in, with
-- the date of the month's first movement. The detail rows are the facts themselves (model.fact_*):
-- each cell is the sum of the rows each branch below selects.
WITH event AS (
  SELECT i.fund_code, i.recipient_region AS region_code, i.receipt_date AS event_date,
         i.poverty_amount AS received, CAST(0 AS DECIMAL(18,2)) AS issued_down,
         CAST(0 AS DECIMAL(18,2)) AS allocated, CAST(0 AS DECIMAL(18,2)) AS paid
  FROM model.fact_indicator i WHERE i.doc_date <= ${as_of} AND i.receipt_date <= ${as_of}
  UNION ALL
  -- An indicator without a parent is the issuer's own budget: received by the issuer on its doc_date.
  SELECT i.fund_code, i.issuer_region, i.doc_date, i.poverty_amount, 0, 0, 0
  FROM model.fact_indicator i
  WHERE i.doc_date <= ${as_of} AND i.parent_indicator_id IS NULL AND i.issuer_region <> i.recipient_region
  UNION ALL
  -- v1.2: an indicator a region issues to itself (its own matching funds, say) is received, never issued down.
  SELECT i.fund_code, i.issuer_region, i.doc_date, 0, i.poverty_amount, 0, 0
  FROM model.fact_indicator i WHERE i.doc_date <= ${as_of} AND i.issuer_region <> i.recipient_region
  UNION ALL
  SELECT i.fund_code, i.recipient_region, a.alloc_date, 0, 0, a.amount, 0
  FROM model.fact_allocation a JOIN model.fact_indicator i ON i.indicator_id = a.indicator_id
  WHERE a.alloc_date <= ${as_of}
  UNION ALL
  -- payments, already summed per month: the month's first pay_date stands for them
  SELECT fund_code, region_code, first_date, 0, 0, 0, paid FROM ${schema}.payment_month
)
SELECT fund_code, region_code, year(event_date) AS year, month(event_date) AS month,
       MIN(event_date) AS first_date,
       CAST(SUM(received) AS DECIMAL(18,2)) AS received, CAST(SUM(issued_down) AS DECIMAL(18,2)) AS issued_down,
       CAST(SUM(allocated) AS DECIMAL(18,2)) AS allocated, CAST(SUM(paid) AS DECIMAL(18,2)) AS paid
FROM event
GROUP BY fund_code, region_code, year(event_date), month(event_date)
