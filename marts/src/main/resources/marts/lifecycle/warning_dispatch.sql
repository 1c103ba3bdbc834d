-- The dispatches that count as of D (rules.md: dispatched_on <= D), from the cycle's record.
SELECT d.warning_id, d.dispatched_on, d.dispatched_level
FROM audit.warning_dispatches d
WHERE d.dispatched_on <= ${as_of}
