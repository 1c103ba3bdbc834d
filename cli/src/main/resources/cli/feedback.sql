-- The feedback log of `fundtrace feedback` (rules.md "Warning lifecycle"): one row per rectification row
-- dated <= D, accepted or rejected with its reason, in warning and date order.
-- Parameters: region (twice; the warning's region in the subtree, so an unknown_warning row has none),
-- outcome (twice).
SELECT warning_id, "at", status, outcome, reason, status_before, status_after, by_staff, evidence
FROM marts.feedback
WHERE (CAST(? AS VARCHAR) IS NULL OR region_code IN (SELECT region_code FROM model.region_ancestor WHERE ancestor_code = ?))
  AND (CAST(? AS VARCHAR) IS NULL OR outcome = ?)
ORDER BY warning_id, "at"
