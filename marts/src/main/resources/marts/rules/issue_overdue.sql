-- ISSUE_OVERDUE (seed rule 1): a central-fund indicator held at province or prefecture level must be
-- distributed (issued down, allocated or paid) within ${issue_deadline_days} days of its receipt.
WITH candidate AS (
  SELECT s.*, CAST(s.receipt_date + INTERVAL '${issue_deadline_days}' DAY AS DATE) AS deadline
  FROM ${schema}.indicator_state s
  JOIN model.dim_fund f ON f.fund_code = s.fund_code
  WHERE f.origin = 'central' AND s.exempt = FALSE AND s.recipient_level IN ('province', 'prefecture')
    AND s.receipt_date + INTERVAL '${issue_deadline_days}' DAY < ${as_of}
),
event AS (
  SELECT parent_indicator_id AS indicator_id, doc_date AS event_date, poverty_amount AS amount
  FROM model.fact_indicator WHERE parent_indicator_id IS NOT NULL AND doc_date <= ${as_of}
  UNION ALL
  SELECT indicator_id, alloc_date, amount FROM model.fact_allocation WHERE alloc_date <= ${as_of}
  UNION ALL
  SELECT indicator_id, pay_date, amount FROM model.fact_payment WHERE pay_date <= ${as_of}
),
daily AS (
  SELECT e.indicator_id, e.event_date, SUM(e.amount) AS amount
  FROM event e JOIN candidate c ON c.indicator_id = e.indicator_id
  GROUP BY e.indicator_id, e.event_date
),
running AS (
  -- each day's distributed-so-far, and per indicator the last day it was still short of the amount
  SELECT r.indicator_id, r.event_date, r.amount, r.distributed,
         MAX(CASE WHEN r.distributed < c.poverty_amount THEN r.event_date END)
           OVER (PARTITION BY r.indicator_id) AS last_short_date
  FROM (SELECT indicator_id, event_date, amount,
               SUM(amount) OVER (PARTITION BY indicator_id ORDER BY event_date
                                 ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS distributed
        FROM daily) r
  JOIN candidate c ON c.indicator_id = r.indicator_id
),
measured AS (
  -- one pass over the days: what was distributed by the deadline and by D, and the first day from which
  -- distributed stays >= poverty_amount up to D (the first day after the last short one)
  SELECT c.indicator_id,
         COALESCE(SUM(CASE WHEN r.event_date <= c.deadline THEN r.amount END), 0) AS distributed_by_deadline,
         COALESCE(SUM(r.amount), 0) AS distributed_by_as_of,
         MIN(CASE WHEN r.distributed >= c.poverty_amount AND (r.last_short_date IS NULL OR r.event_date > r.last_short_date)
                  THEN r.event_date END) AS settled_date
  FROM candidate c
  LEFT JOIN running r ON r.indicator_id = c.indicator_id
  GROUP BY c.indicator_id
)
SELECT 'ISSUE_OVERDUE' AS rule,
       CASE WHEN m.distributed_by_as_of >= c.poverty_amount THEN 'yellow' ELSE 'orange' END AS level,
       c.fiscal_year, c.fund_code, c.recipient_region AS region_code,
       CAST(NULL AS STRING) AS project_id, c.indicator_id, CAST(NULL AS STRING) AS payment_id,
       CAST(c.poverty_amount - m.distributed_by_deadline AS DECIMAL(18,2)) AS amount,
       CASE WHEN m.distributed_by_as_of >= c.poverty_amount
            THEN ft_days_between(c.deadline, m.settled_date)
            ELSE ft_days_between(c.deadline, ${as_of}) END AS days,
       CASE WHEN m.distributed_by_as_of >= c.poverty_amount THEN 'issued_late' ELSE 'outstanding' END AS reason,
       c.handler_id, c.reviewer_id,
       'indicator:' || c.indicator_id AS evidence,
       c.indicator_id AS business_key,
       CAST(NULL AS STRING) AS payee_id
FROM candidate c
JOIN measured m ON m.indicator_id = c.indicator_id
WHERE c.poverty_amount - m.distributed_by_deadline > 0
