-- decimal sums stay DECIMAL(38, 2) on both engines
SELECT county_code, sum(amount) AS total FROM payment GROUP BY county_code ORDER BY county_code;
-- DECIMAL(18,2) arithmetic is exact: 0.01 * 3 and a large sum keep every fen
SELECT CAST(sum(amount) AS DECIMAL(18, 2)) AS total, CAST(min(amount) * 3 AS DECIMAL(18, 2)) AS tripled FROM payment;
-- days between dates through the dialect function, including leap years and year ends
SELECT payment_id, ft_days_between(received_date, paid_date) AS days FROM payment ORDER BY payment_id;
-- date plus an interval of days: DuckDB gives a TIMESTAMP, Spark a DATE, so cast back to DATE
SELECT payment_id, CAST(received_date + INTERVAL '30' DAY AS DATE) AS due FROM payment ORDER BY payment_id;
-- SHA-256 hex prefix over UTF-8 text (Chinese included)
SELECT payment_id, ft_sha16(payment_id || '|' || coalesce(payee, '')) AS warning_id FROM payment ORDER BY payment_id;
-- half-up rounding to the fen of a decimal quotient; decimal division must be cast back explicitly
SELECT payment_id, CAST(round(amount / 3, 2) AS DECIMAL(18, 2)) AS third FROM payment ORDER BY payment_id;
-- integer half-up division through the dialect function, signs and ties
SELECT ft_divide_half_up(5, 2) AS a, ft_divide_half_up(-5, 2) AS b, ft_divide_half_up(7, 3) AS c, ft_divide_half_up(-7, 2) AS d;
-- string concatenation with || and coalesce of NULL
SELECT payment_id, county_code || '-' || coalesce(payee, '未知') AS label FROM payment ORDER BY payment_id;
-- CASE with a searched condition on a decimal
SELECT payment_id, CASE WHEN amount < 0 THEN 'refund' WHEN amount >= 1000 THEN 'large' ELSE 'normal' END AS kind FROM payment ORDER BY payment_id;
-- window ROW_NUMBER with a total order
SELECT payment_id, ROW_NUMBER() OVER (PARTITION BY county_code ORDER BY amount DESC, payment_id) AS n FROM payment ORDER BY payment_id;
-- LEFT JOIN keeps unmatched rows with NULL
SELECT p.payment_id, r.county_name FROM payment p LEFT JOIN region r ON r.county_code = p.county_code ORDER BY p.payment_id;
-- UNION ALL keeps duplicates; counts are BIGINT on both
SELECT kind, count(*) AS n FROM (SELECT 'a' AS kind FROM payment UNION ALL SELECT 'a' AS kind FROM region UNION ALL SELECT 'b' AS kind FROM region) u GROUP BY kind ORDER BY kind;
