-- What the cycle recorded for the month E (${as_of}).
SELECT warnings_hit, warnings_dispatched FROM audit.dispatch_months WHERE month_end = ${as_of}
