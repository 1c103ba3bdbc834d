-- The regions of one level (prefecture or county) a notice goes to, in code order.
SELECT region_code, name FROM model.dim_region WHERE level = CAST(? AS VARCHAR) ORDER BY region_code
