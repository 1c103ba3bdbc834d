-- What the cycle of the month recorded when it dispatched.
SELECT CAST(dispatched_at AS STRING), warnings_hit, warnings_dispatched FROM audit.dispatch_months WHERE month_end = ${month_end}
