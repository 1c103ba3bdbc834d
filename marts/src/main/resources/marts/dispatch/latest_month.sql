-- The month end of the latest month a cycle dispatched (NULL before the first).
SELECT MAX(month_end) FROM audit.dispatch_months
