-- DUPLICATE_PAYEE (虚报冒领): a person paid twice in one month by one fund and project
-- (same_month), or one account collecting for ${shared_account_min}+ people in a year (shared_account).
-- The evidence names payments, never the payee ID or account: evidence is shown to roles that must not
-- see payee identity (the gate masks payee columns, not free text). The business keys hold pseudonyms
-- (rules.md v1.2): ft_payee_key(x) = the first 16 hex digits of HMAC-SHA256 of x under the
-- installation's payee secret, a function each engine registers from Java (MartRunner), as the secret
-- must not appear in SQL text; a plain hash of the ID could be reversed by trying the IDs.
WITH paid AS (
  SELECT p.*, year(p.pay_date) AS pay_year,
         CAST(year(p.pay_date) AS STRING) || '-' || lpad(CAST(month(p.pay_date) AS STRING), 2, '0') AS pay_month
  FROM model.fact_payment p
  WHERE p.pay_date <= ${as_of} AND p.amount > 0
),
same_month AS (
  SELECT fund_code, COALESCE(project_id, '') AS project_key, project_id, payee_id, pay_month, payment_id,
         indicator_id, region_code, amount, handler_id, reviewer_id,
         ROW_NUMBER() OVER (PARTITION BY fund_code, COALESCE(project_id, ''), payee_id, pay_month
                            ORDER BY pay_date, payment_id) AS position,
         COUNT(*) OVER (PARTITION BY fund_code, COALESCE(project_id, ''), payee_id, pay_month) AS payments,
         SUM(amount) OVER (PARTITION BY fund_code, COALESCE(project_id, ''), payee_id, pay_month) AS total
  FROM paid WHERE payee_type = 'person'
),
same_month_first AS (
  SELECT fund_code, project_key, payee_id, pay_month, amount AS first_amount, payment_id AS first_payment_id
  FROM same_month WHERE position = 1
),
account_year AS (
  SELECT payee_account, pay_year, payment_id, fund_code, indicator_id, project_id, region_code, payee_id,
         handler_id, reviewer_id,
         ROW_NUMBER() OVER (PARTITION BY payee_account, pay_year ORDER BY pay_date, payment_id) AS position,
         SUM(amount) OVER (PARTITION BY payee_account, pay_year) AS total
  FROM paid WHERE payee_account IS NOT NULL AND payee_account <> ''
),
shared AS (
  SELECT payee_account, pay_year FROM paid
  WHERE payee_account IS NOT NULL AND payee_account <> '' AND payee_type = 'person'
  GROUP BY payee_account, pay_year
  HAVING COUNT(DISTINCT payee_id) >= ${shared_account_min}
)
SELECT 'DUPLICATE_PAYEE' AS rule, 'orange' AS level, i.fiscal_year, s.fund_code, s.region_code,
       s.project_id, s.indicator_id, s.payment_id,
       CAST(s.total - f.first_amount AS DECIMAL(18,2)) AS amount, CAST(NULL AS INTEGER) AS days,
       'same_month' AS reason, s.handler_id, s.reviewer_id,
       'payment:' || f.first_payment_id || ';payment:' || s.payment_id || ';month:' || s.pay_month AS evidence,
       s.fund_code || '|' || s.project_key || '|' || ft_payee_key(s.payee_id) || '|' || s.pay_month AS business_key,
       s.payee_id
FROM same_month s
JOIN same_month_first f ON f.fund_code = s.fund_code AND f.project_key = s.project_key
 AND f.payee_id = s.payee_id AND f.pay_month = s.pay_month
LEFT JOIN model.fact_indicator i ON i.indicator_id = s.indicator_id
WHERE s.position = 2
UNION ALL
SELECT 'DUPLICATE_PAYEE', 'orange', a.pay_year, a.fund_code, a.region_code,
       a.project_id, a.indicator_id, a.payment_id, CAST(a.total AS DECIMAL(18,2)), CAST(NULL AS INTEGER),
       'shared_account', a.handler_id, a.reviewer_id,
       'payment:' || a.payment_id || ';year:' || CAST(a.pay_year AS STRING),
       ft_payee_key(a.payee_account) || '|' || CAST(a.pay_year AS STRING), a.payee_id
FROM account_year a
JOIN shared sh ON sh.payee_account = a.payee_account AND sh.pay_year = a.pay_year
WHERE a.position = 1
