-- The month E (${as_of}) as dispatched, with what it found and what it dispatched.
INSERT INTO audit.dispatch_months (month_end, dispatched_at, warnings_hit, warnings_dispatched)
SELECT ${as_of}, CAST(current_timestamp AS TIMESTAMP),
       (SELECT COUNT(*) FROM ${schema}.warning_hit),
       (SELECT COUNT(*) FROM audit.warning_dispatches WHERE dispatched_on = ${as_of})
