-- The feedback log holds every rectification row dated <= D exactly once, rejected rows included.
SELECT r.warning_id, r.at_date FROM model.fact_rectification r
WHERE r.at_date <= ${as_of}
  AND NOT EXISTS (SELECT 1 FROM ${schema}.feedback f WHERE f.warning_id = r.warning_id AND f."at" = r.at_date)
UNION ALL
SELECT f.warning_id, f."at" FROM ${schema}.feedback f GROUP BY f.warning_id, f."at" HAVING COUNT(*) > 1
