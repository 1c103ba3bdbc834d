-- The regions with rows in the batch, in code order; rows whose region cannot be told last (no code).
SELECT DISTINCT w.region_code, COALESCE(r.name, '未能识别地区') AS name, r.level,
       w.region_code IS NULL AS unplaced
FROM receipt_row w LEFT JOIN model.dim_region r ON r.region_code = w.region_code
ORDER BY unplaced, w.region_code
