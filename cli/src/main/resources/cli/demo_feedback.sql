-- The demo's summary: the feedback log of the last month end by outcome and reason.
SELECT f.outcome, COALESCE(f.reason, '') AS reason, count(*) AS feedback_rows, count(DISTINCT f.warning_id) AS warnings
FROM marts.feedback f
GROUP BY f.outcome, f.reason
ORDER BY f.outcome, reason
