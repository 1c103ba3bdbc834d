-- DUPLICATE_PAYEE (虚报冒领): a person paid twice in one month by one fund and project
-- (same_month), or one account collecting for ${shared_account_min}+ people in a year (shared_account).
-- The evidence names payments, never the payee ID or account: evidence is shown to roles that must not
-- see payee identity (the gate masks payee columns, not free text). The business keys hold pseudonyms
-- (rules.md v1.2): ft_payee_key(x) = the first 16 hex digits of HMAC-SHA256 of x under the
-- installation's payee secret, a function each engine registers from Java (MartRunner), as the secret
-- must not appear in SQL text; a plain hash of the ID could be reversed by trying the IDs.
--
-- Speed (marts/README.md "Speed"): nearly every (payee, month) and (account, year) holds one payment,
-- so each form first finds its few candidate groups with one GROUP BY over the payments, and only the
-- payments of those groups are joined back and put in order (a window over all 10^7 payments took
-- most of a build).
WITH person_month AS (
  -- same_month: the groups of two or more person payments, with their total
  SELECT fund_code, COALESCE(project_id, '') AS project_key, payee_id, year(pay_date) AS pay_year,
         month(pay_date) AS pay_month, SUM(amount) AS total
  FROM model.fact_payment
  WHERE pay_date <= ${as_of} AND amount > 0 AND payee_type = 'person'
  GROUP BY fund_code, COALESCE(project_id, ''), payee_id, year(pay_date), month(pay_date)
  HAVING COUNT(*) >= 2
),
same_month AS (
  SELECT g.fund_code, g.project_key, p.project_id, g.payee_id,
         CAST(g.pay_year AS STRING) || '-' || lpad(CAST(g.pay_month AS STRING), 2, '0') AS pay_month,
         p.payment_id, p.indicator_id, p.region_code, p.amount, p.handler_id, p.reviewer_id, g.total,
         ROW_NUMBER() OVER (PARTITION BY g.fund_code, g.project_key, g.payee_id, g.pay_year, g.pay_month
                            ORDER BY p.pay_date, p.payment_id) AS position
  FROM model.fact_payment p
  JOIN person_month g ON g.fund_code = p.fund_code AND g.project_key = COALESCE(p.project_id, '')
   AND g.payee_id = p.payee_id AND g.pay_year = year(p.pay_date) AND g.pay_month = month(p.pay_date)
  WHERE p.pay_date <= ${as_of} AND p.amount > 0 AND p.payee_type = 'person'
),
account_candidate AS (
  -- shared_account: an account reaching ${shared_account_min} people has at least as many person payments
  -- and two different payees (min < max); this one pass drops the accounts of a single person - nearly
  -- all - before the exact distinct count below. (A minimum of 1 needs no second payee.)
  SELECT payee_account, year(pay_date) AS pay_year
  FROM model.fact_payment
  WHERE pay_date <= ${as_of} AND amount > 0 AND payee_type = 'person'
    AND payee_account IS NOT NULL AND payee_account <> ''
  GROUP BY payee_account, year(pay_date)
  HAVING COUNT(*) >= ${shared_account_min} AND (MIN(payee_id) < MAX(payee_id) OR ${shared_account_min} <= 1)
),
shared AS (
  SELECT p.payee_account, c.pay_year
  FROM model.fact_payment p
  JOIN account_candidate c ON c.payee_account = p.payee_account AND c.pay_year = year(p.pay_date)
  WHERE p.pay_date <= ${as_of} AND p.amount > 0 AND p.payee_type = 'person'
  GROUP BY p.payee_account, c.pay_year
  HAVING COUNT(DISTINCT p.payee_id) >= ${shared_account_min}
),
account_year AS (
  -- every payment (any payee type) to a shared account in its year
  SELECT p.payee_account, s.pay_year, p.payment_id, p.fund_code, p.indicator_id, p.project_id, p.region_code,
         p.payee_id, p.handler_id, p.reviewer_id,
         ROW_NUMBER() OVER (PARTITION BY p.payee_account, s.pay_year ORDER BY p.pay_date, p.payment_id) AS position,
         SUM(p.amount) OVER (PARTITION BY p.payee_account, s.pay_year) AS total
  FROM model.fact_payment p
  JOIN shared s ON s.payee_account = p.payee_account AND s.pay_year = year(p.pay_date)
  WHERE p.pay_date <= ${as_of} AND p.amount > 0
)
SELECT 'DUPLICATE_PAYEE' AS rule, 'orange' AS level, i.fiscal_year, s.fund_code, s.region_code,
       s.project_id, s.indicator_id, s.payment_id,
       CAST(s.total - f.amount AS DECIMAL(18,2)) AS amount, CAST(NULL AS INTEGER) AS days,
       'same_month' AS reason, s.handler_id, s.reviewer_id,
       'payment:' || f.payment_id || ';payment:' || s.payment_id || ';month:' || s.pay_month AS evidence,
       s.fund_code || '|' || s.project_key || '|' || ft_payee_key(s.payee_id) || '|' || s.pay_month AS business_key,
       s.payee_id
FROM same_month s
JOIN same_month f ON f.fund_code = s.fund_code AND f.project_key = s.project_key
 AND f.payee_id = s.payee_id AND f.pay_month = s.pay_month AND f.position = 1
LEFT JOIN model.fact_indicator i ON i.indicator_id = s.indicator_id
WHERE s.position = 2
UNION ALL
SELECT 'DUPLICATE_PAYEE', 'orange', a.pay_year, a.fund_code, a.region_code,
       a.project_id, a.indicator_id, a.payment_id, CAST(a.total AS DECIMAL(18,2)), CAST(NULL AS INTEGER),
       'shared_account', a.handler_id, a.reviewer_id,
       'payment:' || a.payment_id || ';year:' || CAST(a.pay_year AS STRING),
       ft_payee_key(a.payee_account) || '|' || CAST(a.pay_year AS STRING), a.payee_id
FROM account_year a
WHERE a.position = 1
