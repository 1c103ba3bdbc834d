-- Spark's twin of marts/dialect/duckdb.sql: the same function names and meanings as SQL functions of
-- the session (Spark 4 SQL UDFs), so the mart files stay in the subset both engines share.
-- ft_join_sorted is missing here on purpose: it is an aggregate, which a Spark SQL function cannot be,
-- so Dialect.expand rewrites its calls in the statement text instead.
-- Calendar days from a to b (b - a); Spark's `b - a` is an interval, not a number.
CREATE OR REPLACE TEMPORARY FUNCTION ft_days_between(a DATE, b DATE) RETURNS BIGINT RETURN datediff(b, a);
-- First 16 lower-case hex digits of SHA-256 over the UTF-8 text: the warning_id of rules.md.
CREATE OR REPLACE TEMPORARY FUNCTION ft_sha16(x STRING) RETURNS STRING RETURN substr(lower(sha2(x, 256)), 1, 16);
-- Integer quotient n / d rounded half-up (away from zero on a tie); DECIMAL(38,0) stands in for HUGEINT.
CREATE OR REPLACE TEMPORARY FUNCTION ft_divide_half_up(n DECIMAL(38, 0), d DECIMAL(38, 0)) RETURNS BIGINT RETURN
  CASE WHEN d = 0 THEN NULL
       WHEN (n < 0) <> (d < 0) THEN -((2 * abs(n) + abs(d)) div (2 * abs(d)))
       ELSE (2 * abs(n) + abs(d)) div (2 * abs(d)) END;
