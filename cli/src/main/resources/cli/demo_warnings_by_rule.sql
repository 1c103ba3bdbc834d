-- The demo's summary: warnings by rule as of the build date, with the amount each rule flags.
SELECT w.rule, w.level, count(*) AS warnings, sum(CASE WHEN w.status = 'open' THEN 1 ELSE 0 END) AS still_open,
       sum(w.amount) AS amount_yuan
FROM marts.warnings w
GROUP BY w.rule, w.level
ORDER BY w.rule
