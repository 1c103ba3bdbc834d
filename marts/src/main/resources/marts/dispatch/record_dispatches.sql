-- Dispatch every warning hitting at the month end E (${as_of}) that no earlier cycle dispatched: on E,
-- with its level as of E (rules.md "Warning lifecycle", Dispatch). A dispatch is never changed.
INSERT INTO audit.warning_dispatches (warning_id, dispatched_on, dispatched_level)
SELECT h.warning_id, ${as_of}, h.level
FROM ${schema}.warning_hit h
WHERE NOT EXISTS (SELECT 1 FROM audit.warning_dispatches d WHERE d.warning_id = h.warning_id)
