-- DUPLICATE_PAYEE (虚报冒领): a person paid twice in one month by one fund and project
-- (same_month), or one account collecting for ${shared_account_min}+ people in a year (shared_account).
-- The evidence names payments, never the payee ID or account: evidence is shown to roles that must not
-- see payee identity (the gate masks payee columns, not free text). The business keys hold pseudonyms
-- (rules.md v1.2): ft_payee_key(x) = the first 16 hex digits of HMAC-SHA256 of x under the
-- installation's payee secret, a function each engine registers from Java (MartRunner), as the secret
-- must not appear in SQL text; a plain hash of the ID could be reversed by trying the IDs.
--
-- Speed (marts/README.md "Speed"): nearly every payee has one payment a month and nearly every account
-- one person a year, so each form first finds its few candidate groups with one GROUP BY over the
-- payments on a narrow key, and only the candidates' payments are joined back, grouped exactly and put
-- in order (windows over all 10^7 payments took most of a build; so did grouping them by five string
-- columns, or by an account with MIN/MAX of the payee: a count on the narrow key is the cheap filter).
WITH payee_month AS (
  -- same_month candidates: a person paid twice in a month by one fund and project was paid at least
  -- twice that month (by any fund and project)
  SELECT payee_id, year(pay_date) AS pay_year, month(pay_date) AS pay_month
  FROM model.fact_payment
  WHERE pay_date <= ${as_of} AND amount > 0 AND payee_type = 'person'
  GROUP BY payee_id, year(pay_date), month(pay_date)
  HAVING COUNT(*) >= 2
),
same_month AS (
  SELECT p.fund_code, COALESCE(p.project_id, '') AS project_key, p.project_id, p.payee_id,
         CAST(c.pay_year AS STRING) || '-' || lpad(CAST(c.pay_month AS STRING), 2, '0') AS pay_month,
         p.payment_id, p.indicator_id, p.region_code, p.amount, p.handler_id, p.reviewer_id,
         ROW_NUMBER() OVER (PARTITION BY p.fund_code, COALESCE(p.project_id, ''), p.payee_id, c.pay_year, c.pay_month
                            ORDER BY p.pay_date, p.payment_id) AS position,
         SUM(p.amount) OVER (PARTITION BY p.fund_code, COALESCE(p.project_id, ''), p.payee_id, c.pay_year, c.pay_month) AS total
  FROM model.fact_payment p
  JOIN payee_month c ON c.payee_id = p.payee_id AND c.pay_year = year(p.pay_date) AND c.pay_month = month(p.pay_date)
  WHERE p.pay_date <= ${as_of} AND p.amount > 0 AND p.payee_type = 'person'
),
account_candidate AS (
  -- shared_account candidates: an account reaching ${shared_account_min} people in a year has at least as
  -- many person payments that year
  SELECT payee_account, year(pay_date) AS pay_year
  FROM model.fact_payment
  WHERE pay_date <= ${as_of} AND amount > 0 AND payee_type = 'person'
    AND payee_account IS NOT NULL AND payee_account <> ''
  GROUP BY payee_account, year(pay_date)
  HAVING COUNT(*) >= ${shared_account_min}
),
account_payment AS (
  -- every payment (any payee type) to a candidate account in its year: read once, used twice below
  SELECT p.payee_account, c.pay_year, p.pay_date, p.payment_id, p.fund_code, p.indicator_id, p.project_id,
         p.region_code, p.payee_type, p.payee_id, p.amount, p.handler_id, p.reviewer_id
  FROM model.fact_payment p
  JOIN account_candidate c ON c.payee_account = p.payee_account AND c.pay_year = year(p.pay_date)
  WHERE p.pay_date <= ${as_of} AND p.amount > 0
),
shared AS (
  SELECT payee_account, pay_year
  FROM account_payment
  WHERE payee_type = 'person'
  GROUP BY payee_account, pay_year
  HAVING COUNT(DISTINCT payee_id) >= ${shared_account_min}
),
account_year AS (
  SELECT a.payee_account, a.pay_year, a.payment_id, a.fund_code, a.indicator_id, a.project_id, a.region_code,
         a.payee_id, a.handler_id, a.reviewer_id,
         ROW_NUMBER() OVER (PARTITION BY a.payee_account, a.pay_year ORDER BY a.pay_date, a.payment_id) AS position,
         SUM(a.amount) OVER (PARTITION BY a.payee_account, a.pay_year) AS total
  FROM account_payment a
  JOIN shared s ON s.payee_account = a.payee_account AND s.pay_year = a.pay_year
)
SELECT 'DUPLICATE_PAYEE' AS rule, 'orange' AS level, i.fiscal_year, s.fund_code, s.region_code,
       s.project_id, s.indicator_id, s.payment_id,
       CAST(s.total - f.amount AS DECIMAL(18,2)) AS amount, CAST(NULL AS INTEGER) AS days,
       -- the named payment's handler and reviewer, else its indicator's (rules.md: "or of its indicator where
       -- that row has none")
       'same_month' AS reason, COALESCE(s.handler_id, i.handler_id) AS handler_id, COALESCE(s.reviewer_id, i.reviewer_id) AS reviewer_id,
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
       'shared_account', COALESCE(a.handler_id, i.handler_id), COALESCE(a.reviewer_id, i.reviewer_id),
       'payment:' || a.payment_id || ';year:' || CAST(a.pay_year AS STRING),
       ft_payee_key(a.payee_account) || '|' || CAST(a.pay_year AS STRING), a.payee_id
FROM account_year a
LEFT JOIN model.fact_indicator i ON i.indicator_id = a.indicator_id
WHERE a.position = 1
