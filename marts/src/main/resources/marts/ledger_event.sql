-- The master ledger's detail rows (rules.md 总台账): every money movement dated <= D, booked to the
-- fund and region it concerns, with the date that places it in a period.
SELECT i.fund_code, i.recipient_region AS region_code, i.receipt_date AS event_date,
       'indicator:' || i.indicator_id AS source, i.poverty_amount AS received, CAST(0 AS DECIMAL(18,2)) AS issued_down,
       CAST(0 AS DECIMAL(18,2)) AS allocated, CAST(0 AS DECIMAL(18,2)) AS paid
FROM model.fact_indicator i WHERE i.doc_date <= ${as_of} AND i.receipt_date <= ${as_of}
UNION ALL
-- An indicator without a parent is the issuer's own budget: received by the issuer on its doc_date.
SELECT i.fund_code, i.issuer_region, i.doc_date, 'budget:' || i.indicator_id, i.poverty_amount, 0, 0, 0
FROM model.fact_indicator i
WHERE i.doc_date <= ${as_of} AND i.parent_indicator_id IS NULL AND i.issuer_region <> i.recipient_region
UNION ALL
-- v1.2: an indicator a region issues to itself (its own matching funds, say) is received, never issued down.
SELECT i.fund_code, i.issuer_region, i.doc_date, 'issued:' || i.indicator_id, 0, i.poverty_amount, 0, 0
FROM model.fact_indicator i WHERE i.doc_date <= ${as_of} AND i.issuer_region <> i.recipient_region
UNION ALL
SELECT i.fund_code, i.recipient_region, a.alloc_date, 'allocation:' || a.allocation_id, 0, 0, a.amount, 0
FROM model.fact_allocation a JOIN model.fact_indicator i ON i.indicator_id = a.indicator_id
WHERE a.alloc_date <= ${as_of}
UNION ALL
SELECT i.fund_code, i.recipient_region, p.pay_date, 'payment:' || p.payment_id, 0, 0, 0, p.amount
FROM model.fact_payment p JOIN model.fact_indicator i ON i.indicator_id = p.indicator_id
WHERE p.pay_date <= ${as_of}
