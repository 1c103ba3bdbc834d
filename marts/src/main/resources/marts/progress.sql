-- Progress of a region's subtree (R and everything below it) per fund and month, for leadership:
-- money that entered the subtree (from above, or a budget of its own) against what it paid.
WITH entered AS (
  SELECT i.fund_code, a.ancestor_code AS region_code, year(i.receipt_date) AS year, month(i.receipt_date) AS month,
         i.receipt_date AS first_date, i.poverty_amount AS received, CAST(0 AS DECIMAL(18,2)) AS paid
  FROM model.fact_indicator i
  JOIN model.region_ancestor a ON a.region_code = i.recipient_region
  WHERE i.doc_date <= ${as_of} AND i.receipt_date <= ${as_of}
    AND (NOT EXISTS (SELECT 1 FROM model.region_ancestor x
                     WHERE x.region_code = i.issuer_region AND x.ancestor_code = a.ancestor_code)
         -- a region's own funds issued to itself (no parent) enter on their receipt, as the ledger receives them
         OR (i.parent_indicator_id IS NULL AND i.issuer_region = i.recipient_region))
  UNION ALL
  SELECT i.fund_code, a.ancestor_code, year(i.doc_date), month(i.doc_date), i.doc_date, i.poverty_amount, 0
  FROM model.fact_indicator i
  JOIN model.region_ancestor a ON a.region_code = i.issuer_region
  WHERE i.doc_date <= ${as_of} AND i.parent_indicator_id IS NULL AND i.issuer_region <> i.recipient_region
  UNION ALL
  -- payments of indicators received in the subtree, already summed per region and month (payment_month)
  SELECT m.fund_code, a.ancestor_code, m.year, m.month, m.first_date, 0, m.paid
  FROM ${schema}.payment_month m
  JOIN model.region_ancestor a ON a.region_code = m.region_code
),
first_event AS (
  SELECT fund_code, region_code, MIN(first_date) AS first_date FROM entered GROUP BY fund_code, region_code
),
monthly AS (
  SELECT fund_code, region_code, year, month, SUM(received) AS received, SUM(paid) AS paid
  FROM entered GROUP BY fund_code, region_code, year, month
),
month_row AS (
  SELECT fe.fund_code, fe.region_code, c.year, c.month,
         COALESCE(m.received, 0) AS received, COALESCE(m.paid, 0) AS paid
  FROM first_event fe
  JOIN ${schema}.calendar_month c ON c.month_end >= fe.first_date
  LEFT JOIN monthly m ON m.fund_code = fe.fund_code AND m.region_code = fe.region_code
   AND m.year = c.year AND m.month = c.month
),
cumulative AS (
  SELECT r.*,
         SUM(received) OVER (PARTITION BY fund_code, region_code, year ORDER BY month
                             ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative_received,
         SUM(paid) OVER (PARTITION BY fund_code, region_code, year ORDER BY month
                         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative_paid
  FROM month_row r
),
measured AS (
  SELECT c.*,
         CASE WHEN cumulative_received > 0
              THEN ft_divide_half_up(CAST(cumulative_paid * 100 AS DECIMAL(38,0)) * 10000,
                                     CAST(cumulative_received * 100 AS DECIMAL(38,0))) END AS spend_basis_points,
         ft_divide_half_up(month * 10000, 12) AS time_basis_points
  FROM cumulative c
)
SELECT m.region_code, m.fund_code, m.year, m.month,
       CAST(m.received AS DECIMAL(18,2)) AS received, CAST(m.paid AS DECIMAL(18,2)) AS paid,
       CAST(m.cumulative_received AS DECIMAL(18,2)) AS cumulative_received,
       CAST(m.cumulative_paid AS DECIMAL(18,2)) AS cumulative_paid,
       CAST(m.spend_basis_points * 0.0001 AS DECIMAL(18,4)) AS spend_progress,
       CAST(m.time_basis_points * 0.0001 AS DECIMAL(18,4)) AS time_progress,
       CAST((m.time_basis_points - m.spend_basis_points) * 0.0001 AS DECIMAL(18,4)) AS short_progress,
       f.department, f.classified
FROM measured m
LEFT JOIN model.dim_fund f ON f.fund_code = m.fund_code
