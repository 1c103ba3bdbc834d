-- The only place where the marts' SQL meets DuckDB-specific functions (TEMP: they belong to the
-- session, not to the warehouse file). Each macro has a twin in
-- dialect/spark.sql with the same name and meaning, so the mart files stay in the shared subset.
-- Calendar days from a to b (b - a).
CREATE OR REPLACE TEMP MACRO ft_days_between(a, b) AS date_diff('day', a, b);
-- First 16 lower-case hex digits of SHA-256 over the UTF-8 text: the warning_id of rules.md.
CREATE OR REPLACE TEMP MACRO ft_sha16(x) AS substr(lower(sha256(x)), 1, 16);
-- Integer quotient n / d rounded half-up (away from zero on a tie); exact on HUGEINT.
CREATE OR REPLACE TEMP MACRO ft_divide_half_up(n, d) AS
  CASE WHEN d = 0 THEN NULL
       WHEN (n < 0) <> (d < 0) THEN -((2 * abs(CAST(n AS HUGEINT)) + abs(CAST(d AS HUGEINT))) // NULLIF(2 * abs(CAST(d AS HUGEINT)), 0))
       ELSE (2 * abs(CAST(n AS HUGEINT)) + abs(CAST(d AS HUGEINT))) // NULLIF(2 * abs(CAST(d AS HUGEINT)), 0) END;
-- Ordered, ';'-joined aggregation of distinct strings.
CREATE OR REPLACE TEMP MACRO ft_join_sorted(x) AS string_agg(DISTINCT x, ';' ORDER BY x);
