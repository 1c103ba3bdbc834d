-- The default scope of a report: the province (the top of the regions below central).
SELECT region_code FROM model.dim_region WHERE level = 'province' ORDER BY region_code LIMIT 1
