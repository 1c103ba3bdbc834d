-- Spark SQL twins of dialect/duckdb.sql (same names, same meaning). Not run yet: the Spark engine
-- arrives with a later issue; ft_join_sorted is an aggregate, which Spark's SQL functions cannot be,
-- so the runner will have to expand it textually there.
CREATE OR REPLACE TEMPORARY FUNCTION ft_days_between(a DATE, b DATE) RETURNS INT RETURN datediff(b, a);
CREATE OR REPLACE TEMPORARY FUNCTION ft_sha16(x STRING) RETURNS STRING RETURN substr(sha2(x, 256), 1, 16);
CREATE OR REPLACE TEMPORARY FUNCTION ft_divide_half_up(n DECIMAL(38,0), d DECIMAL(38,0)) RETURNS DECIMAL(38,0) RETURN
  CASE WHEN d = 0 THEN NULL
       WHEN (n < 0) <> (d < 0) THEN -((2 * abs(n) + abs(d)) div (2 * abs(d)))
       ELSE (2 * abs(n) + abs(d)) div (2 * abs(d)) END;
