-- Every project of the library with what reached it up to D: allocations and payments dated <= D,
-- whether it has ended at D, and the indicator of its first allocation (by alloc_date, then
-- allocation_id), or of its first payment (by pay_date, then payment_id) when it has no allocation.
--
-- Speed (marts/README.md "Speed"): the first payment is found by groups, not by numbering every payment
-- of a project in a window: the first pay_date of each project (with the count and sum, one pass), then
-- the smallest payment_id among that day's payments (a join on the small result); payment_id is the key
-- of payments, so min_by(indicator_id, payment_id) is that payment's indicator.
WITH allocation_total AS (
  SELECT project_id, COUNT(*) AS allocation_count, SUM(amount) AS allocated, MIN(alloc_date) AS first_date
  FROM model.fact_allocation WHERE alloc_date <= ${as_of} GROUP BY project_id
),
first_allocation AS (
  SELECT a.project_id, MIN(a.allocation_id) AS allocation_id, min_by(a.indicator_id, a.allocation_id) AS indicator_id
  FROM model.fact_allocation a
  JOIN allocation_total t ON t.project_id = a.project_id AND t.first_date = a.alloc_date
  GROUP BY a.project_id
),
payment_total AS (
  SELECT project_id, COUNT(*) AS payment_count, SUM(amount) AS paid, MIN(pay_date) AS first_date
  FROM model.fact_payment WHERE pay_date <= ${as_of} GROUP BY project_id
),
first_payment AS (
  SELECT p.project_id, MIN(p.payment_id) AS payment_id, min_by(p.indicator_id, p.payment_id) AS indicator_id
  FROM model.fact_payment p
  JOIN payment_total t ON t.project_id = p.project_id AND t.first_date = p.pay_date
  GROUP BY p.project_id
)
SELECT pr.project_id, pr.county_code, pr.status, pr.end_date,
       CASE WHEN pr.status IN ('完工', '终止') AND (pr.end_date IS NULL OR pr.end_date <= ${as_of})
            THEN TRUE ELSE FALSE END AS ended,
       a.allocation_count, a.allocated, p.payment_count, p.paid,
       COALESCE(fa.indicator_id, fp.indicator_id) AS first_indicator_id,
       CASE WHEN fa.indicator_id IS NOT NULL THEN 'allocation:' || fa.allocation_id
            WHEN fp.indicator_id IS NOT NULL THEN 'payment:' || fp.payment_id END AS first_evidence
FROM model.dim_project pr
LEFT JOIN allocation_total a ON a.project_id = pr.project_id
LEFT JOIN payment_total p ON p.project_id = pr.project_id
LEFT JOIN first_allocation fa ON fa.project_id = pr.project_id
LEFT JOIN first_payment fp ON fp.project_id = pr.project_id
