-- Every calendar month from the first ledger event to D (a portable number table: no series functions).
WITH digit AS (
  SELECT n FROM (VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) AS d(n)
),
span AS (
  SELECT year(MIN(first_date)) AS first_year FROM ${schema}.ledger_month
),
month_number AS (
  SELECT n FROM (VALUES (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)) AS m(n)
)
SELECT s.first_year + tens.n * 10 + ones.n AS year, m.n AS month,
       make_date(s.first_year + tens.n * 10 + ones.n, m.n, 1) AS month_start,
       last_day(make_date(s.first_year + tens.n * 10 + ones.n, m.n, 1)) AS month_end
FROM span s CROSS JOIN digit tens CROSS JOIN digit ones CROSS JOIN month_number m
WHERE s.first_year IS NOT NULL AND make_date(s.first_year + tens.n * 10 + ones.n, m.n, 1) <= ${as_of}
