-- Every indicator dated <= D with its balance at D (rules.md Words): poverty_amount minus the
-- poverty share issued down to children dated <= D minus every payment of it dated <= D.
SELECT i.indicator_id, i.fiscal_year, i.fund_code, i.issuer_region, i.recipient_region,
       r.level AS recipient_level, i.amount, i.poverty_amount, i.doc_date, i.receipt_date,
       i.exempt, i.attachment, i.handler_id, i.reviewer_id,
       COALESCE(c.issued_down, 0) AS issued_down,
       COALESCE(p.paid, 0) AS paid,
       COALESCE(p.payment_count, 0) AS payment_count,
       CAST(i.poverty_amount - COALESCE(c.issued_down, 0) - COALESCE(p.paid, 0) AS DECIMAL(18,2)) AS balance
FROM model.fact_indicator i
LEFT JOIN model.dim_region r ON r.region_code = i.recipient_region
LEFT JOIN (SELECT parent_indicator_id, SUM(poverty_amount) AS issued_down
           FROM model.fact_indicator
           WHERE doc_date <= ${as_of} AND parent_indicator_id IS NOT NULL
           GROUP BY parent_indicator_id) c ON c.parent_indicator_id = i.indicator_id
LEFT JOIN (SELECT indicator_id, SUM(amount) AS paid, COUNT(*) AS payment_count
           FROM model.fact_payment
           WHERE pay_date <= ${as_of}
           GROUP BY indicator_id) p ON p.indicator_id = i.indicator_id
WHERE i.doc_date <= ${as_of}
