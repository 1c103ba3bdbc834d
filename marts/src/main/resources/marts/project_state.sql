-- Every project of the library with what reached it up to D: allocations and payments dated <= D,
-- whether it has ended at D, and the indicator of its first allocation (by alloc_date, then
-- allocation_id), or of its first payment (by pay_date, then payment_id) when it has no allocation.
SELECT pr.project_id, pr.county_code, pr.status, pr.end_date,
       CASE WHEN pr.status IN ('完工', '终止') AND (pr.end_date IS NULL OR pr.end_date <= ${as_of})
            THEN TRUE ELSE FALSE END AS ended,
       a.allocation_count, a.allocated, p.payment_count, p.paid,
       COALESCE(fa.indicator_id, fp.indicator_id) AS first_indicator_id,
       CASE WHEN fa.indicator_id IS NOT NULL THEN 'allocation:' || fa.allocation_id
            WHEN fp.indicator_id IS NOT NULL THEN 'payment:' || fp.payment_id END AS first_evidence
FROM model.dim_project pr
LEFT JOIN (SELECT project_id, COUNT(*) AS allocation_count, SUM(amount) AS allocated
           FROM model.fact_allocation WHERE alloc_date <= ${as_of} GROUP BY project_id) a
       ON a.project_id = pr.project_id
LEFT JOIN (SELECT project_id, COUNT(*) AS payment_count, SUM(amount) AS paid
           FROM model.fact_payment WHERE pay_date <= ${as_of} GROUP BY project_id) p
       ON p.project_id = pr.project_id
LEFT JOIN (SELECT project_id, indicator_id, allocation_id,
                  ROW_NUMBER() OVER (PARTITION BY project_id ORDER BY alloc_date, allocation_id) AS position
           FROM model.fact_allocation WHERE alloc_date <= ${as_of}) fa
       ON fa.project_id = pr.project_id AND fa.position = 1
LEFT JOIN (SELECT project_id, indicator_id, payment_id,
                  ROW_NUMBER() OVER (PARTITION BY project_id ORDER BY pay_date, payment_id) AS position
           FROM model.fact_payment WHERE pay_date <= ${as_of}) fp
       ON fp.project_id = pr.project_id AND fp.position = 1
